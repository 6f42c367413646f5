import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { playChime } from '../../../../renderer/features/run/chime';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { followCoreClock, NINE_AM, seedMeeting } from './run-fixtures';

// jsdom has no Web Audio: what is checked is when the chime is asked for, and how loud.
vi.mock('../../../../renderer/features/run/chime', () => ({ playChime: vi.fn() }));

beforeEach(() => vi.mocked(playChime).mockClear());
afterEach(() => vi.restoreAllMocks());

async function setUp(path: (id: string) => string, settings = {}) {
  const core = makeTestCore({ start: NINE_AM });
  followCoreClock(core);
  const meeting = await seedMeeting(core, [{ title: 'Short item', minutes: 3 }]);
  await renderApp({ path: path(meeting.id), core, settings });
  return { core, meeting };
}

/** The core schedules its phase events on the fake clock: moving it fires them on time. */
const advance = (core: ReturnType<typeof makeTestCore>, ms: number) => core.clock.advance(ms);

describe('chime', () => {
  it('chimes on the chair’s screen at the warning and when time is up, at the set volume', async () => {
    const { core } = await setUp((id) => `/meetings/${id}/run`, { chimeVolume: 40 });
    await screen.findByRole('timer');
    advance(core, 59_000);
    expect(playChime).not.toHaveBeenCalled();
    advance(core, 2_000);
    expect(playChime).toHaveBeenCalledExactlyOnceWith('warning', 40);
    // No chime for the final seconds: two sounds are enough for a room.
    advance(core, 100_000);
    expect(playChime).toHaveBeenCalledTimes(1);
    advance(core, 20_000);
    expect(playChime).toHaveBeenCalledTimes(2);
    expect(playChime).toHaveBeenLastCalledWith('overtime', 40);
  });

  it('stays silent when the chime is off', async () => {
    const { core } = await setUp((id) => `/meetings/${id}/run`, { chime: false });
    await screen.findByRole('timer');
    advance(core, 200_000);
    expect(playChime).not.toHaveBeenCalled();
  });

  it('never chimes in the presenter view', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const meeting = await seedMeeting(core, [{ title: 'Short item', minutes: 3 }]);
    await core.ok('run.start', { meetingId: meeting.id });
    await renderApp({ path: `/present/${meeting.id}`, core });
    await screen.findByRole('timer');
    advance(core, 200_000);
    expect(playChime).not.toHaveBeenCalled();
  });
});
