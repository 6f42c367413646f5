import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../../renderer/app/AppRoutes';
import { makeTestCore } from '../../../helpers/core';
import { renderApp, renderWithProviders } from '../../../helpers/render';
import { seedGlossary } from './fixtures';

/** What axe finds wrong (colour contrast needs real layout, which jsdom has not). */
async function axeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

/** Where the app is, as a link to it would say. */
function Address() {
  const { pathname, search } = useLocation();
  return <p data-testid="address">{`${pathname}${search}`}</p>;
}

const table = (name = 'Glossary terms') => screen.getByRole('table', { name });
const rows = (name?: string) => within(table(name)).getAllByRole('row').slice(1);
const terms = (name?: string) =>
  rows(name).map((row) => within(row).getByRole('rowheader').textContent);
const rowOf = (term: string, name?: string) =>
  rows(name).find((row) => within(row).getByRole('rowheader').textContent?.startsWith(term))!;

/** A filter's button is named by its value, then its label: "All subjects Subject". */
const filter = (label: string) => screen.getByRole('button', { name: new RegExp(` ${label}$`) });

async function choose(user: UserEvent, label: string, option: string) {
  await user.click(filter(label));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('glossary screen', () => {
  it('lists concepts alphabetically with both languages, acronyms, subject and status in words', async () => {
    const { core } = await seedGlossary();
    const { container } = await renderApp({ path: '/glossary', core });
    expect(await screen.findByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await screen.findByRole('table', { name: 'Glossary terms' });
    expect(screen.getByText('5 terms')).toBeVisible();
    expect(terms()).toEqual([
      'Case conference',
      'Consolidated Municipal Service Manager',
      'Housing First',
      'Ontario Works',
      'Welfare',
    ]);
    const ow = rowOf('Ontario Works');
    expect(within(ow).getByText('Programme Ontario au travail')).toHaveAttribute('lang', 'fr-CA');
    // Each acronym is kept whole (its own element), the cell reading as one list.
    expect(
      within(ow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toContain('OW, POT');
    expect(within(ow).getByText('Income support')).toBeVisible();
    expect(within(ow).getByText('Preferred')).toBeVisible();
    // A deprecated term says, in words, what to use instead.
    expect(within(rowOf('Welfare')).getByText(/Deprecated — use/)).toHaveTextContent(
      'Deprecated — use Ontario Works',
    );
    expect(within(rowOf('Consolidated')).getByText('Missing')).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('finds terms as typed, ignoring accents and case, in either language, and keeps the search in the address', async () => {
    const { core } = await seedGlossary();
    const { user } = await renderWithProviders(
      <>
        <AppRoutes />
        <Address />
      </>,
      { path: '/glossary', core },
    );
    await screen.findByRole('table', { name: 'Glossary terms' });
    const search = screen.getByRole('searchbox', { name: 'Search terms and acronyms' });
    await user.type(search, 'reunion');
    // "reunion" finds the French side "Réunion de cas"; the list shows the English term.
    await waitFor(() => expect(terms()).toEqual(['Case conference']));
    expect(screen.getByTestId('address')).toHaveTextContent('/glossary?q=reunion');
    expect(screen.getByText('1 term')).toBeVisible();

    await user.clear(search);
    await user.type(search, 'cmsm');
    await waitFor(() => expect(terms()).toEqual(['Consolidated Municipal Service Manager']));

    await user.clear(search);
    await user.type(search, 'zzzz');
    expect(await screen.findByText('No terms match this search and these filters.')).toBeVisible();
    // Nothing found: the search can become a new term.
    await user.click(screen.getByRole('button', { name: 'Add “zzzz” to the glossary' }));
    const dialog = await screen.findByRole('dialog', { name: 'New term' });
    expect(
      within(within(dialog).getByRole('group', { name: 'English' })).getByRole('textbox', {
        name: 'Term (English)',
      }),
    ).toHaveValue('zzzz');
  });

  it('browses by letter from the index, by mouse or keyboard; letters without terms cannot be chosen', async () => {
    const { core } = await seedGlossary();
    const { user } = await renderWithProviders(
      <>
        <AppRoutes />
        <Address />
      </>,
      { path: '/glossary', core },
    );
    await screen.findByRole('table', { name: 'Glossary terms' });
    const index = screen.getByRole('radiogroup', { name: 'Alphabetical index' });
    expect(within(index).getByRole('radio', { name: 'All' })).toBeChecked();
    expect(within(index).getByRole('radio', { name: 'Z' })).toBeDisabled();
    expect(within(index).getByRole('radio', { name: 'Numbers and symbols' })).toBeDisabled();

    await user.click(within(index).getByRole('radio', { name: 'C' }));
    await waitFor(() =>
      expect(terms()).toEqual(['Case conference', 'Consolidated Municipal Service Manager']),
    );
    expect(screen.getByTestId('address')).toHaveTextContent('/glossary?letter=C');

    // The arrow keys skip letters with no terms (D to G), Space chooses.
    expect(within(index).getByRole('radio', { name: 'C' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(index).getByRole('radio', { name: 'H' })).toHaveFocus();
    await user.keyboard(' ');
    await waitFor(() => expect(terms()).toEqual(['Housing First']));
    expect(screen.getByTestId('address')).toHaveTextContent('/glossary?letter=H');
  });

  it('filters by subject, status, agency and missing French; a link reopens the same view', async () => {
    const { core, housingFirst } = await seedGlossary();
    const shelter = await core.ok('org.create', { name: 'Shelter North' });
    await core.ok('glossary.update', {
      id: housingFirst.id,
      draft: {
        en: { term: 'Housing First' },
        fr: { term: 'Logement d’abord' },
        subject: 'housing',
        organizationId: shelter.id,
      },
    });
    const { user } = await renderWithProviders(
      <>
        <AppRoutes />
        <Address />
      </>,
      { path: '/glossary?subject=income_support&status=deprecated', core },
    );
    await screen.findByRole('table', { name: 'Glossary terms' });
    await waitFor(() => expect(terms()).toEqual(['Welfare']));
    expect(filter('Subject')).toHaveTextContent('Income support');
    expect(filter('Status')).toHaveTextContent('Deprecated');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(terms()).toHaveLength(5));
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/glossary$/);

    await choose(user, 'Agency', 'Shelter North');
    await waitFor(() => expect(terms()).toEqual(['Housing First']));
    expect(within(rowOf('Housing First')).getByText('Shelter North')).toBeVisible();
    expect(screen.getByTestId('address')).toHaveTextContent(`/glossary?agency=${shelter.id}`);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await user.click(screen.getByRole('checkbox', { name: 'Missing French only' }));
    await waitFor(() =>
      expect(terms()).toEqual([
        'Consolidated Municipal Service Manager',
        'Housing First',
        'Welfare',
      ]),
    );
    expect(screen.getByTestId('address')).toHaveTextContent('/glossary?missing=fr');
  });

  it('opens a deprecated term from a link and leads to the term to use instead', async () => {
    const { core, welfare } = await seedGlossary();
    const { user } = await renderApp({ path: `/glossary?concept=${welfare.id}`, core });
    const detail = await screen.findByRole('dialog', { name: 'Welfare' });
    expect(within(detail).getByText(/Deprecated — use/)).toHaveTextContent(
      'Deprecated — use Ontario Works',
    );
    expect(within(detail).getByText('An older name for social assistance.')).toBeVisible();
    expect(within(detail).getByText('Bien-être social')).toHaveAttribute('lang', 'fr-CA');
    await user.click(within(detail).getByRole('link', { name: 'Ontario Works' }));
    const preferred = await screen.findByRole('dialog', { name: 'Ontario Works' });
    expect(within(preferred).getByText('Programme Ontario au travail')).toBeVisible();
    await user.click(within(preferred).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows a concept’s filled fields, the app’s language first; deleting it keeps the focus on the screen', async () => {
    const { core, housingFirst } = await seedGlossary();
    await core.ok('settings.update', { language: 'fr' });
    const { user } = await renderApp({ path: `/glossary?concept=${housingFirst.id}`, core });
    const detail = await screen.findByRole('dialog', { name: 'Logement d’abord' });
    const sides = within(detail).getByRole('table', { name: 'Le terme en anglais et en français' });
    expect(
      within(sides)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Champ', 'Français', 'Anglais']);
    // Term and definition always; synonyms, usage note, agency and the like only when filled.
    expect(
      within(sides)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Terme', 'Définition']);
    expect(within(detail).queryByText('Organisme qui l’emploie')).not.toBeInTheDocument();

    await user.click(within(detail).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Its link went with it: the count of terms takes the focus rather than the page.
    await waitFor(() => expect(screen.getByText('4 termes')).toHaveFocus());
  });

  it('says so when a linked concept no longer exists', async () => {
    await renderApp({ path: '/glossary?concept=gone' });
    const dialog = await screen.findByRole('dialog', { name: 'Term not found' });
    expect(within(dialog).getByText(/no longer in the glossary/)).toBeVisible();
  });

  it('shows the French sides in French, sorted in French, with English as a marked fallback', async () => {
    const { core } = await seedGlossary();
    const { container } = await renderApp({
      path: '/glossary',
      core,
      settings: { language: 'fr' },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Glossaire' })).toBeVisible();
    await screen.findByRole('table', { name: 'Termes du glossaire' });
    expect(terms('Termes du glossaire')).toEqual([
      'Bien-être social',
      'Consolidated Municipal Service Manager (anglais seulement)',
      'Logement d’abord',
      'Programme Ontario au travail',
      'Réunion de cas',
    ]);
    const header = within(table('Termes du glossaire')).getAllByRole('columnheader');
    expect(header.slice(0, 2).map((h) => h.textContent)).toEqual(['Français', 'Anglais']);
    expect(
      within(rowOf('Bien-être social', 'Termes du glossaire')).getByText(/À éviter — employer/),
    ).toHaveTextContent('À éviter — employer Programme Ontario au travail');
    expect(
      screen.getByRole('link', { name: 'Consolidated Municipal Service Manager' }),
    ).toHaveAttribute('lang', 'en-CA');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says the glossary is empty, and shows 200 terms at a time with the total', async () => {
    const core = makeTestCore();
    const { user, unmount } = await renderApp({ path: '/glossary', core });
    expect(await screen.findByText(/The glossary is empty/)).toBeVisible();
    unmount();

    for (let i = 1; i <= 203; i++) {
      await core.ok('glossary.add', { en: { term: `Term ${String(i).padStart(3, '0')}` } });
    }
    await renderApp({ path: '/glossary', core });
    await screen.findByRole('table', { name: 'Glossary terms' });
    expect(screen.getByText('Showing 200 of 203 terms')).toBeVisible();
    expect(rows()).toHaveLength(200);
    await user.click(screen.getByRole('button', { name: 'Show 3 more' }));
    await waitFor(() => expect(rows()).toHaveLength(203));
    expect(screen.getByText('203 terms')).toBeVisible();
    expect(terms().at(-1)).toBe('Term 203');
  }, 60_000);
});
