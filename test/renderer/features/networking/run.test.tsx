import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NetworkingFormat } from '../../../../shared/contract';
import { playChime } from '../../../../renderer/features/run/chime';
import { networkingEvent } from '../../../core/handlers/networking-run-fixtures';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { followCoreClock, NINE_AM } from '../run/run-fixtures';
import { axeViolations } from './setup-fixtures';

// jsdom has no Web Audio: what is checked is when the chime is asked for.
vi.mock('../../../../renderer/features/run/chime', () => ({ playChime: vi.fn() }));

beforeEach(() => vi.mocked(playChime).mockClear());
afterEach(() => vi.restoreAllMocks());

/**
 * The facilitator's screen on a planned event: six people in pairs, three 5-minute rounds with
 * 1-minute switches, auto-advance on (see networkingEvent).
 */
async function openRun(
  options: { format?: Partial<NetworkingFormat>; people?: number; settings?: object } = {},
) {
  const core = makeTestCore({ start: NINE_AM });
  followCoreClock(core);
  const { meetingId, session } = await networkingEvent(core, options);
  const app = await renderApp({
    path: `/networking/${meetingId}/run`,
    core,
    settings: options.settings ?? {},
  });
  await screen.findByRole('heading', { level: 1, name: 'Partners networking' });
  return { ...app, core, meetingId, session };
}

/** Where the event is: the run screen's main heading. */
const phaseHeading = () => document.getElementById('networking-run-now')!;
/** What the facilitator tells the room to do (a screen reader hears it from a live region too). */
const roomMessage = () => document.querySelector('.networking-run__message');
const nowHeading = (name: string | RegExp) => screen.findByRole('heading', { level: 2, name });
const timer = () => screen.getByRole('timer');

/** Moves the shared clock (firing the core's timers), then lets a few frames draw. */
async function advance(core: TestCore, ms: number) {
  await act(async () => {
    core.clock.advance(ms);
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

async function start(user: Awaited<ReturnType<typeof openRun>>['user']) {
  await user.click(screen.getByRole('button', { name: 'Start the event' }));
  await nowHeading('Round 1 — talk');
}

describe('networking run screen', () => {
  it('starts the event and counts round 1 down', async () => {
    const { user, core, meetingId } = await openRun();
    expect(phaseHeading()).toHaveTextContent('Ready to start');
    // Before the start, the room is told where to go first, and the seating is there.
    expect(roomMessage()).toHaveTextContent('Round 1 — find your table');
    expect(screen.getByRole('heading', { name: 'Who sits where — round 1' })).toBeVisible();
    expect(screen.getByText('3 rounds planned')).toBeVisible();
    expect(screen.queryByRole('timer')).toBeNull();

    await start(user);
    expect(timer()).toHaveTextContent('5:00');
    expect(screen.getByText('Round 1 of 3')).toBeVisible();
    expect(screen.getByText('Time left')).toBeVisible();
    expect(screen.getByText('On: each countdown leads to the next by itself.')).toBeVisible();
    expect((await core.ok('networking.get', { meetingId })).run.phase).toBe('round');
    // The rising chime: a round begins.
    expect(playChime).toHaveBeenLastCalledWith('warning', expect.any(Number));

    await advance(core, 10_000);
    expect(timer()).toHaveTextContent('4:50');
  });

  it('skips to the switch: "Round 2 — find your table", a chime, and round 2 by itself', async () => {
    const { user, core } = await openRun();
    await start(user);
    vi.mocked(playChime).mockClear();

    await user.click(screen.getByRole('button', { name: /Skip to the switch/ }));
    expect(await nowHeading('Switch — find your next table')).toBeVisible();
    expect(roomMessage()).toHaveTextContent('Round 2 — find your table');
    expect(timer()).toHaveTextContent('1:00');
    expect(screen.getByText('Switch to round 2')).toBeVisible();
    // The seating shown is where people are going.
    expect(screen.getByRole('heading', { name: 'Who sits where — round 2' })).toBeVisible();
    expect(playChime).toHaveBeenCalledExactlyOnceWith('overtime', expect.any(Number));
    expect(screen.getByRole('button', { name: /Skip to round 2/ })).toBeVisible();

    // Auto-advance: the core moves on at the switch's zero, and this screen follows.
    await advance(core, 60_000);
    expect(await nowHeading('Round 2 — talk')).toBeVisible();
    expect(timer()).toHaveTextContent('5:00');
    expect(screen.getByText('Round 2 of 3')).toBeVisible();
  });

  it('waits for the facilitator when auto-advance is off', async () => {
    const { user, core } = await openRun({ format: { autoAdvance: false } });
    expect(screen.getByText('Off: press Next when the room is ready.')).toBeVisible();
    await start(user);
    await advance(core, 5 * 60_000 + 5_000);
    expect(phaseHeading()).toHaveTextContent('Round 1 — talk');
    expect(screen.getByText('Over time')).toBeVisible();
    // It can be turned on from here, for the countdowns to come.
    await user.click(screen.getByRole('switch', { name: 'Auto-advance' }));
    expect(await screen.findByText(/^On: each countdown/)).toBeVisible();
  });

  it('pauses and resumes, with the button and with Space', async () => {
    const { user, core } = await openRun();
    await start(user);
    await advance(core, 10_000);

    await user.click(screen.getByRole('button', { name: /Pause/ }));
    expect(await screen.findByText('Paused')).toBeVisible();
    await advance(core, 40_000);
    expect(timer()).toHaveTextContent('4:50');

    await user.click(screen.getByRole('button', { name: /Resume/ }));
    expect(await screen.findByRole('button', { name: /Pause/ })).toBeVisible();
    await advance(core, 20_000);
    expect(timer()).toHaveTextContent('4:30');

    await user.keyboard(' ');
    expect(await screen.findByText('Paused')).toBeVisible();
    await user.keyboard(' ');
    await waitFor(() => expect(screen.queryByText('Paused')).toBeNull());
  });

  it('adds and removes a minute, and skips with N', async () => {
    const { user } = await openRun();
    await start(user);
    await user.click(screen.getByRole('button', { name: /\+1 min/ }));
    expect(await screen.findByText('Time added: 1 minute')).toBeVisible();
    expect(timer()).toHaveTextContent('6:00');
    await user.keyboard('-');
    await waitFor(() => expect(timer()).toHaveTextContent('5:00'));

    await user.keyboard('n');
    expect(await nowHeading('Switch — find your next table')).toBeVisible();
    await user.keyboard('n');
    expect(await nowHeading('Round 2 — talk')).toBeVisible();
  });

  it('lists its shortcuts', async () => {
    const { user } = await openRun();
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(help).toHaveTextContent(/Skip to what comes next/);
    expect(help).toHaveTextContent(/Finish the event \(asks first\)/);
    expect(
      within(help)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Right arrow or N', 'Space', '+', '−', 'E', '?']);
  });

  it('adds a late arrival to the rounds to come, and undoes it', async () => {
    const { user, core, meetingId } = await openRun();
    await start(user);
    await user.click(screen.getByRole('button', { name: /Skip to the switch/ }));
    await nowHeading('Switch — find your next table');

    await user.click(screen.getByRole('button', { name: 'Late arrival…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Late arrival' });
    // Nothing typed: the name is asked for.
    await user.click(within(dialog).getByRole('button', { name: 'Add to the rounds to come' }));
    expect(within(dialog).getByRole('textbox', { name: /Name/ })).toHaveAccessibleDescription(
      expect.stringContaining('This field is required'),
    );
    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Zoé Tremblay');
    await user.type(within(dialog).getByRole('textbox', { name: 'Agency' }), 'CLSC Nord');
    await user.click(within(dialog).getByRole('button', { name: 'Add to the rounds to come' }));

    expect(
      await screen.findByText('Zoé Tremblay (CLSC Nord) joins the rounds to come.'),
    ).toBeVisible();
    const seating = screen.getByRole('region', { name: 'Who sits where — round 2' });
    // Seated at a table, or sitting the round out (seven people in pairs).
    expect(seating).toHaveTextContent('Zoé Tremblay (CLSC Nord)');
    const session = await core.ok('networking.get', { meetingId });
    expect(session.participants.find((p) => p.name === 'Zoé Tremblay')?.fromRound).toBe(2);

    // The toast's Undo puts the rounds to come back as they were.
    const toast = screen.getByText('Zoé Tremblay (CLSC Nord) joins the rounds to come.');
    await user.click(within(toast.closest('.toast')!).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone: the rounds to come are as they were.')).toBeVisible();
    await waitFor(() => expect(seating).not.toHaveTextContent('Zoé Tremblay'));
    expect((await core.ok('networking.get', { meetingId })).undo).toBeNull();
  });

  it('takes out someone who left, and undoes it from the screen', async () => {
    const { user, core, meetingId } = await openRun();
    // Before the start, nobody leaves the plan: check-in is where absence is said.
    expect(screen.getByRole('button', { name: 'Someone left…' })).toBeDisabled();
    await start(user);

    await user.click(screen.getByRole('button', { name: 'Someone left…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone left' });
    await user.click(
      within(dialog).getByRole('button', { name: 'Take out of the rounds to come' }),
    );
    expect(await within(dialog).findByText('Choose the person who left.')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: /Who left/ }));
    await user.click(await screen.findByRole('option', { name: 'Person 3 (Agency 3)' }));
    await user.click(
      within(dialog).getByRole('button', { name: 'Take out of the rounds to come' }),
    );

    expect(
      await screen.findByText(
        'Person 3 (Agency 3) left: the rounds to come are planned without them.',
      ),
    ).toBeVisible();
    const session = await core.ok('networking.get', { meetingId });
    const person3 = session.participants.find((p) => p.name === 'Person 3')!;
    expect(person3.leftAfterRound).toBe(1);
    expect(session.plan!.rounds[1]!.tables.flat()).not.toContain(person3.id);

    await user.click(screen.getByRole('button', { name: 'Undo the departure of Person 3' }));
    expect(await screen.findByText('The departure of Person 3 was undone.')).toBeVisible();
    expect(
      (await core.ok('networking.get', { meetingId })).participants.find(
        (p) => p.name === 'Person 3',
      )?.leftAfterRound,
    ).toBeNull();
  });

  it('reads each person’s table out by name', async () => {
    const { user } = await openRun();
    await user.click(screen.getByText('By name, to read out'));
    const names = screen.getByText('By name, to read out').closest('details')!;
    const lines = within(names)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^Person 1 \(Agency 1\): round 1 — find table \d$/);
  });

  it('finishes the event and opens the contacts summary', async () => {
    const { user, core, meetingId } = await openRun();
    await start(user);
    await user.keyboard('e');
    const confirm = await screen.findByRole('alertdialog', { name: 'Finish the event?' });
    expect(confirm).toHaveTextContent(/Rounds not held yet are dropped/);
    await user.click(within(confirm).getByRole('button', { name: 'Finish the event' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Contacts — Partners networking' }),
    ).toBeVisible();
    expect((await core.ok('meeting.get', { id: meetingId })).meeting.status).toBe('ended');
  });

  it('speaks French', async () => {
    const { user } = await openRun({ settings: { language: 'fr' } });
    expect(phaseHeading()).toHaveTextContent('Prêt à commencer');
    expect(roomMessage()).toHaveTextContent('Tour 1 — trouvez votre table');
    await user.click(screen.getByRole('button', { name: 'Commencer l’activité' }));
    expect(await nowHeading('Tour 1 — échanges')).toBeVisible();
    expect(screen.getByText('Tour 1 sur 3')).toBeVisible();
    await user.click(screen.getByRole('button', { name: /Passer au changement/ }));
    expect(await nowHeading('Changement — trouvez votre prochaine table')).toBeVisible();
    expect(roomMessage()).toHaveTextContent('Tour 2 — trouvez votre table');
  });

  it('has no accessibility violations, before the start, in a round and at a switch', async () => {
    const { user, container } = await openRun();
    expect(await axeViolations(container)).toEqual([]);
    await start(user);
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: /Skip to the switch/ }));
    await nowHeading('Switch — find your next table');
    expect(await axeViolations(container)).toEqual([]);
  });
});
