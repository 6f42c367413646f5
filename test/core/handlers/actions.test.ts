import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { actionsRepo, type ActionQuery } from '../../../electron/core/db/repos/actions';
import type { Action, ActionFilter, MethodInput } from '../../../shared/contract';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { changes, oneOff, seriesWithPartners } from '../../helpers/meetings';

/** The test clock's day is Monday 2026-11-23; the register is asked on Wednesday 2026-11-25. */
const TODAY = '2026-11-25';

/** Partners, a biweekly series with its first three meetings, and a one-off meeting. */
async function world(core: TestCore) {
  const partners = await seriesWithPartners(core);
  const prepare = (originalDate: string) =>
    core.ok('series.prepareOccurrence', {
      id: partners.series.id,
      originalDate,
      language: 'en',
    });
  const second = await prepare('2026-12-15');
  const third = await prepare('2026-12-29');
  const once = await core.ok('meeting.create', oneOff({ title: 'Budget meeting' }));
  return { ...partners, first: partners.firstMeeting, second, third, once };
}

type Draft = MethodInput<'action.add'>;

async function add(core: TestCore, draft: Draft) {
  core.clock.advance(1_000);
  return core.ok('action.add', draft);
}

describe('an action', () => {
  it('is added with its agency, person, due date and where it was decided', async () => {
    const core = makeTestCore();
    const { first, series, shelter, ana } = await world(core);
    const item = await core.ok('agenda.add', {
      meetingId: first.id,
      item: { title: 'Shelter beds', plannedMinutes: 10, confidentiality: 'internal' },
    });
    const seen = changes(core);
    const action = await add(core, {
      meetingId: first.id,
      itemId: item.id,
      description: 'Call the city about beds',
      organizationId: shelter.id,
      personId: ana.id,
      dueDate: '2026-12-10',
    });
    expect(action).toEqual({
      id: action.id,
      meetingId: first.id,
      itemId: item.id,
      seriesId: series.id,
      description: 'Call the city about beds',
      organizationId: shelter.id,
      organizationName: 'Shelter North',
      personId: ana.id,
      personName: 'Ana Tremblay',
      dueDate: '2026-12-10',
      status: 'open',
      closedAt: null,
      meetingTitle: 'Complex case consultation',
      meetingDate: '2026-12-01',
      itemTitle: 'Shelter beds',
      seriesTitle: 'Complex case consultation',
      confidentiality: 'internal',
      createdAt: core.clock.now(),
      updatedAt: core.clock.now(),
    });
    expect(seen).toEqual([['actions']]);

    const bare = await add(core, { meetingId: first.id, description: 'Book the room' });
    expect(bare).toMatchObject({
      itemId: null,
      itemTitle: null,
      organizationId: null,
      organizationName: null,
      personId: null,
      personName: '',
      dueDate: null,
      confidentiality: 'shareable',
    });
    expect(
      (await core.ok('action.list', { meetingId: first.id, today: TODAY, sort: 'created' })).items,
    ).toEqual([action, bare]);
  });

  it('is reassigned, rescheduled, closed, reopened, dropped, deleted and restored', async () => {
    const core = makeTestCore();
    const { once, shelter, health, ana } = await world(core);
    const action = await add(core, {
      meetingId: once.id,
      description: 'Send the budget',
      organizationId: shelter.id,
      personName: '  Zoé Martin ',
    });
    expect(action).toMatchObject({ personId: null, personName: 'Zoé Martin' });
    const update = async (changes: MethodInput<'action.update'>['changes']) => {
      core.clock.advance(60_000);
      return core.ok('action.update', { id: action.id, changes });
    };

    expect(await update({ personId: ana.id, organizationId: health.id })).toMatchObject({
      personId: ana.id,
      personName: 'Ana Tremblay',
      organizationId: health.id,
      organizationName: 'Community Health',
    });
    // The directory's current name is shown while the link holds.
    await core.ok('person.update', { id: ana.id, changes: { name: 'Ana Tremblay-Roy' } });
    expect(await update({ dueDate: '2026-12-24' })).toMatchObject({
      personName: 'Ana Tremblay-Roy',
      dueDate: '2026-12-24',
    });
    // A name typed on its own replaces the directory person.
    expect(await update({ personName: 'Luc' })).toMatchObject({
      personId: null,
      personName: 'Luc',
    });
    expect(await update({ personId: ana.id, personName: 'ignored' })).toMatchObject({
      personId: ana.id,
      personName: 'Ana Tremblay-Roy',
    });

    const done = await update({ status: 'done' });
    expect(done).toMatchObject({ status: 'done', closedAt: core.clock.now() });
    // Editing a closed action keeps when it was closed.
    expect(await update({ description: 'Send the 2027 budget' })).toMatchObject({
      status: 'done',
      closedAt: done.closedAt,
      description: 'Send the 2027 budget',
    });
    expect(await update({ status: 'open' })).toMatchObject({ status: 'open', closedAt: null });
    const dropped = await update({ status: 'dropped', dueDate: null, organizationId: null });
    expect(dropped).toMatchObject({
      status: 'dropped',
      closedAt: core.clock.now(),
      dueDate: null,
      organizationId: null,
      organizationName: null,
      updatedAt: core.clock.now(),
      createdAt: action.createdAt,
    });

    expect(await core.ok('action.delete', { id: action.id })).toEqual({ id: action.id });
    const listed = () => core.ok('action.list', { today: TODAY });
    expect(await listed()).toEqual({ items: [], total: 0 });
    expect(await core.fails('action.update', { id: action.id, changes: {} })).toMatchObject({
      code: 'not_found',
    });
    const restored = await core.ok('action.undelete', { id: action.id });
    expect(restored).toMatchObject({ id: action.id, status: 'dropped' });
    expect(await core.ok('action.undelete', { id: action.id })).toEqual(restored);
    expect((await listed()).items).toEqual([restored]);

    // Removed from the directory, the person is still named on what they were given.
    await core.ok('action.update', { id: action.id, changes: { personId: ana.id } });
    await core.ok('person.delete', { id: ana.id });
    expect((await listed()).items[0]).toMatchObject({
      personId: null,
      personName: 'Ana Tremblay-Roy',
    });
  });

  it('refuses what does not exist, changing nothing', async () => {
    const core = makeTestCore();
    const { first, once, shelter } = await world(core);
    const elsewhere = await core.ok('agenda.add', {
      meetingId: once.id,
      item: { title: 'Elsewhere', plannedMinutes: 5 },
    });
    const action = await add(core, { meetingId: first.id, description: 'Real' });
    const before = dumpDatabase(core.db);
    const base = { meetingId: first.id, description: 'x' };
    for (const draft of [
      { ...base, meetingId: 'nope' },
      { ...base, itemId: elsewhere.id },
      { ...base, organizationId: 'nope' },
      { ...base, personId: 'nope' },
    ]) {
      expect(await core.fails('action.add', draft)).toMatchObject({ code: 'not_found' });
    }
    for (const changes of [{ organizationId: 'nope' }, { personId: 'nope' }]) {
      expect(await core.fails('action.update', { id: action.id, changes })).toMatchObject({
        code: 'not_found',
      });
    }
    for (const method of ['action.delete', 'action.undelete'] as const) {
      expect(await core.fails(method, { id: 'nope' })).toMatchObject({ code: 'not_found' });
    }
    expect(
      await core.fails('action.update', { id: action.id, changes: { status: 'closed' } }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(
      await core.fails('action.add', { ...base, organizationId: shelter.id, description: '' }),
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: ['description'] }] });
    expect(dumpDatabase(core.db)).toEqual(before);
  });
});

describe('the action register', () => {
  /**
   * Six actions (and a deleted one) that tell the filters and orders apart, the register being
   * asked on Wednesday 2026-11-25: this ISO week runs from Monday 23 to Sunday 29.
   */
  async function register(core: TestCore) {
    const w = await world(core);
    const { first, second, once, shelter, health, ana } = w;
    const a1 = await add(core, {
      meetingId: first.id,
      description: 'Call the city',
      organizationId: shelter.id,
      personId: ana.id,
      dueDate: '2026-11-23',
    });
    const a2 = await add(core, {
      meetingId: first.id,
      description: 'Send the budget',
      organizationId: health.id,
      personName: 'Zoé Martin',
      dueDate: '2026-11-24',
    });
    const a3 = await add(core, { meetingId: first.id, description: 'Book the room' });
    const a4 = await add(core, {
      meetingId: once.id,
      description: 'Write the report',
      organizationId: shelter.id,
      personName: 'bob',
      dueDate: '2026-11-29',
    });
    const a5 = await add(core, {
      meetingId: second.id,
      description: 'Visit the shelter',
      organizationId: health.id,
      personId: ana.id,
      dueDate: '2026-11-30',
    });
    const a6 = await add(core, {
      meetingId: once.id,
      description: 'Old task',
      dueDate: '2026-11-22',
    });
    const gone = await add(core, { meetingId: once.id, description: 'Mistake' });
    await core.ok('action.update', { id: a4.id, changes: { status: 'done' } });
    await core.ok('action.update', { id: a5.id, changes: { status: 'dropped' } });
    await core.ok('action.update', { id: a6.id, changes: { status: 'done' } });
    await core.ok('action.delete', { id: gone.id });
    const names = new Map(
      Object.entries({ a1, a2, a3, a4, a5, a6 }).map(([name, a]) => [a.id, name]),
    );
    const list = async (filter: Partial<ActionFilter> & { limit?: number; offset?: number }) => {
      const page = await core.ok('action.list', { today: TODAY, ...filter });
      return page.items.map((a: Action) => names.get(a.id));
    };
    return { ...w, list };
  }

  it('filters by agency, person, series, meeting and status', async () => {
    const core = makeTestCore();
    const { list, shelter, ana, series, first } = await register(core);
    expect(await list({ sort: 'created' })).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(await list({ organizationId: shelter.id })).toEqual(['a1', 'a4']);
    expect(await list({ personId: ana.id })).toEqual(['a1', 'a5']);
    expect(await list({ seriesId: series.id })).toEqual(['a1', 'a2', 'a5', 'a3']);
    expect(await list({ meetingId: first.id })).toEqual(['a1', 'a2', 'a3']);
    expect(await list({ status: ['open'] })).toEqual(['a1', 'a2', 'a3']);
    expect(await list({ status: ['done', 'dropped'] })).toEqual(['a6', 'a4', 'a5']);
    expect(await list({ status: [] })).toEqual([]);
    expect(await list({ organizationId: shelter.id, status: ['done'] })).toEqual(['a4']);
    expect(await list({ organizationId: 'unknown' })).toEqual([]);
  });

  it('filters by due date: overdue, this ISO week, no date', async () => {
    const core = makeTestCore();
    const { list } = await register(core);
    // Overdue: open and due before today (a6 was due earlier but is done).
    expect(await list({ due: 'overdue' })).toEqual(['a1', 'a2']);
    expect(await list({ due: 'overdue', today: '2026-11-24' })).toEqual(['a1']);
    // This week: due Monday to Sunday of today's week, whatever the status, overdue ones included.
    expect(await list({ due: 'this_week' })).toEqual(['a1', 'a2', 'a4']);
    expect(await list({ due: 'this_week', status: ['open'] })).toEqual(['a1', 'a2']);
    expect(await list({ due: 'this_week', today: '2026-11-29' })).toEqual(['a1', 'a2', 'a4']);
    expect(await list({ due: 'this_week', today: '2026-11-30' })).toEqual(['a5']);
    expect(await list({ due: 'no_date' })).toEqual(['a3']);
    expect(await list({ due: 'overdue', today: '2026-12-01' })).toEqual(['a1', 'a2']);
    expect(await list({ due: 'overdue', today: '2026-11-23' })).toEqual([]);
  });

  it('sorts by due date, creation, agency, person and status, either way', async () => {
    const core = makeTestCore();
    const { list } = await register(core);
    // Without a value for the sort (no date, no agency, no person) comes last either way.
    expect(await list({})).toEqual(['a6', 'a1', 'a2', 'a4', 'a5', 'a3']);
    expect(await list({ sort: 'due', descending: true })).toEqual([
      'a5',
      'a4',
      'a2',
      'a1',
      'a6',
      'a3',
    ]);
    expect(await list({ sort: 'created', descending: true })).toEqual([
      'a6',
      'a5',
      'a4',
      'a3',
      'a2',
      'a1',
    ]);
    // Agencies by folded name ("Community Health" before "Shelter North"), then by due date.
    expect(await list({ sort: 'agency' })).toEqual(['a2', 'a5', 'a1', 'a4', 'a6', 'a3']);
    expect(await list({ sort: 'agency', descending: true })).toEqual([
      'a1',
      'a4',
      'a2',
      'a5',
      'a6',
      'a3',
    ]);
    // People by name, whether from the directory (Ana) or typed (bob, Zoé).
    expect(await list({ sort: 'person' })).toEqual(['a1', 'a5', 'a4', 'a2', 'a6', 'a3']);
    expect(await list({ sort: 'status' })).toEqual(['a1', 'a2', 'a3', 'a6', 'a4', 'a5']);
    expect(await list({ sort: 'status', descending: true })).toEqual([
      'a5',
      'a6',
      'a4',
      'a1',
      'a2',
      'a3',
    ]);
  });

  it('pages, with the total the filters match', async () => {
    const core = makeTestCore();
    const { list } = await register(core);
    const page = await core.ok('action.list', {
      today: TODAY,
      sort: 'created',
      limit: 2,
      offset: 2,
    });
    expect(page.total).toBe(6);
    expect(page.items.map((a) => a.description)).toEqual(['Book the room', 'Write the report']);
    expect(await list({ sort: 'created', limit: 4, offset: 4 })).toEqual(['a5', 'a6']);
    expect(
      await core.ok('action.list', { today: TODAY, status: ['open'], limit: 1, offset: 10 }),
    ).toEqual({ items: [], total: 3 });
  });
});

describe('the action register, paged', () => {
  /** A deterministic generator (mulberry32), so the data is the same on every run. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  it(
    'reads every order page by page exactly as a whole, in the documented order',
    { timeout: 30_000 },
    async () => {
      const core = makeTestCore();
      const { first, second, once, shelter, health, ana } = await world(core);
      const luc = await core.ok('person.create', { name: 'Étienne Luc' });
      const rand = random(42);
      const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
      for (let n = 0; n < 60; n++) {
        const person = pick([
          { personId: ana.id },
          { personId: luc.id },
          { personName: 'bob' },
          { personName: 'Zoé Martin' },
          // Typed like someone in the directory: a name of its own, just before theirs.
          { personName: 'Ana Tremblay' },
          {},
        ]);
        const action = await add(core, {
          meetingId: pick([first.id, second.id, once.id]),
          description: `Action ${n}`,
          organizationId: pick([shelter.id, health.id, null]),
          ...person,
          dueDate: pick([null, '2026-11-20', '2026-11-25', '2026-12-02', '2027-01-15']),
        });
        const status = pick(['open', 'open', 'done', 'dropped'] as const);
        if (status !== 'open')
          await core.ok('action.update', { id: action.id, changes: { status } });
      }

      const whole = async (filter: Partial<ActionFilter>) =>
        core.ok('action.list', { today: TODAY, limit: 1000, ...filter });
      const rank = { open: 0, done: 1, dropped: 2 };
      // Missing values last; ties by due date (none last), then creation.
      const missingLast = <T>(a: T | null, b: T | null, compare: (x: T, y: T) => number) =>
        a === null ? (b === null ? 0 : 1) : b === null ? -1 : compare(a, b);
      const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
      const dueThenCreated = (a: Action, b: Action) =>
        missingLast(a.dueDate, b.dueDate, byText) || a.createdAt - b.createdAt;
      const personKey = (a: Action) =>
        a.personId === ana.id
          ? 'ana tremblay'
          : a.personId === luc.id
            ? 'etienne luc'
            : a.personName === ''
              ? null
              : a.personName.toLowerCase();
      const orders = {
        due: (d: number) => (a: Action, b: Action) =>
          missingLast(a.dueDate, b.dueDate, (x, y) => d * byText(x, y)) ||
          d * (a.createdAt - b.createdAt),
        created: (d: number) => (a: Action, b: Action) => d * (a.createdAt - b.createdAt),
        agency: (d: number) => (a: Action, b: Action) =>
          missingLast(a.organizationName, b.organizationName, (x, y) => d * byText(x, y)) ||
          dueThenCreated(a, b),
        person: (d: number) => (a: Action, b: Action) =>
          missingLast(personKey(a), personKey(b), (x, y) => d * byText(x, y)) ||
          Number(a.personId !== null) - Number(b.personId !== null) ||
          dueThenCreated(a, b),
        status: (d: number) => (a: Action, b: Action) =>
          d * (rank[a.status] - rank[b.status]) || dueThenCreated(a, b),
      };

      for (const filter of [{}, { status: ['open' as const] }, { organizationId: shelter.id }]) {
        for (const sort of ['due', 'created', 'agency', 'person', 'status'] as const) {
          for (const descending of [false, true]) {
            const all = await whole({ ...filter, sort, descending });
            const expected = [...all.items].sort(orders[sort](descending ? -1 : 1));
            expect(
              all.items.map((a) => a.description),
              `${sort} ${descending}`,
            ).toEqual(expected.map((a) => a.description));
            for (const limit of [1, 7]) {
              const paged: string[] = [];
              for (let offset = 0; offset < all.total + limit; offset += limit) {
                const page = await core.ok('action.list', {
                  today: TODAY,
                  ...filter,
                  sort,
                  descending,
                  limit,
                  offset,
                });
                expect(page.total).toBe(all.total);
                paged.push(...page.items.map((a) => a.id));
              }
              expect(paged, `${sort} ${descending} by ${limit}`).toEqual(
                all.items.map((a) => a.id),
              );
              // Large registers read agencies' and people's orders in runs: the same rows.
              const query = { today: TODAY, due: 'any' as const, ...filter, sort, descending };
              const inRuns: string[] = [];
              for (let offset = 0; offset < all.total; offset += limit) {
                const page = actionsRepo(core.db).list(query, { limit, offset }, 0);
                expect(page.total).toBe(all.total);
                inRuns.push(...page.items.map((a) => a.id));
              }
              expect(inRuns, `${sort} ${descending} in runs by ${limit}`).toEqual(
                all.items.map((a) => a.id),
              );
            }
          }
        }
      }
      const csv = await core.ok('action.exportCsv', {
        today: TODAY,
        sort: 'person',
        language: 'en',
      });
      expect(csv.csv.split('\r\n').length - 2).toBe((await whole({})).total);
    },
  );
});

describe('the action register, large', () => {
  it('reads every order from an index, sorting at most within one name', async () => {
    const core = makeTestCore();
    const { first, series, shelter, ana } = await world(core);
    // One action for each filter below: without it, an empty register is never read in order.
    for (const dueDate of ['2026-11-24', null]) {
      await add(core, {
        meetingId: first.id,
        description: 'Call',
        organizationId: shelter.id,
        personId: ana.id,
        dueDate,
      });
    }
    // Read the way large registers are (sortAtOnce 0), every order is an index's, whatever the
    // filters: no statement sorts the actions it finds.
    const filters: Partial<ActionQuery>[] = [
      {},
      { status: ['open', 'done'] },
      { organizationId: shelter.id },
      { personId: ana.id },
      { seriesId: series.id },
      { meetingId: first.id },
      { due: 'overdue' },
      { due: 'this_week' },
      { due: 'no_date' },
    ];
    const prepare = vi.spyOn(core.db, 'prepare');
    for (const filter of filters) {
      for (const sort of ['due', 'created', 'agency', 'person', 'status'] as const) {
        for (const descending of [false, true]) {
          const query = { today: TODAY, due: 'any' as const, ...filter, sort, descending };
          actionsRepo(core.db).list(query, { limit: 50, offset: 0 }, 0);
        }
      }
    }
    const statements = prepare.mock.calls
      .map(([sql]) => sql)
      .filter((sql) => sql.includes('LIMIT :limit'));
    prepare.mockRestore();
    expect(statements).toHaveLength(filters.length * 10);
    const params = {
      ...{ organizationId: 'o', personId: 'p', seriesId: 's', meetingId: 'm', today: TODAY },
      ...{ status0: 'open', status1: 'done', monday: TODAY, sunday: TODAY, limit: 1, offset: 0 },
    };
    for (const sql of statements) {
      const plan = core.db.prepare<object, { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`);
      // Only a person's order sorts, within one name ("FOR LAST n TERMS"): people share names.
      const sorts = plan
        .all(params)
        .map((row) => row.detail)
        .filter((step) => step.includes('TEMP B-TREE'))
        .filter((step) => !(sql.includes('people p') && /LAST \d TERMS/.test(step)));
      expect(sorts, sql).toEqual([]);
    }
  });
});

describe('reviewing open actions at the next meetings of a series', () => {
  async function reviewed(core: TestCore) {
    const w = await world(core);
    const { first, second, once } = w;
    const r1 = await add(core, { meetingId: first.id, description: 'r1' });
    const r2 = await add(core, { meetingId: first.id, description: 'r2' });
    const r3 = await add(core, { meetingId: first.id, description: 'r3 closed before' });
    const r4 = await add(core, { meetingId: first.id, description: 'r4 deleted' });
    const s1 = await add(core, { meetingId: second.id, description: 's1' });
    const o1 = await add(core, { meetingId: once.id, description: 'one-off' });
    await core.ok('action.update', { id: r3.id, changes: { status: 'done' } });
    await core.ok('action.delete', { id: r4.id });
    const forReview = async (meetingId: string) =>
      (await core.ok('action.forReview', { meetingId })).map((a) => [a.description, a.outcome]);
    const review = (
      actionId: string,
      meetingId: string,
      outcome: 'carried' | 'done' | 'dropped' | null,
    ) => {
      core.clock.advance(60_000);
      return core.ok('action.review', { actionId, meetingId, outcome });
    };
    return { ...w, r1, r2, r3, s1, o1, forReview, review };
  }

  it("lists the series' open actions from earlier meetings, oldest meeting first", async () => {
    const core = makeTestCore();
    const { first, second, third, once, forReview } = await reviewed(core);
    expect(await forReview(first.id)).toEqual([]);
    expect(await forReview(second.id)).toEqual([
      ['r1', null],
      ['r2', null],
    ]);
    expect(await forReview(third.id)).toEqual([
      ['r1', null],
      ['r2', null],
      ['s1', null],
    ]);
    expect(await forReview(once.id)).toEqual([]);
    expect(await core.fails('action.forReview', { meetingId: 'nope' })).toMatchObject({
      code: 'not_found',
    });
  });

  it('closes with done and dropped, keeps carried ones open, and undoes', async () => {
    const core = makeTestCore();
    const { second, third, r1, r2, forReview, review } = await reviewed(core);
    const seen = changes(core);

    const done = await review(r1.id, second.id, 'done');
    expect(done).toMatchObject({
      id: r1.id,
      status: 'done',
      closedAt: core.clock.now(),
      outcome: 'done',
    });
    expect(seen).toEqual([['actions']]);
    const carried = await review(r2.id, second.id, 'carried');
    expect(carried).toMatchObject({ status: 'open', closedAt: null, outcome: 'carried' });
    // The meeting that reviewed them still shows them, with what it decided.
    expect(await forReview(second.id)).toEqual([
      ['r1', 'done'],
      ['r2', 'carried'],
    ]);
    // The next one shows only what is still open.
    expect(await forReview(third.id)).toEqual([
      ['r2', null],
      ['s1', null],
    ]);

    // Reviewing again changes the outcome; carrying what this review closed reopens it.
    expect(await review(r1.id, second.id, 'dropped')).toMatchObject({
      status: 'dropped',
      closedAt: core.clock.now(),
      outcome: 'dropped',
    });
    expect(await review(r1.id, second.id, 'carried')).toMatchObject({
      status: 'open',
      closedAt: null,
      outcome: 'carried',
    });
    await review(r1.id, second.id, 'done');
    // Undoing the review reopens what it closed, and forgets it.
    expect(await review(r1.id, second.id, null)).toMatchObject({
      status: 'open',
      closedAt: null,
      outcome: null,
    });
    expect(await review(r2.id, second.id, null)).toMatchObject({ status: 'open', outcome: null });
    expect(await forReview(second.id)).toEqual([
      ['r1', null],
      ['r2', null],
    ]);
    expect(core.db.prepare('SELECT count(*) AS n FROM action_reviews').get()).toEqual({ n: 0 });

    // A later meeting reviews too: done at the third meeting.
    expect(await review(r2.id, third.id, 'done')).toMatchObject({ status: 'done' });
    expect(await forReview(second.id)).toEqual([['r1', null]]);
  });

  it('leaves an action closed before the review closed when the review is undone', async () => {
    const core = makeTestCore();
    const { second, r3, review } = await reviewed(core);
    // Closed in the register before the meeting.
    const before = await core.ok('action.list', { today: TODAY, status: ['done'] });
    expect(before.items.map((a) => a.id)).toEqual([r3.id]);
    const stamp = before.items[0]!.closedAt;
    expect(stamp).toEqual(expect.any(Number));
    expect(await review(r3.id, second.id, 'done')).toMatchObject({
      status: 'done',
      closedAt: stamp,
      outcome: 'done',
    });
    expect(await review(r3.id, second.id, null)).toMatchObject({
      status: 'done',
      closedAt: stamp,
      outcome: null,
    });
  });

  it('refuses a review by a meeting that cannot review the action', async () => {
    const core = makeTestCore();
    const { first, second, once, r1, s1, o1, review } = await reviewed(core);
    const before = dumpDatabase(core.db);
    for (const [actionId, meetingId] of [
      [s1.id, first.id], // an earlier meeting
      [s1.id, second.id], // the meeting it was decided in
      [o1.id, second.id], // an action of no series
      [r1.id, once.id], // a meeting of no series
    ] as const) {
      expect(
        await core.fails('action.review', { actionId, meetingId, outcome: 'done' }),
      ).toMatchObject({ code: 'conflict' });
    }
    expect(
      await core.fails('action.review', { actionId: 'nope', meetingId: second.id, outcome: null }),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await core.fails('action.review', { actionId: r1.id, meetingId: 'nope', outcome: null }),
    ).toMatchObject({ code: 'not_found' });
    expect(dumpDatabase(core.db)).toEqual(before);
    // The same action is reviewable by a later meeting of its series.
    expect(await review(r1.id, second.id, 'carried')).toMatchObject({ outcome: 'carried' });
  });
});

describe('action.exportCsv', () => {
  async function confidential(core: TestCore) {
    const { once, shelter, ana } = await world(core);
    const item = (title: string, confidentiality: 'shareable' | 'internal' | 'confidential') =>
      core.ok('agenda.add', {
        meetingId: once.id,
        item: { title, plannedMinutes: 5, confidentiality },
      });
    const open = await item('Open item', 'shareable');
    const internal = await item('Staff matters', 'internal');
    const secret = await item('Client case', 'confidential');
    await add(core, {
      meetingId: once.id,
      itemId: open.id,
      description: '=HYPERLINK("http://evil.example")',
      organizationId: shelter.id,
      personId: ana.id,
      dueDate: '2026-12-10',
    });
    await add(core, {
      meetingId: once.id,
      itemId: internal.id,
      description: 'Réviser la politique, "interne"',
      personName: 'Zoé',
    });
    await add(core, {
      meetingId: once.id,
      itemId: secret.id,
      description: 'Call the client about the eviction',
    });
    const general = await add(core, { meetingId: once.id, description: 'Book the room' });
    await core.ok('action.update', { id: general.id, changes: { status: 'done' } });
    return { once, secret };
  }

  const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;

  it('writes the register in English, never a confidential item’s actions', async () => {
    const core = makeTestCore();
    await confidential(core);
    const result = await core.ok('action.exportCsv', {
      today: TODAY,
      sort: 'created',
      language: 'en',
    });
    expect(result.filename).toBe('actions-2026-11-25.csv');
    expect(result.withheld).toBe(2);
    expect(result.csv.startsWith('\uFEFFDescription,Agency,Person,Due date,Status,Meeting,')).toBe(
      true,
    );
    expect(result.csv.endsWith('\r\n')).toBe(true);
    expect(result.csv.split('\r\n')).toHaveLength(4);
    expect(result.csv).not.toContain('eviction');
    expect(result.csv).not.toContain('politique');
    expect(parse(result.csv).filter((row) => row.length > 1)).toEqual([
      [
        'Description',
        'Agency',
        'Person',
        'Due date',
        'Status',
        'Meeting',
        'Meeting date',
        'Agenda item',
      ],
      [
        `'=HYPERLINK("http://evil.example")`,
        'Shelter North',
        'Ana Tremblay',
        '2026-12-10',
        'Open',
        'Budget meeting',
        '2026-12-01',
        'Open item',
      ],
      ['Book the room', '', '', '', 'Done', 'Budget meeting', '2026-12-01', ''],
    ]);
  });

  it('adds internal items’ actions only when asked, in French', async () => {
    const core = makeTestCore();
    await confidential(core);
    const result = await core.ok('action.exportCsv', {
      today: TODAY,
      sort: 'created',
      includeInternal: true,
      language: 'fr',
    });
    expect(result.withheld).toBe(1);
    expect(result.csv).not.toContain('eviction');
    const rows = parse(result.csv).filter((row) => row.length > 1);
    expect(rows[0]).toEqual([
      'Description',
      'Organisme',
      'Personne',
      'Échéance',
      'Statut',
      'Réunion',
      'Date de la réunion',
      "Point à l'ordre du jour",
    ]);
    expect(rows.map((row) => [row[0], row[4]])).toEqual([
      ['Description', 'Statut'],
      [`'=HYPERLINK("http://evil.example")`, 'En cours'],
      ['Réviser la politique, "interne"', 'En cours'],
      ['Book the room', 'Faite'],
    ]);
  });

  it('applies the register’s filters, all rows at once', async () => {
    const core = makeTestCore();
    await confidential(core);
    const open = await core.ok('action.exportCsv', {
      today: TODAY,
      status: ['open'],
      language: 'en',
    });
    // Withheld counts what the filters matched and confidentiality kept back.
    expect(open.withheld).toBe(2);
    expect(parse(open.csv).filter((row) => row.length > 1)).toHaveLength(2);
    const none = await core.ok('action.exportCsv', { today: TODAY, status: [], language: 'en' });
    expect(none).toMatchObject({ withheld: 0 });
    expect(none.csv).toBe(
      '\uFEFFDescription,Agency,Person,Due date,Status,Meeting,Meeting date,Agenda item\r\n',
    );
  });
});
