import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { followCoreClock, NINE_AM, seedMeeting } from './run-fixtures';

afterEach(() => vi.restoreAllMocks());

const AGENDA = [
  { title: 'Welcome and goal', minutes: 5 },
  { title: 'Winter shelter capacity', minutes: 20 },
  { title: 'Round of updates', minutes: 15 },
];

async function openRun(items = AGENDA) {
  const core = makeTestCore({ start: NINE_AM });
  followCoreClock(core);
  const meeting = await seedMeeting(core, items);
  const app = await renderApp({ path: `/meetings/${meeting.id}/run`, core });
  return { ...app, core, meeting };
}

const nowHeading = () => screen.findByRole('heading', { level: 2, name: /^Now / });
const timer = () => screen.getByRole('timer');

/** Moves the shared clock, then lets a few animation frames draw the new time. */
async function advance(core: ReturnType<typeof makeTestCore>, ms: number) {
  await act(async () => {
    core.clock.advance(ms);
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

describe('run screen', () => {
  it('starts a planned meeting and shows its goal, first item, countdown and what comes next', async () => {
    const { core, meeting } = await openRun();

    expect(await nowHeading()).toHaveTextContent('Welcome and goal');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Housing First committee' }),
    ).toBeVisible();
    expect(screen.getByText('Agree on the winter shelter plan')).toBeVisible();
    expect(timer()).toHaveTextContent('5:00');
    expect(screen.getByText('Time left')).toBeVisible();
    expect(screen.getByText('Next:').parentElement).toHaveTextContent('Winter shelter capacity');
    expect(screen.getByText('Meeting:').parentElement).toHaveTextContent('on time');
    expect((await core.ok('meeting.get', { id: meeting.id })).meeting.status).toBe('in_progress');

    const agenda = screen.getByRole('region', { name: 'Agenda' });
    const items = within(agenda).getAllByRole('listitem');
    expect(items[0]).toHaveAttribute('aria-current', 'step');
    expect(items[0]).toHaveTextContent('Now');
    expect(items[1]).toHaveTextContent('To come');
    expect(within(agenda).getByRole('button', { name: 'Go to: Round of updates' })).toBeVisible();

    const presenter = screen.getByRole('link', { name: /Open presenter view/ });
    expect(presenter).toHaveAttribute('href', `#/present/${meeting.id}`);
    expect(presenter).toHaveAttribute('target', '_blank');
  });

  it('shows a meeting already in progress without starting it again', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const meeting = await seedMeeting(core, AGENDA);
    await core.ok('run.start', { meetingId: meeting.id });
    await core.ok('run.next', { meetingId: meeting.id });
    await renderApp({ path: `/meetings/${meeting.id}/run`, core });
    expect(await nowHeading()).toHaveTextContent('Winter shelter capacity');
    expect(timer()).toHaveTextContent('20:00');
  });

  it('moves to the next item, marking the first done', async () => {
    const { user } = await openRun();
    await nowHeading();
    await user.click(screen.getByRole('button', { name: 'Next item' }));

    expect(await nowHeading()).toHaveTextContent('Winter shelter capacity');
    expect(timer()).toHaveTextContent('20:00');
    const items = within(screen.getByRole('region', { name: 'Agenda' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Done');
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(screen.getByText('Next:').parentElement).toHaveTextContent('Round of updates');
  });

  it('goes back with Previous and jumps with Go to', async () => {
    const { user } = await openRun();
    await nowHeading();
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Go to: Round of updates' }));
    expect(await nowHeading()).toHaveTextContent('Round of updates');
    // The Go to pressed is gone with its item now current: focus lands on where the meeting is.
    expect(await nowHeading()).toHaveFocus();
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    expect(await nowHeading()).toHaveTextContent('Winter shelter capacity');
  });

  it('pauses and resumes the countdown', async () => {
    const { user, core } = await openRun();
    await nowHeading();
    await advance(core, 10_000);
    expect(timer()).toHaveTextContent('4:50');

    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(await screen.findByText('Paused')).toBeVisible();
    await advance(core, 40_000);
    expect(timer()).toHaveTextContent('4:50');
    // The ahead/behind figure keeps counting while paused: the meeting is losing time.
    expect(screen.getByText('Meeting:').parentElement).toHaveTextContent('1 min behind');

    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeVisible();
    expect(screen.queryByText('Paused')).toBeNull();
    await advance(core, 20_000);
    expect(timer()).toHaveTextContent('4:30');
  });

  it('adds and removes a minute', async () => {
    const { user } = await openRun();
    await nowHeading();
    await user.click(screen.getByRole('button', { name: '+1 min' }));
    expect(await screen.findByText('Time added: 1 minute')).toBeVisible();
    expect(timer()).toHaveTextContent('6:00');
    expect(screen.getByText('Meeting:').parentElement).toHaveTextContent('1 min behind');

    await user.click(screen.getByRole('button', { name: '−1 min' }));
    await user.click(screen.getByRole('button', { name: '−1 min' }));
    expect(await screen.findByText('Time removed: 1 minute')).toBeVisible();
    expect(timer()).toHaveTextContent('4:00');
    expect(screen.getByText('Meeting:').parentElement).toHaveTextContent('1 min ahead');
  });

  it('separates the facts about an item in what a screen reader reads', async () => {
    await openRun();
    await nowHeading();
    // What is read: the text without the parts hidden from assistive technology.
    const spoken = (element: Element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    expect(spoken(document.querySelector('.run-now .item-summary')!)).toBe(
      'Discussion, 5 min planned',
    );
    const agenda = screen.getByRole('region', { name: 'Agenda' });
    const meta = within(agenda).getAllByRole('listitem')[0]!.querySelector('.run-agenda__meta')!;
    expect(spoken(meta)).toMatch(/^Now, 5 min planned, planned at \S.*, started at \S.*$/);
  });

  it('keeps the schedule honest after jumping between items with number keys', async () => {
    const { user, core } = await openRun([
      { title: 'Welcome and goal', minutes: 5 },
      { title: 'Winter shelter capacity', minutes: 20 },
      { title: 'Round of updates', minutes: 15 },
      { title: 'Budget', minutes: 10 },
    ]);
    await nowHeading();
    await advance(core, 60_000);
    await user.keyboard('4');
    expect(await nowHeading()).toHaveTextContent('Budget');
    await advance(core, 2 * 60_000);
    await user.keyboard('2');
    expect(await nowHeading()).toHaveTextContent('Winter shelter capacity');
    await advance(core, 3 * 60_000);
    // Six minutes in, 17 of the 20 are left here, and the rest of items 1 and 4 (4 + 8) plus 15:
    // 6 + 17 + 4 + 15 + 8 = 50 against the 50 planned. Leaving an item does not finish it.
    expect(screen.getByText('Meeting:').parentElement).toHaveTextContent('on time');
  });

  it('changes words, not only colour, through warning, final and over time, announcing each once', async () => {
    const { core } = await openRun([{ title: 'Short item', minutes: 3 }]);
    await nowHeading();
    const live = () => document.querySelector('.countdown [aria-live="polite"]');
    expect(live()).toHaveTextContent('');

    await advance(core, 61_000);
    expect(timer()).toHaveTextContent('1:59');
    expect(screen.getByText('Less than 2 minutes left — wrap up')).toBeVisible();
    expect(live()).toHaveTextContent('Less than 2 minutes left on this item: time to wrap up.');
    // The announcement does not change with the seconds.
    await advance(core, 5_000);
    expect(timer()).toHaveTextContent('1:54');
    expect(live()).toHaveTextContent('Less than 2 minutes left on this item: time to wrap up.');

    await advance(core, 85_000);
    expect(timer()).toHaveTextContent('0:29');
    expect(screen.getByText('Final 30 seconds')).toBeVisible();
    expect(live()).toHaveTextContent('Final 30 seconds for this item.');

    await advance(core, 101_000);
    expect(timer()).toHaveTextContent('+1:12');
    expect(screen.getByText('Over time')).toBeVisible();
    expect(live()).toHaveTextContent('Time is up: this item is over time.');
    expect(document.querySelector('.countdown')).toHaveClass('countdown--overtime');
  });

  it('uses the thresholds from the settings', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    await core.ok('settings.update', { timerWarningSeconds: 60, timerFinalSeconds: 10 });
    const meeting = await seedMeeting(core, [{ title: 'Short item', minutes: 3 }]);
    await renderApp({ path: `/meetings/${meeting.id}/run`, core });
    await nowHeading();
    await advance(core, 61_000);
    expect(screen.getByText('Time left')).toBeVisible();
    await advance(core, 60_000);
    expect(screen.getByText('Less than 1 minute left — wrap up')).toBeVisible();
    await advance(core, 50_000);
    expect(screen.getByText('Final 10 seconds')).toBeVisible();
  });

  it('ends a one-off meeting after asking, and goes back to its page', async () => {
    const { user, core, meeting } = await openRun();
    await nowHeading();
    await user.click(screen.getByRole('button', { name: 'End meeting' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'End the meeting?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep going' }));
    expect((await core.ok('meeting.get', { id: meeting.id })).meeting.status).toBe('in_progress');

    await user.click(screen.getByRole('button', { name: 'End meeting' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'End meeting' }),
    );
    await vi.waitFor(async () =>
      expect((await core.ok('meeting.get', { id: meeting.id })).meeting.status).toBe('ended'),
    );
    // The meeting's own page (the meetings feature's screen), not the run screen any more.
    await vi.waitFor(() => expect(document.querySelector('.run')).toBeNull());
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('offers to prepare the next meeting after ending a meeting of a series', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    await seedMeeting(core, AGENDA);
    const { firstMeeting } = await core.ok('series.create', {
      title: 'Case consultation',
      kind: 'other',
      startTime: '09:00',
      endTime: '10:30',
      timeZone: 'America/Toronto',
      rrule: 'FREQ=WEEKLY;INTERVAL=2',
      startDate: '2026-11-23',
      language: 'en',
    });
    const { user } = await renderApp({ path: `/meetings/${firstMeeting.id}/run`, core });
    await nowHeading();
    await user.click(screen.getByRole('button', { name: 'End meeting' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'End meeting' }),
    );
    // The carry-forward dialog (the meetings feature's) opens over the ended meeting.
    expect(await screen.findByRole('dialog')).toBeVisible();
    expect(screen.getByText('This meeting has ended.')).toBeInTheDocument();
    expect((await core.ok('meeting.get', { id: firstMeeting.id })).meeting.status).toBe('ended');
  });

  it('speaks French (Canada) when the app does', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const meeting = await seedMeeting(core, [{ title: 'Mot de bienvenue', minutes: 3 }]);
    await renderApp({ path: `/meetings/${meeting.id}/run`, core, settings: { language: 'fr' } });
    expect(
      await screen.findByRole('heading', { level: 2, name: /^En cours Mot de bienvenue/ }),
    ).toBeVisible();
    expect(screen.getByRole('region', { name: 'Ordre du jour' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Point suivant' })).toBeVisible();
    expect(screen.getByText('Temps restant')).toBeVisible();
    expect(screen.getByText('Réunion :').parentElement).toHaveTextContent('à l’heure');
    await advance(core, 61_000);
    expect(screen.getByText('Moins de 2 minutes — il faut conclure')).toBeVisible();
    await advance(core, 130_000);
    expect(screen.getByText('Temps dépassé')).toBeVisible();
  });

  it('says so when the meeting has already ended', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const meeting = await seedMeeting(core, AGENDA);
    await core.ok('run.start', { meetingId: meeting.id });
    await core.ok('run.end', { meetingId: meeting.id });
    await renderApp({ path: `/meetings/${meeting.id}/run`, core });
    expect(await screen.findByText('This meeting has ended.')).toBeVisible();
    expect(screen.queryByRole('timer')).toBeNull();
  });
});
