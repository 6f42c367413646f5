import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../helpers/render';
import { seedGlossary } from './fixtures';

const side = (dialog: HTMLElement, name: 'English' | 'French') =>
  within(dialog).getByRole('group', { name });

describe('concept form › duplicates', () => {
  it('warns as "Ontario Works" (OW) is typed, and adds it only after "Add anyway"', async () => {
    const { core, ow } = await seedGlossary();
    const { user } = await renderApp({ path: '/glossary', core });
    await user.click(await screen.findByRole('button', { name: 'New term' }));
    const dialog = await screen.findByRole('dialog', { name: 'New term' });
    const en = side(dialog, 'English');
    await user.type(within(en).getByRole('textbox', { name: 'Term (English)' }), 'Ontario Works');
    await user.type(
      within(en).getByRole('textbox', { name: 'Acronyms and short forms (English)' }),
      'OW',
    );

    // Once typing pauses, the existing concept is named, with a link to it; nothing blocks yet.
    const status = await within(dialog).findByText('Already in the glossary:');
    const warning = status.closest<HTMLElement>('.duplicate-warning')!;
    expect(within(warning).getByText('Ontario Works')).toHaveAttribute('lang', 'en-CA');
    expect(within(warning).getByText('Programme Ontario au travail')).toHaveAttribute(
      'lang',
      'fr-CA',
    );
    expect(within(warning).getByRole('link', { name: 'Open it: Ontario Works' })).toHaveAttribute(
      'href',
      `/glossary?concept=${ow.id}`,
    );
    expect(within(dialog).queryByRole('button', { name: 'Add anyway' })).not.toBeInTheDocument();

    // Saving stops once, says why, and waits for an explicit answer.
    await user.click(within(dialog).getByRole('button', { name: 'Add to glossary' }));
    const anyway = await within(dialog).findByRole('button', { name: 'Add anyway' });
    expect(warning).toHaveFocus();
    expect(warning).toHaveTextContent(/already in the glossary\. Open the existing entry/);
    expect((await core.ok('glossary.list', { language: 'en', query: 'Ontario Works' })).total).toBe(
      1,
    );

    await user.click(anyway);
    expect(await screen.findByText('Added to the glossary: Ontario Works')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const { items } = await core.ok('glossary.list', { language: 'en', query: 'Ontario Works' });
    expect(items.map((c) => c.en.abbreviations)).toEqual([['OW'], ['OW']]);
  }, 60_000);

  it('"Open it" leaves the form for the concept already there', async () => {
    const { core } = await seedGlossary();
    const { user } = await renderApp({ path: '/glossary', core });
    await user.click(await screen.findByRole('button', { name: 'New term' }));
    const dialog = await screen.findByRole('dialog', { name: 'New term' });
    // Found by its French term, whatever the case.
    await user.type(
      within(side(dialog, 'French')).getByRole('textbox', { name: 'Term (French)' }),
      'programme ontario au travail',
    );
    await user.click(await within(dialog).findByRole('link', { name: 'Open it: Ontario Works' }));
    expect(await screen.findByRole('dialog', { name: 'Ontario Works' })).toBeVisible();
    expect(screen.queryByRole('dialog', { name: 'New term' })).not.toBeInTheDocument();
  }, 60_000);

  it('does not warn an edited concept about itself; its fields say and carry their language', async () => {
    const { core } = await seedGlossary();
    const { user } = await renderApp({ path: '/glossary', core });
    await user.click(await screen.findByRole('link', { name: 'Ontario Works' }));
    const detail = await screen.findByRole('dialog', { name: 'Ontario Works' });
    await user.click(within(detail).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit term' });
    const term = within(side(dialog, 'French')).getByRole('textbox', { name: 'Term (French)' });
    expect(term).toHaveAttribute('lang', 'fr-CA');
    expect(
      within(side(dialog, 'English')).getByRole('textbox', { name: 'Definition (English)' }),
    ).toHaveAttribute('lang', 'en-CA');
    // The label itself stays in the app's language.
    expect(term.closest('.field')).not.toHaveAttribute('lang');

    await user.type(term, ' (POT)');
    // Long enough for the check to have answered: it finds the concept only, which is excluded.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(within(dialog).queryByText(/Already in the glossary/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved: Ontario Works')).toBeInTheDocument();
  }, 60_000);

  it('names the fields in French, « Terme (français) », when the app is', async () => {
    const { core } = await seedGlossary();
    const { user } = await renderApp({ path: '/glossary', core, settings: { language: 'fr' } });
    await user.click(await screen.findByRole('button', { name: 'Nouveau terme' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouveau terme' });
    expect(within(dialog).getByRole('textbox', { name: 'Terme (français)' })).toHaveAttribute(
      'lang',
      'fr-CA',
    );
    expect(
      within(dialog).getByRole('textbox', { name: 'Sigles et abréviations (anglais)' }),
    ).toHaveAttribute('lang', 'en-CA');
  });
});
