import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConceptDraft } from '../../../../shared/contract';
import type { RichDoc } from '../../../../shared/domain/rich-text';
import { NotesEditor } from '../../../../renderer/features/notes/NotesEditor';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { renderWithProviders } from '../../../helpers/render';
import { meetingWithItems } from '../meetings/fixtures';

/**
 * The glossary in the notes editor, over a real core: underlines from `glossary.index`, the
 * definition on hover and at the caret in the app's language, and the glossary growing from the
 * note (quick add, unknown acronyms, "Not a term").
 */

const LABEL = 'Notes: Round of agency updates';

const docOf = (...lines: string[]): RichDoc => ({
  type: 'doc',
  content: lines.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

beforeEach(() => localStorage.clear());

async function glossary(core: TestCore) {
  const add = (draft: ConceptDraft) => core.ok('glossary.add', draft);
  const hf = await add({
    en: {
      term: 'Housing First',
      abbreviations: ['HF'],
      definition: 'Permanent housing first, with support, without preconditions.',
    },
    fr: {
      term: 'Logement d’abord',
      definition: 'Un logement permanent d’abord, avec du soutien, sans condition préalable.',
    },
    subject: 'housing',
  });
  const ow = await add({
    en: { term: 'Ontario Works', abbreviations: ['OW'], definition: 'Ontario’s income support.' },
    fr: { term: 'Ontario au travail', abbreviations: ['OT'] },
    subject: 'income_support',
  });
  const welfare = await add({
    en: { term: 'welfare' },
    status: 'deprecated',
    preferredId: ow.id,
  });
  return { hf, ow, welfare };
}

async function openNotes(
  lines: string[],
  { core = makeTestCore(), language }: { core?: TestCore; language?: 'en' | 'fr' } = {},
) {
  const concepts = await glossary(core);
  const created = await meetingWithItems(core, [
    { title: 'Round of agency updates', plannedMinutes: 20 },
  ]);
  const { items } = await core.ok('meeting.get', { id: created.id });
  const place = { meetingId: created.id, itemId: items[0]!.id };
  const app = await renderWithProviders(
    <NotesEditor {...place} initial={docOf(...lines)} label={LABEL} onCapture={() => {}} />,
    { core, settings: language ? { language } : undefined },
  );
  const user = userEvent.setup({ delay: null });
  const box = screen.getByRole('textbox', { name: LABEL });
  // The glossary arrives after the note: wait for its first underline.
  await waitFor(() => expect(box.querySelector('.glossary-term')).not.toBeNull());
  return { ...app, ...place, ...concepts, core, user, box };
}

const underlined = (box: HTMLElement, kind: 'term' | 'unknown' = 'term') =>
  [...box.querySelectorAll(`.glossary-${kind}`)].map((el) => el.textContent);

const termElement = (box: HTMLElement, text: string) => {
  const found = [...box.querySelectorAll<HTMLElement>('.glossary-term, .glossary-unknown')].find(
    (el) => el.textContent === text,
  );
  if (!found) throw new Error(`"${text}" is not underlined`);
  return found;
};

/** The text node holding `text`, and the offset of `text` in it. */
function textPoint(box: HTMLElement, text: string): [Text, number] {
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const index = node.data.indexOf(text);
    if (index >= 0) return [node, index];
  }
  throw new Error(`"${text}" is not in the note`);
}

/** Puts the caret `offset` characters into the first occurrence of `text`, as a click would. */
function caretIn(box: HTMLElement, text: string, offset = 1) {
  const [node, index] = textPoint(box, text);
  document.getSelection()!.collapse(node, index + offset);
  act(() => void document.dispatchEvent(new Event('selectionchange')));
}

/** Selects from the start of `from` to the end of `to`. */
function select(box: HTMLElement, from: string, to: string) {
  const [start, startIndex] = textPoint(box, from);
  const [end, endIndex] = textPoint(box, to);
  document.getSelection()!.setBaseAndExtent(start, startIndex, end, endIndex + to.length);
  act(() => void document.dispatchEvent(new Event('selectionchange')));
}

describe('Glossary in the notes › recognising terms', () => {
  it('underlines whole terms and acronyms, never inside other words, and flags unknown acronyms', async () => {
    const { box, hf, ow } = await openNotes([
      'The Housing First team and HF intake; OW office, not the BOWL or a housingfirst tag.',
      'Ontario works with CMHA and the DSSAB. Old word: Welfare.',
    ]);
    expect(underlined(box)).toEqual(['Housing First', 'HF', 'OW', 'Ontario works', 'Welfare']);
    expect(termElement(box, 'HF')).toHaveAttribute('data-concepts', hf.id);
    expect(termElement(box, 'Ontario works')).toHaveAttribute('data-concepts', ow.id);
    expect(termElement(box, 'HF')).toHaveAttribute('aria-description', 'glossary term');
    expect(underlined(box, 'unknown')).toEqual(['BOWL', 'CMHA', 'DSSAB']);
    expect(termElement(box, 'CMHA')).toHaveAttribute(
      'aria-description',
      'acronym not in the glossary',
    );
  });

  it('follows the glossary as it changes, from anywhere', async () => {
    const { box, core, user } = await openNotes(['CMHA referral with Ontario Works.']);
    expect(underlined(box, 'unknown')).toEqual(['CMHA']);
    // Added elsewhere (another screen, another window): the core's data.changed reaches the note.
    const cmha = await core.ok('glossary.add', {
      en: { term: 'Canadian Mental Health Association', abbreviations: ['CMHA'] },
    });
    await waitFor(() => expect(underlined(box)).toEqual(['CMHA', 'Ontario Works']));
    expect(underlined(box, 'unknown')).toEqual([]);
    // Typing a term underlines it as it is typed.
    await user.click(box);
    caretIn(box, 'referral', 'referral'.length);
    await user.keyboard(' for Housing First');
    expect(underlined(box)).toEqual(['CMHA', 'Housing First', 'Ontario Works']);
    await core.ok('glossary.delete', { id: cmha.id });
    await waitFor(() => expect(underlined(box)).toEqual(['Housing First', 'Ontario Works']));
    expect(underlined(box, 'unknown')).toEqual(['CMHA']);
  });

  it('stores none of it: the saved note is what was typed', async () => {
    const { box, core, user, meetingId, itemId } = await openNotes(['HF team']);
    await user.click(box);
    caretIn(box, 'team', 4);
    await user.keyboard(' and OW with CMHA');
    await user.tab();
    await waitFor(async () => {
      const { items } = await core.ok('meeting.get', { id: meetingId });
      expect(items.find((item) => item.id === itemId)!.notes).toEqual(
        docOf('HF team and OW with CMHA'),
      );
    });
  });
});

describe('Glossary in the notes › definitions', () => {
  it('shows the definition in English on hover, with a link to the entry', async () => {
    const { box, user, hf } = await openNotes(['The Housing First team.']);
    await user.hover(termElement(box, 'Housing First'));
    const popup = await screen.findByRole('group', { name: 'Glossary: Housing First' });
    await within(popup).findByText('Permanent housing first, with support, without preconditions.');
    expect(popup).toHaveTextContent('Housing First (HF)');
    expect(within(popup).getByRole('link', { name: 'Open in glossary' })).toHaveAttribute(
      'href',
      `/glossary?concept=${hf.id}`,
    );
    // Hoverable: moving onto the pop-up keeps it; leaving both hides it.
    await user.hover(popup);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(popup).toBeInTheDocument();
    await user.unhover(popup);
    await waitFor(() => expect(document.querySelector('.glossary-popover')).toBeNull());
  });

  it('shows the French side when the app is in French, and says when only English exists', async () => {
    const { box, user } = await openNotes(['Logement d’abord et OT, puis OW.'], {
      language: 'fr',
    });
    await user.hover(termElement(box, 'Logement d’abord'));
    const popup = await screen.findByRole('group', { name: 'Glossaire : Logement d’abord' });
    await within(popup).findByText(
      'Un logement permanent d’abord, avec du soutien, sans condition préalable.',
    );
    expect(within(popup).getByRole('link', { name: 'Ouvrir dans le glossaire' })).toBeVisible();
    await user.unhover(popup);
    await user.hover(termElement(box, 'OT'));
    const ot = await screen.findByRole('group', { name: 'Glossaire : OT' });
    // No French definition: the English one, tagged as English, and said to be so.
    const english = await within(ot).findByText('Ontario’s income support.');
    expect(english).toHaveAttribute('lang', 'en-CA');
    expect(ot).toHaveTextContent('Définition offerte en anglais seulement.');
    expect(ot).toHaveTextContent('Ontario au travail (OT, OW)');
  });

  it('shows a deprecated term with the term to use instead', async () => {
    const { box, user } = await openNotes(['Referred to welfare.']);
    await user.hover(termElement(box, 'welfare'));
    const popup = await screen.findByRole('group', { name: 'Glossary: welfare' });
    await waitFor(() => expect(popup).toHaveTextContent('Deprecated — use Ontario Works'));
  });

  it('at the caret: shows the definition without taking focus, says it, and keeps the keys', async () => {
    const { box, user } = await openNotes(['Call OW today about Housing First.']);
    await user.click(box);
    caretIn(box, 'OW', 1);
    const popup = await screen.findByRole('group', { name: 'Glossary: OW' });
    expect(box).toHaveFocus();
    await within(popup).findByText('Ontario’s income support.');
    // Screen readers hear it from a polite live region.
    await waitFor(() =>
      expect(document.querySelector('[aria-live="polite"].visually-hidden')).toHaveTextContent(
        'Glossary term Ontario Works: Ontario’s income support. Alt+Enter for the glossary actions.',
      ),
    );
    // Escape hides it; the caret stays where it was.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Glossary: OW' })).not.toBeInTheDocument();
    expect(box).toHaveFocus();
    // Into another term, it shows again; Alt+Enter goes into it, Escape comes back.
    caretIn(box, 'Housing First', 3);
    const hf = await screen.findByRole('group', { name: 'Glossary: Housing First' });
    await within(hf).findByRole('link', { name: 'Open in glossary' });
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    expect(within(hf).getByRole('link', { name: 'Open in glossary' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(box).toHaveFocus();
    expect(box).toHaveTextContent('Call OW today about Housing First.');
  });

  it('passes axe with the pop-up open', async () => {
    const { box, user, container } = await openNotes(['The CMHA and Housing First.']);
    await user.hover(termElement(box, 'Housing First'));
    await screen.findByText('Permanent housing first, with support, without preconditions.');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations).toEqual([]);
    await user.unhover(termElement(box, 'Housing First'));
    await user.hover(termElement(box, 'CMHA'));
    await screen.findByRole('group', { name: 'Acronym not in the glossary: CMHA' });
    const again = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(again.violations).toEqual([]);
  });
});

describe('Glossary in the notes › growing the glossary', () => {
  it('unknown acronym → Add definition: saved, and recognised at once', async () => {
    const { box, user, core } = await openNotes(['Referral to CMHA and OW.']);
    await user.hover(termElement(box, 'CMHA'));
    const popup = await screen.findByRole('group', { name: 'Acronym not in the glossary: CMHA' });
    expect(popup).toHaveTextContent('CMHA is not in the glossary yet.');
    await user.click(within(popup).getByRole('button', { name: 'Add definition' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add to glossary' });
    expect(within(dialog).getByRole('textbox', { name: 'Acronym or short form' })).toHaveValue(
      'CMHA',
    );
    const term = within(dialog).getByRole('textbox', { name: /Term in English/ });
    expect(term).toHaveFocus();
    await user.keyboard('Canadian Mental Health Association');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Definition in English' }),
      'A community mental health charity.',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Term in French (optional)' }),
      'Association canadienne pour la santé mentale',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add to glossary' }));
    await screen.findByText('“Canadian Mental Health Association” was added to the glossary.');
    expect(screen.getByRole('button', { name: 'More details' })).toBeVisible();
    await waitFor(() => expect(underlined(box)).toEqual(['CMHA', 'OW']));
    expect(underlined(box, 'unknown')).toEqual([]);
    const { items } = await core.ok('glossary.list', { language: 'en', query: 'CMHA' });
    expect(items[0]).toMatchObject({
      en: {
        term: 'Canadian Mental Health Association',
        abbreviations: ['CMHA'],
        definition: 'A community mental health charity.',
      },
      fr: { term: 'Association canadienne pour la santé mentale' },
    });
  });

  it('unknown acronym → Not a term: the underline goes, and Undo brings it back', async () => {
    const { box, user, core } = await openNotes(['Ask the DSSAB about OW.']);
    await user.hover(termElement(box, 'DSSAB'));
    const popup = await screen.findByRole('group', { name: /DSSAB/ });
    await user.click(within(popup).getByRole('button', { name: 'Not a term' }));
    await waitFor(() => expect(underlined(box, 'unknown')).toEqual([]));
    expect((await core.ok('glossary.index', {})).ignoredAcronyms).toEqual(['DSSAB']);
    await screen.findByText('DSSAB will no longer be underlined as an unknown acronym.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(underlined(box, 'unknown')).toEqual(['DSSAB']));
  });

  it('selection → Add to glossary (toolbar, Ctrl+Shift+G), prefilled, in French when the app is', async () => {
    const { box, user, core } = await openNotes(
      ['We met the coordinated access team and OW today.'],
      {
        language: 'fr',
      },
    );
    await user.click(box);
    select(box, 'coordinated', 'access');
    await user.keyboard('{Control>}{Shift>}G{/Shift}{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Ajouter au glossaire' });
    expect(within(dialog).getByRole('textbox', { name: /Terme en français/ })).toHaveValue(
      'coordinated access',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Sigle ou forme abrégée' })).toHaveValue('');
    // Focus goes to the definition: the term is there already.
    expect(within(dialog).getByRole('textbox', { name: 'Définition en français' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    select(box, 'coordinated', 'access');
    await user.click(screen.getByRole('button', { name: 'Ajouter au glossaire' }));
    const again = await screen.findByRole('dialog', { name: 'Ajouter au glossaire' });
    const term = within(again).getByRole('textbox', { name: /Terme en français/ });
    await user.clear(term);
    await user.type(term, 'accès coordonné');
    await user.type(
      within(again).getByRole('textbox', { name: 'Terme en anglais (facultatif)' }),
      'coordinated access',
    );
    await user.click(within(again).getByRole('button', { name: 'Ajouter au glossaire' }));
    await screen.findByText('« accès coordonné » a été ajouté au glossaire.');
    await waitFor(() => expect(underlined(box)).toContain('coordinated access'));
    const { items } = await core.ok('glossary.list', { language: 'fr', query: 'acces' });
    expect(items[0]).toMatchObject({
      fr: { term: 'accès coordonné' },
      en: { term: 'coordinated access' },
    });
  });

  it('"/" → Add to glossary offers the word before it, as an acronym', async () => {
    const { box, user } = await openNotes(['Housing First.']);
    await user.click(box);
    caretIn(box, '.', 1);
    await user.keyboard(' The CMSM /glos');
    const menu = await screen.findByRole('listbox', { name: 'Commands' });
    expect(within(menu).getByRole('option')).toHaveTextContent('Add to glossary');
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Add to glossary' });
    expect(within(dialog).getByRole('textbox', { name: 'Acronym or short form' })).toHaveValue(
      'CMSM',
    );
    expect(box).not.toHaveTextContent('/glos');
  });
});
