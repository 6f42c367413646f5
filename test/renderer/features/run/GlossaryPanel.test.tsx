import axe from 'axe-core';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { followCoreClock, NINE_AM, seedMeeting } from './run-fixtures';

afterEach(() => vi.restoreAllMocks());

async function openRun(options: { language?: 'en' | 'fr' } = {}) {
  const core = makeTestCore({ start: NINE_AM });
  followCoreClock(core);
  await core.ok('glossary.add', {
    en: {
      term: 'meeting',
      definition: 'A gathering of partner agencies to coordinate supports.',
    },
    fr: {
      term: 'réunion',
      definition: 'Rencontre des organismes partenaires pour coordonner les services.',
    },
  });
  await core.ok('glossary.add', {
    en: {
      term: 'Ontario Works',
      abbreviations: ['OW'],
      definition: 'Ontario’s income support program for people in financial need.',
    },
    fr: {
      term: 'Ontario au travail',
      abbreviations: ['OT'],
      definition: 'Programme ontarien d’aide financière pour les personnes dans le besoin.',
    },
  });
  const meeting = await seedMeeting(core, [
    { title: 'Welcome and goal', minutes: 5 },
    { title: 'Winter shelter capacity', minutes: 20 },
  ]);
  const app = await renderApp({
    path: `/meetings/${meeting.id}/run`,
    core,
    ...(options.language ? { settings: { language: options.language } } : {}),
  });
  await screen.findByRole('heading', { level: 2, name: /Welcome and goal/ });
  return { ...app, core, meeting };
}

async function axeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const panel = () => screen.getByRole('region', { name: 'Glossary' });

describe('run mode’s glossary panel', () => {
  it('opens from its button, finds "réunion" from "reunion", shows both languages, and closes with Escape', async () => {
    const { user, container } = await openRun();
    const toggle = screen.getByRole('button', { name: /^Glossary/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'Glossary' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const search = within(panel()).getByRole('searchbox', { name: 'Search the glossary' });
    expect(search).toHaveFocus();
    expect(within(panel()).getByRole('status')).toHaveTextContent(/Type a term or an acronym/);

    // Accents and case do not matter: the French term is found from the bare word.
    await user.keyboard('reunion');
    const term = await within(panel()).findByRole('heading', { level: 3, name: 'meeting' });
    const result = term.closest('li')!;
    expect(
      within(result).getByText('A gathering of partner agencies to coordinate supports.'),
    ).toBeVisible();
    expect(within(result).getByText('In French:')).toBeVisible();
    expect(within(result).getByText('réunion')).toHaveAttribute('lang', 'fr-CA');
    expect(within(panel()).getByRole('status')).toHaveTextContent('1 term found.');
    // The countdown and the controls stay on the screen beside it.
    expect(screen.getByRole('timer')).toBeVisible();
    expect(screen.getByRole('group', { name: 'Meeting controls' })).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);

    // The first Escape clears the search, the second closes the panel and gives focus back.
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Glossary' })).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('finds an acronym and shows its acronyms; says when nothing matches', async () => {
    const { user } = await openRun();
    await user.click(screen.getByRole('button', { name: /^Glossary/ }));
    await user.keyboard('OW');
    const term = await within(panel()).findByRole('heading', { level: 3, name: /Ontario Works/ });
    expect(term).toHaveTextContent('Ontario Works (OW, OT)');
    expect(
      within(panel()).getByText('Ontario’s income support program for people in financial need.'),
    ).toBeVisible();

    await user.clear(within(panel()).getByRole('searchbox'));
    await user.keyboard('zebra');
    expect(await within(panel()).findByText('No term matches “zebra”.')).toBeVisible();
    expect(within(panel()).queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('toggles with D, listed in the shortcuts help, and does not take the meeting’s keys', async () => {
    const { user } = await openRun();
    const toggle = screen.getByRole('button', { name: /^Glossary/ });
    toggle.focus();
    await user.keyboard('d');
    const search = await within(panel()).findByRole('searchbox');
    expect(search).toHaveFocus();
    // Typing a search never moves the meeting on, even with its letters.
    await user.keyboard('nd');
    expect(search).toHaveValue('nd');
    expect(screen.getByRole('heading', { level: 2, name: /^Now / })).toHaveTextContent(
      'Welcome and goal',
    );

    // From outside the field, D closes it again.
    await user.click(within(panel()).getByRole('heading', { name: 'Glossary' }));
    await user.keyboard('d');
    expect(screen.queryByRole('region', { name: 'Glossary' })).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();

    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(
      within(help).getByText('Open or close the glossary, to read a definition aloud'),
    ).toBeVisible();
    expect(within(help).getByText('D')).toBeVisible();
  });

  it('reads in the app’s language: French first, the English term smaller', async () => {
    const { user } = await openRun({ language: 'fr' });
    await user.click(screen.getByRole('button', { name: /^Glossaire/ }));
    const region = screen.getByRole('region', { name: 'Glossaire' });
    await user.keyboard('meeting');
    const term = await within(region).findByRole('heading', { level: 3, name: 'réunion' });
    const result = term.closest('li')!;
    expect(
      within(result).getByText(
        'Rencontre des organismes partenaires pour coordonner les services.',
      ),
    ).toBeVisible();
    expect(within(result).getByText(/^En anglais/)).toBeVisible();
    expect(within(result).getByText('meeting')).toHaveAttribute('lang', 'en-CA');
  });
});
