import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NetworkingFormat } from '../../../../shared/contract';
import { playChime } from '../../../../renderer/features/run/chime';
import {
  boardLayout,
  fitBoard,
  pageAt,
} from '../../../../renderer/features/networking/useNetworkingRunBoard';
import { networkingEvent } from '../../../core/handlers/networking-run-fixtures';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { followCoreClock, NINE_AM } from '../run/run-fixtures';
import { axeViolations } from './setup-fixtures';

vi.mock('../../../../renderer/features/run/chime', () => ({ playChime: vi.fn() }));

const JSDOM_SIZE = { width: window.innerWidth, height: window.innerHeight };

afterEach(() => {
  vi.restoreAllMocks();
  setViewport(JSDOM_SIZE.width, JSDOM_SIZE.height);
});

function setViewport(width: number, height: number) {
  Object.assign(window, { innerWidth: width, innerHeight: height });
  window.dispatchEvent(new Event('resize'));
}

async function openBoard(
  options: { people?: number; format?: Partial<NetworkingFormat>; settings?: object } = {},
) {
  const core = makeTestCore({ start: NINE_AM });
  followCoreClock(core);
  const { meetingId, session } = await networkingEvent(core, options);
  const app = await renderApp({ path: `/present/${meetingId}`, core, settings: options.settings });
  return { ...app, core, meetingId, session };
}

async function advance(core: TestCore, ms: number) {
  await act(async () => {
    core.clock.advance(ms);
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

/** The line under the tables: who sits out, the event, what comes next. */
const context = () => document.querySelector('.networking-board__context');
const title = () => screen.getByRole('heading', { level: 1 });
const tables = () => within(screen.getByRole('list', { name: /^Who sits where/ }));
/** The tables shown, as their numbers. */
const tableNumbers = () =>
  tables()
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('board-table'))
    .map((li) => Number(li.querySelector('.board-table__digits')!.textContent));

describe('networking board (presenter view)', () => {
  it('shows the plan even when check-in changed since, and waits while there is none', async () => {
    const core = makeTestCore({ start: NINE_AM });
    const { meetingId } = await networkingEvent(core);
    await core.ok('networking.addParticipant', {
      meetingId,
      participant: { name: 'Late Planner', agency: 'Agency 9' },
    });
    await renderApp({ path: `/present/${meetingId}`, core });
    // The plan no longer matches the people (stale) but is still the seating to show.
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Round 1 — find your table',
    );

    const empty = makeTestCore({ start: NINE_AM });
    const meeting = await empty.ok('meeting.create', {
      title: 'Empty event',
      kind: 'speed_networking',
      date: '2026-11-23',
      startTime: '13:00',
      endTime: '14:00',
      timeZone: 'America/Toronto',
      language: 'en',
    });
    await renderApp({ path: `/present/${meeting.id}`, core: empty });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Waiting to start' }),
    ).toBeVisible();
    expect(screen.getByText('The seating appears here once the rounds are planned.')).toBeVisible();
  });

  it('shows round 1’s tables before the start, then follows the facilitator live', async () => {
    const { core, meetingId, session } = await openBoard();
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Round 1 — find your table',
    );
    expect(context()).toHaveTextContent('Partners networking · 3 rounds · starting soon');
    // Table number → names and agencies, for everyone in round 1.
    expect(tableNumbers()).toEqual([1, 2, 3]);
    const first = session.plan!.rounds[0]!.tables[0]!;
    const names = first.map((id) => session.participants.find((p) => p.id === id)!);
    const table1 = tables().getAllByRole('listitem')[0]!;
    for (const person of names) {
      expect(table1).toHaveTextContent(person.name);
      expect(table1).toHaveTextContent(person.agency);
    }
    // Nothing to press on the room's display.
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();

    await act(() => core.ok('networking.start', { meetingId }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Round 1 of 3 — talk',
    );
    expect(screen.getByRole('timer')).toHaveTextContent('5:00');
    expect(screen.getByText('Time left to talk')).toBeVisible();
    await advance(core, 4 * 60_000);
    expect(screen.getByRole('timer')).toHaveTextContent('1:00');

    // At zero the core moves on to the switch by itself: the room is told where to go.
    await advance(core, 60_000);
    expect(title()).toHaveTextContent('Round 2 — find your table');
    expect(context()).toHaveTextContent('Partners networking · Next: round 2 of 3');
    expect(screen.getByText('Time to change tables')).toBeVisible();
    expect(screen.getByRole('timer')).toHaveTextContent('1:00');
    const round2 = session.plan!.rounds[1]!.tables[0]!;
    const round2Names = round2.map((id) => session.participants.find((p) => p.id === id)!.name);
    for (const name of round2Names) {
      expect(tables().getAllByRole('listitem')[0]).toHaveTextContent(name);
    }

    await act(() => core.ok('networking.pause', { meetingId }));
    expect(await screen.findByText('Paused')).toBeVisible();

    await act(() => core.ok('networking.finish', { meetingId }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The event has ended. Thank you!' }),
    ).toBeVisible();
    expect(screen.queryByRole('timer')).toBeNull();
    // The room's display never chimes.
    expect(playChime).not.toHaveBeenCalled();
  });

  it('says who sits out', async () => {
    await openBoard({ people: 7 });
    await screen.findByRole('heading', { level: 1 });
    expect(context()).toHaveTextContent(/^Sitting out: Person \d · Partners networking ·/);
  });

  it('pages a long seating list, every 10 seconds, saying which page is shown', async () => {
    setViewport(1920, 1080);
    // 40 people in pairs: 20 tables; a wide screen takes 3 columns of 6 tables.
    const { core } = await openBoard({ people: 40 });
    await screen.findByRole('heading', { level: 1 });
    const start = Date.now();
    const pageShown = pageAt(start, 2);
    expect(screen.getByText(`Page ${pageShown + 1} of 2`)).toBeVisible();
    const first = tableNumbers();
    expect(first).toEqual(pageShown === 0 ? Array.from({ length: 18 }, (_, i) => i + 1) : [19, 20]);
    expect(screen.getByRole('list', { name: /^Who sits where/ })).toHaveClass(
      'networking-board__tables--cols-3',
    );

    await advance(core, 10_000);
    expect(screen.getByText(`Page ${2 - pageShown} of 2`)).toBeVisible();
    expect(tableNumbers()).toEqual(
      pageShown === 1 ? Array.from({ length: 18 }, (_, i) => i + 1) : [19, 20],
    );

    // A squarer screen takes 2 columns: 12 tables a page, still 2 pages.
    await act(async () => setViewport(1024, 768));
    expect(screen.getByRole('list', { name: /^Who sits where/ })).toHaveClass(
      'networking-board__tables--cols-2',
    );
    expect(screen.getByText(/^Page \d of 2$/)).toBeVisible();
  });

  it('fits the same page on every projector size, fewer tables when they are larger', () => {
    const shape = (largestTable: number, longestName: number, width: number, height: number) =>
      boardLayout({ largestTable, longestName, width, height });
    for (const [width, height] of [
      [1280, 720],
      [1366, 768],
      [1920, 1080],
    ] as const) {
      expect(shape(2, 15, width, height)).toEqual({ columns: 3, rows: 6, perPage: 18 });
      expect(shape(4, 15, width, height)).toEqual({ columns: 3, rows: 3, perPage: 9 });
      expect(shape(8, 15, width, height)).toEqual({ columns: 3, rows: 2, perPage: 6 });
      // "Marie-Ève Tremblay-Gagnon" is read whole in two columns, not cut short in three.
      expect(shape(2, 25, width, height)).toEqual({ columns: 2, rows: 6, perPage: 12 });
    }
    expect(shape(2, 15, 1024, 768).columns).toBe(2);
    expect(shape(2, 15, 768, 1024).columns).toBe(1);
    expect(shape(2, 80, 1920, 1080).columns).toBe(1);
    expect(pageAt(123_456, 1)).toBe(0);
    expect([0, 10_000, 20_000, 30_000].map((now) => pageAt(now, 3))).toEqual([0, 1, 2, 0]);
  });

  it('draws a small group larger, every name still whole, and a large one at its base size', () => {
    const fit = (tables: number, longestName: number, width = 1366, height = 768) =>
      fitBoard({ largestTable: 2, longestName, width, height }, tables);
    // Four pairs: one column at one and a half times the size; a fifth table needs a smaller one.
    expect(fit(4, 27)).toEqual({ columns: 1, rows: 4, perPage: 4, scale: 1.5 });
    expect(fit(5, 27)).toEqual({ columns: 1, rows: 5, perPage: 5, scale: 1.25 });
    // Short names leave room for two columns at the largest size.
    expect(fit(6, 12)).toEqual({ columns: 2, rows: 3, perPage: 6, scale: 1.75 });
    expect(fit(6, 12, 1920, 1080)).toEqual(fit(6, 12));
    // Too many for one page at a larger size: the base layout, paged.
    expect(fit(20, 15)).toEqual({
      ...boardLayout({ largestTable: 2, longestName: 15, width: 1366, height: 768 }),
      scale: 1,
    });
  });

  it('speaks French', async () => {
    const { core, meetingId } = await openBoard({ settings: { language: 'fr' } });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Tour 1 — trouvez votre table',
    );
    await act(() => core.ok('networking.start', { meetingId }));
    expect(await screen.findByText('Tour 1 sur 3 — échanges')).toBeVisible();
    expect(screen.getByText('Temps d’échange restant')).toBeVisible();
    await act(() => core.ok('networking.advance', { meetingId }));
    expect(await screen.findByText('Tour 2 — trouvez votre table')).toBeVisible();
  });

  it('has no accessibility violations', async () => {
    const { container, core, meetingId } = await openBoard({ people: 7 });
    await screen.findByRole('heading', { level: 1 });
    expect(await axeViolations(container)).toEqual([]);
    await act(() => core.ok('networking.start', { meetingId }));
    await screen.findByRole('timer');
    expect(await axeViolations(container)).toEqual([]);
  });
});
