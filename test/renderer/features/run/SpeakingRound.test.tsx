import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { followCoreClock, NINE_AM, seedMeeting } from './run-fixtures';

afterEach(() => vi.restoreAllMocks());

async function openRound() {
  const core = makeTestCore({ start: NINE_AM });
  followCoreClock(core);
  const meeting = await seedMeeting(
    core,
    [
      { title: 'Agency updates', minutes: 6, kind: 'round' },
      { title: 'Next steps', minutes: 10 },
    ],
    { guests: ['Shelter North', 'Police liaison', 'Health team'] },
  );
  const app = await renderApp({ path: `/meetings/${meeting.id}/run`, core });
  const round = await screen.findByRole('region', { name: 'Speaking round' });
  return { ...app, core, meeting, round };
}

const queue = (round: HTMLElement) =>
  within(within(round).getByRole('list', { name: /Waiting/ }))
    .getAllByRole('listitem')
    .map((item) => item.firstChild?.textContent);

describe('speaking round', () => {
  it('gives the floor in turn, with skip, pass and move to end, said in words', async () => {
    const { user, round, core, meeting } = await openRound();

    expect(within(round).getByText('Speaking now:').parentElement).toHaveTextContent(
      'Speaking now: Shelter North',
    );
    // The countdown is the speaker's turn: the item's 6 minutes shared by three.
    expect(screen.getByText('Shelter North’s turn')).toBeVisible();
    expect(screen.getByRole('timer')).toHaveTextContent('2:00');
    expect(queue(round)).toEqual(['Police liaison', 'Health team']);
    expect(within(round).getByText('Nobody has spoken yet.')).toBeVisible();

    await user.click(within(round).getByRole('button', { name: 'Move to end: Police liaison' }));
    await vi.waitFor(() => expect(queue(round)).toEqual(['Health team', 'Police liaison']));

    // Skip: Shelter North is not ready and goes to the back of the queue.
    await user.click(within(round).getByRole('button', { name: 'Skip (back of the queue)' }));
    expect(await within(round).findByText('Health team')).toBeVisible();
    expect(queue(round)).toEqual(['Police liaison', 'Shelter North']);

    await user.click(within(round).getByRole('button', { name: 'Next speaker' }));
    expect(await within(round).findByText(/Health team — spoke/)).toBeVisible();
    expect(within(round).getByText('Speaking now:').parentElement).toHaveTextContent(
      'Police liaison',
    );

    await user.click(within(round).getByRole('button', { name: 'Pass' }));
    expect(await within(round).findByText(/Police liaison — passed/)).toBeVisible();
    expect(within(round).getByText('Done: 2 of 3')).toBeVisible();

    await user.click(within(round).getByRole('button', { name: 'Next speaker' }));
    expect(await within(round).findByText('Everyone has spoken or passed.')).toBeVisible();
    expect(within(round).getByRole('button', { name: 'Next speaker' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeDisabled();

    const { run } = await core.ok('meeting.get', { id: meeting.id });
    const name = (id: string) => run?.speakers.find((speaker) => speaker.id === id)?.name;
    expect(run?.round).toMatchObject({ queue: [], current: null });
    expect(run?.round?.spoken.map(name)).toEqual(['Health team', 'Shelter North']);
    expect(run?.round?.passed.map(name)).toEqual(['Police liaison']);
  });

  it('runs the round from the keyboard: R next speaker, S skip, X pass', async () => {
    const { user, round } = await openRound();
    await user.keyboard('r');
    expect(await within(round).findByText(/Shelter North — spoke/)).toBeVisible();
    await user.keyboard('s');
    await vi.waitFor(() => expect(queue(round)).toEqual(['Police liaison']));
    expect(within(round).getByText('Speaking now:').parentElement).toHaveTextContent('Health team');
    await user.keyboard('x');
    expect(await within(round).findByText(/Health team — passed/)).toBeVisible();
  });
});
