import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { seedGlossary } from './fixtures';

/** What axe finds wrong (colour contrast needs real layout, which jsdom has not). */
async function axeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const table = () => screen.getByRole('table', { name: 'Glossary terms' });
const terms = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent);
const rowOf = (term: string) =>
  within(table())
    .getAllByRole('row')
    .find((row) => within(row).queryByRole('rowheader')?.textContent === term)!;

/** A select's button is named by its value, then its label: "General Subject". */
async function choose(user: UserEvent, scope: HTMLElement, label: string, option: string) {
  await user.click(within(scope).getByRole('button', { name: new RegExp(` ${label}$`) }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function pick(
  user: UserEvent,
  scope: HTMLElement,
  label: string,
  typed: string,
  option: RegExp,
) {
  await user.type(within(scope).getByRole('combobox', { name: label }), typed);
  await user.click(await screen.findByRole('option', { name: option }));
}

/** Puts text in a field at once: typing long text key by key only slows the test down. */
async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

const side = (dialog: HTMLElement, name: 'English' | 'French') =>
  within(dialog).getByRole('group', { name });

describe('concept form', () => {
  it('creates a concept with both sides, then shows it in the list', async () => {
    const core = makeTestCore();
    const { user } = await renderApp({ path: '/glossary', core });
    await user.click(await screen.findByRole('button', { name: 'New term' }));
    const dialog = await screen.findByRole('dialog', { name: 'New term' });
    const en = side(dialog, 'English');
    const fr = side(dialog, 'French');
    // The app's language comes first to hand.
    expect(within(en).getByRole('textbox', { name: 'Term (English)' })).toHaveFocus();
    await user.keyboard('Housing First');
    await user.type(
      within(en).getByRole('textbox', { name: 'Acronyms and short forms (English)' }),
      'HF',
    );
    await fill(
      user,
      within(en).getByRole('textbox', { name: 'Definition (English)' }),
      'Housing without preconditions.',
    );
    await fill(
      user,
      within(fr).getByRole('textbox', { name: 'Term (French)' }),
      'Logement d’abord',
    );
    await user.type(
      within(fr).getByRole('textbox', { name: 'Synonyms (French)' }),
      'LA{Enter}Priorité logement',
    );
    await choose(user, dialog, 'Subject', 'Housing');
    await user.click(within(dialog).getByRole('button', { name: 'Add to glossary' }));

    expect(await screen.findByText('Added to the glossary: Housing First')).toBeInTheDocument();
    await waitFor(() => expect(terms()).toEqual(['Housing First']));
    const row = rowOf('Housing First');
    expect(within(row).getByText('Logement d’abord')).toBeVisible();
    expect(within(row).getByText('HF')).toBeVisible();
    expect(within(row).getByText('Housing')).toBeVisible();
    const { items } = await core.ok('glossary.list', { language: 'en' });
    expect(items[0]).toMatchObject({
      en: {
        term: 'Housing First',
        abbreviations: ['HF'],
        definition: 'Housing without preconditions.',
      },
      fr: { term: 'Logement d’abord', synonyms: ['LA', 'Priorité logement'] },
      subject: 'housing',
      origin: 'user',
    });
  }, 60_000);

  it('says what is missing inline, and asks a deprecated term for the term to use instead', async () => {
    const { core, ow } = await seedGlossary();
    const { user } = await renderApp({ path: '/glossary', core });
    await user.click(await screen.findByRole('button', { name: 'New term' }));
    const dialog = await screen.findByRole('dialog', { name: 'New term' });
    await user.click(within(dialog).getByRole('button', { name: 'Add to glossary' }));
    const term = within(side(dialog, 'English')).getByRole('textbox', { name: 'Term (English)' });
    expect(term).toHaveAccessibleDescription(/Enter a term in English or in French\./);
    expect(term).toHaveFocus();

    await fill(user, term, 'Social assistance');
    await choose(user, dialog, 'Status', 'Deprecated');
    await user.click(within(dialog).getByRole('button', { name: 'Add to glossary' }));
    const picker = within(dialog).getByRole('combobox', { name: 'Term to use instead' });
    expect(picker).toHaveAccessibleDescription(/must point to the preferred term/);

    // Found by its French acronym, without accents or case.
    await pick(user, dialog, 'Term to use instead', 'pot', /^Ontario Works \(OW, POT\)/);
    expect(within(dialog).getByText('Ontario Works')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Add to glossary' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(rowOf('Social assistance')).getByText(/Deprecated — use/)).toHaveTextContent(
      'Deprecated — use Ontario Works',
    );
    const { items } = await core.ok('glossary.list', { language: 'en', query: 'social' });
    expect(items[0]).toMatchObject({ status: 'deprecated', preferred: { id: ow.id } });
  }, 60_000);

  it('edits a concept from its detail, with meanings per agency and see-also links', async () => {
    const { core, housingFirst, ow } = await seedGlossary();
    const shelter = await core.ok('org.create', { name: 'Shelter North' });
    const { user } = await renderApp({ path: '/glossary', core });
    await user.click(await screen.findByRole('link', { name: 'Housing First' }));
    const detail = await screen.findByRole('dialog', { name: 'Housing First' });
    expect(await axeViolations(detail)).toEqual([]);
    await user.click(within(detail).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit term' });

    const definition = within(side(dialog, 'English')).getByRole('textbox', {
      name: 'Definition (English)',
    });
    await user.clear(definition);
    await fill(user, definition, 'Housing first, then support.');
    await user.click(within(dialog).getByRole('button', { name: 'Add a meaning for an agency' }));
    const meaning = within(dialog).getByRole('group', { name: 'Meaning 1' });
    await choose(user, meaning, 'Agency', 'Shelter North');
    await fill(
      user,
      within(meaning).getByRole('textbox', { name: 'Meaning in English' }),
      'Our Housing First team.',
    );
    await pick(user, dialog, 'Add a related term', 'ontario', /^Ontario Works/);
    expect(await axeViolations(dialog)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved: Housing First')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(detail).getByText('Housing first, then support.')).toBeVisible(),
    );
    expect(within(detail).getByText('Our Housing First team.')).toBeVisible();
    expect(within(detail).getByRole('link', { name: 'Ontario Works' })).toBeVisible();
    const saved = await core.ok('glossary.get', { id: housingFirst.id });
    expect(saved.meanings).toEqual([
      expect.objectContaining({ organizationId: shelter.id, en: 'Our Housing First team.' }),
    ]);
    expect(saved.seeAlso.map((r) => r.id)).toEqual([ow.id]);

    // See-also links open the other concept over the list.
    await user.click(within(detail).getByRole('link', { name: 'Ontario Works' }));
    expect(await screen.findByRole('dialog', { name: 'Ontario Works' })).toBeVisible();
  }, 60_000);

  it('deletes a concept with an Undo that brings it back', async () => {
    const { core, housingFirst } = await seedGlossary();
    const { user } = await renderApp({ path: '/glossary', core });
    await user.click(await screen.findByRole('link', { name: 'Housing First' }));
    const detail = await screen.findByRole('dialog', { name: 'Housing First' });
    await user.click(within(detail).getByRole('button', { name: 'Delete' }));

    const toast = await screen.findByRole('alertdialog', { name: /Deleted: Housing First/ });
    await waitFor(() => expect(terms()).not.toContain('Housing First'));
    expect(screen.queryByRole('dialog', { name: 'Housing First' })).not.toBeInTheDocument();
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(terms()).toContain('Housing First'));
    expect((await core.ok('glossary.get', { id: housingFirst.id })).en.term).toBe('Housing First');
  });

  it('refuses to delete the term others point to, and says why', async () => {
    const { core } = await seedGlossary();
    const { user } = await renderApp({ path: '/glossary', core });
    await user.click(await screen.findByRole('link', { name: 'Ontario Works' }));
    const detail = await screen.findByRole('dialog', { name: 'Ontario Works' });
    await user.click(within(detail).getByRole('button', { name: 'Delete' }));
    expect(
      await screen.findByText(/“Ontario Works” is the term to use instead of other terms/),
    ).toBeInTheDocument();
    // Nothing happened: the concept is still open, and still in the glossary.
    expect(screen.getByRole('dialog', { name: 'Ontario Works' })).toBeVisible();
    expect((await core.ok('glossary.list', { language: 'en' })).total).toBe(5);
  });

  it('merges a duplicate into the concept shown, and undoes the merge', async () => {
    const { core, ow } = await seedGlossary();
    const duplicate = await core.ok('glossary.add', {
      en: { term: 'Ontario Works program', synonyms: ['OW program'] },
    });
    const { user } = await renderApp({ path: '/glossary', core });
    await user.click(await screen.findByRole('link', { name: 'Ontario Works' }));
    const detail = await screen.findByRole('dialog', { name: 'Ontario Works' });
    await user.click(within(detail).getByRole('button', { name: 'Merge a duplicate…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge a duplicate' });
    await pick(user, dialog, 'Duplicate to merge', 'program', /^Ontario Works program/);
    expect(
      within(dialog).getByText('Merge “Ontario Works program” into “Ontario Works”?'),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));

    const toast = await screen.findByRole('alertdialog', {
      name: /Merged “Ontario Works program” into “Ontario Works”/,
    });
    // The concept kept shows what it gained; the duplicate has left the list.
    expect(await within(detail).findByText(/^Ontario Works program\sOW program$/)).toBeVisible();
    await user.click(within(detail).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(terms()).not.toContain('Ontario Works program'));
    expect((await core.ok('glossary.get', { id: ow.id })).en.synonyms).toContain(
      'Ontario Works program',
    );
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(terms()).toContain('Ontario Works program'));
    expect((await core.ok('glossary.get', { id: ow.id })).en.synonyms).toEqual([]);
    expect((await core.ok('glossary.get', { id: duplicate.id })).en.term).toBe(
      'Ontario Works program',
    );
  });
});
