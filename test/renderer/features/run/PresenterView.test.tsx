import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { followCoreClock, NINE_AM, seedMeeting } from './run-fixtures';

afterEach(() => vi.restoreAllMocks());

async function openPresenter() {
  const core = makeTestCore({ start: NINE_AM });
  followCoreClock(core);
  const meeting = await seedMeeting(core, [
    { title: 'Welcome and goal', minutes: 5 },
    { title: 'Winter shelter capacity', minutes: 20 },
  ]);
  const app = await renderApp({ path: `/present/${meeting.id}`, core });
  return { ...app, core, meeting };
}

describe('presenter view', () => {
  it('waits calmly, then follows the chair live from the core', async () => {
    const { core, meeting } = await openPresenter();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Waiting to start' }),
    ).toBeVisible();
    // No app navigation and nothing to press on the room's display.
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Agree on the winter shelter plan')).toBeVisible();

    await act(() => core.ok('run.start', { meetingId: meeting.id }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Welcome and goal/ }),
    ).toBeVisible();
    expect(screen.getByRole('timer')).toHaveTextContent('5:00');
    expect(screen.getByText('Next:').parentElement).toHaveTextContent('Winter shelter capacity');
    expect(screen.getByText('Meeting:').parentElement).toHaveTextContent('on time');

    await act(() => core.ok('run.next', { meetingId: meeting.id }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Winter shelter capacity/ }),
    ).toBeVisible();
    expect(screen.getByRole('timer')).toHaveTextContent('20:00');
    expect(screen.getByText('Next:').parentElement).toHaveTextContent('this is the last item');

    // The countdown is drawn from the deadline as time passes, with its phase in words.
    await act(async () => {
      core.clock.advance(18 * 60_000 + 30_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(screen.getByRole('timer')).toHaveTextContent('1:30');
    expect(screen.getByText('Less than 2 minutes left — wrap up')).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();

    await act(() => core.ok('run.end', { meetingId: meeting.id }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The meeting has ended. Thank you!' }),
    ).toBeVisible();
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('shows who speaks now and who speaks next in a speaking round', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const meeting = await seedMeeting(
      core,
      [{ title: 'Agency updates', minutes: 6, kind: 'round' }],
      { guests: ['Shelter North', 'Police liaison'] },
    );
    await core.ok('run.start', { meetingId: meeting.id });
    await renderApp({ path: `/present/${meeting.id}`, core });

    expect(await screen.findByText('Shelter North’s turn')).toBeVisible();
    expect(screen.getByText('Next speaker:').parentElement).toHaveTextContent(
      'Next speaker: Police liaison',
    );

    await act(() => core.ok('run.round', { meetingId: meeting.id, action: 'next' }));
    expect(await screen.findByText('Police liaison’s turn')).toBeVisible();
    // Nobody is left to wait: no "next speaker" line.
    expect(screen.queryByText('Next speaker:')).toBeNull();
  });
});
