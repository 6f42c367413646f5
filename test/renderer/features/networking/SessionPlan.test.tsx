import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { addPeople, axeViolations, createEvent, NINE } from './setup-fixtures';

/** Nine people from nine agencies: in pairs, everyone can meet everyone in 9 rounds. */
const NINE_AGENCIES = NINE.map(([name], i): [string, string] => [name, `Agency ${i + 1}`]);

const roundSections = () =>
  within(screen.getByRole('region', { name: 'Plan' })).getAllByRole('region', {
    name: /^Round \d+ of \d+/,
  });

/** Everyone a round names, tables and sitting out alike. */
const seated = (round: HTMLElement) =>
  [...round.querySelectorAll('.networking-seat__name')].map((n) => n.textContent);

describe('session format and plan', () => {
  it('says in words how many rounds the group can do, and why', async () => {
    const core = makeTestCore();
    const event = await createEvent(core);
    await addPeople(core, event.id, NINE_AGENCIES);
    const { user } = await renderApp({ path: `/networking/${event.id}`, core });

    const advice =
      '9 people in pairs can meet everyone once in 9 rounds (one person sits out each round).';
    expect(await screen.findByText(advice)).toBeVisible();
    const rounds = screen.getByRole('textbox', { name: 'Rounds' });
    expect(rounds).toHaveValue('9');
    expect(screen.queryByRole('button', { name: /^Use \d+ rounds?$/ })).not.toBeInTheDocument();

    await user.clear(rounds);
    await user.type(rounds, '12');
    await user.tab();
    expect(await screen.findByText('With 12 rounds, some people will meet twice.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Use 9 rounds' }));
    await expect
      .poll(async () => (await core.ok('networking.get', { meetingId: event.id })).format.rounds)
      .toBe(9);

    await user.click(screen.getByRole('button', { name: /Table size/ }));
    await user.click(await screen.findByRole('option', { name: 'Tables of 3' }));
    expect(
      await screen.findByText(
        '9 people at tables of 3 can do 4 rounds without anyone meeting twice (each round, everyone meets 2 new people).',
      ),
    ).toBeVisible();
  }, 20_000);

  it('gives the advice in French', async () => {
    const core = makeTestCore();
    const event = await createEvent(core);
    await addPeople(core, event.id, NINE_AGENCIES);
    await renderApp({ path: `/networking/${event.id}`, core, settings: { language: 'fr' } });
    expect(
      await screen.findByText(
        '9 personnes en paires peuvent toutes se rencontrer une fois en 9 tours (une personne attend à chaque tour).',
      ),
    ).toBeVisible();
  });

  it('explains the limit that colleagues kept apart set', async () => {
    const core = makeTestCore();
    const event = await createEvent(core);
    await addPeople(core, event.id, NINE);
    await renderApp({ path: `/networking/${event.id}`, core });
    expect(
      await screen.findByText(
        '9 people can do 6 rounds without anyone meeting twice: the largest agency sends 3, and colleagues are kept apart.',
      ),
    ).toBeVisible();
  });

  it('plans the rounds, seats everyone once per round, and says when the plan is out of date', async () => {
    const core = makeTestCore();
    const event = await createEvent(core);
    await addPeople(core, event.id, NINE);
    const { user, container } = await renderApp({ path: `/networking/${event.id}`, core });

    expect(await screen.findByText(/No plan yet/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Plan the rounds' }));
    expect(await screen.findByText('No one meets twice.')).toBeVisible();
    expect(
      screen.getByText('Every rule is kept: no colleagues and no pair kept apart share a table.'),
    ).toBeVisible();

    const rounds = roundSections();
    expect(rounds).toHaveLength(6);
    const everyone = NINE.map(([name]) => name).sort();
    for (const round of rounds) {
      expect(seated(round).sort()).toEqual(everyone);
      // Pairs of nine: four tables and one person sitting out, said in words.
      expect(within(round).getAllByRole('row')).toHaveLength(5);
      expect(within(round).getByText('Sitting out:')).toBeVisible();
    }
    expect(within(rounds[0]!).getByRole('rowheader', { name: '1' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Print the personal cards' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Export the plan (CSV)' })).toBeVisible();
    expect(screen.queryByText('The plan is out of date')).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Jade Nadeau');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('The plan is out of date')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Plan again' }));
    await expect.poll(() => screen.queryByText('The plan is out of date')).toBeNull();
    for (const round of roundSections()) expect(seated(round)).toContain('Jade Nadeau');
  }, 20_000);

  it('says how many pairs meet twice when the group is too small for the rounds', async () => {
    const core = makeTestCore();
    const event = await createEvent(core);
    const { participants } = await addPeople(core, event.id, NINE_AGENCIES.slice(0, 4));
    expect(participants).toHaveLength(4);
    await core.ok('networking.setFormat', { meetingId: event.id, format: { rounds: 5 } });
    const { user } = await renderApp({ path: `/networking/${event.id}`, core });
    await user.click(await screen.findByRole('button', { name: 'Plan the rounds' }));
    expect(
      await screen.findByText(/^\d+ pairs? meets? twice: the group is too small for 5 rounds\.$/),
    ).toBeVisible();
  });

  it('keeps a pair apart in every round', async () => {
    const core = makeTestCore();
    const event = await createEvent(core);
    // Six people, three agencies of two: pairs can only ever be made across agencies.
    await addPeople(core, event.id, NINE.slice(0, 6));
    await core.ok('networking.setFormat', { meetingId: event.id, format: { rounds: 3 } });
    const { user } = await renderApp({ path: `/networking/${event.id}`, core });

    await user.click(await screen.findByRole('button', { name: /First person/ }));
    await user.click(await screen.findByRole('option', { name: 'Ana Roy (Shelter North)' }));
    await user.click(screen.getByRole('button', { name: /Second person/ }));
    await user.click(await screen.findByRole('option', { name: 'Chloé Gagnon (Police liaison)' }));
    await user.click(screen.getByRole('button', { name: 'Keep these two apart' }));
    const list = await screen.findByRole('list', { name: 'Pairs kept apart' });
    expect(
      within(list).getByText('Ana Roy (Shelter North) and Chloé Gagnon (Police liaison)'),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Plan the rounds' }));
    expect(await screen.findByText('No one meets twice.')).toBeVisible();
    const session = await core.ok('networking.get', { meetingId: event.id });
    const id = (name: string) => session.participants.find((p) => p.name === name)!.id;
    const [ana, chloe] = [id('Ana Roy'), id('Chloé Gagnon')];
    expect(session.keepApart).toEqual([[ana, chloe]]);
    expect(session.plan?.violations).toBe(0);
    for (const round of session.plan!.rounds) {
      for (const table of round.tables) {
        expect(table.includes(ana) && table.includes(chloe)).toBe(false);
      }
    }

    await user.click(
      within(list).getByRole('button', {
        name: 'Remove the pair: Ana Roy (Shelter North) and Chloé Gagnon (Police liaison)',
      }),
    );
    expect(await screen.findByText('No pair is kept apart.')).toBeVisible();
  }, 20_000);
});

describe('session links', () => {
  it('exports the plan as CSV and retimes the rounds', async () => {
    const core = makeTestCore();
    const event = await createEvent(core);
    await addPeople(core, event.id, NINE_AGENCIES.slice(0, 4));
    await core.ok('networking.plan', { meetingId: event.id });
    const { user } = await renderApp({ path: `/networking/${event.id}`, core });
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    await user.click(await screen.findByRole('button', { name: 'Export the plan (CSV)' }));
    await expect.poll(() => saved).toEqual([expect.stringMatching(/\.csv$/)]);
    click.mockRestore();

    const length = screen.getByRole('textbox', { name: 'Round length, in minutes' });
    await user.clear(length);
    await user.type(length, '5');
    await user.tab();
    await expect
      .poll(async () => (await core.ok('networking.get', { meetingId: event.id })).format)
      .toMatchObject({ roundSeconds: 300 });
    await user.click(screen.getByRole('switch', { name: 'Move on by itself' }));
    await expect
      .poll(async () => (await core.ok('networking.get', { meetingId: event.id })).format)
      .toMatchObject({ autoAdvance: false });
    expect(screen.getByText('Off')).toBeVisible();
  });
});
