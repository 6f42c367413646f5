import { describe, expect, it, vi } from 'vitest';
import { makeTestCore } from '../../helpers/core';
import { changes } from '../../helpers/meetings';
import { orgs } from '../../helpers/partners';

async function setUp() {
  const core = makeTestCore();
  const [Shelter, Health, Police, Maybe, Gone] = await orgs(
    core,
    'Shelter North',
    'Community Health',
    'Police Liaison',
    'Maybe Later',
    'Gone Away',
  );
  await core.ok('partner.setProfile', { organizationId: Maybe, networkStatus: 'potential' });
  await core.ok('org.setArchived', { id: Gone, archived: true });
  return { core, Shelter, Health, Police, Maybe, Gone };
}

describe('change.add', () => {
  it('lists every member partner to tell, but the organization whose change it is', async () => {
    const { core, Shelter, Health, Police } = await setUp();
    const seen = changes(core);
    const change = await core.ok('change.add', {
      title: 'Intake criteria widened',
      description: 'Now 16 and over.',
      organizationId: Shelter,
      effectiveDate: '2027-01-01',
    });
    expect(change).toEqual({
      id: change.id,
      title: 'Intake criteria widened',
      description: 'Now 16 and over.',
      organizationId: Shelter,
      organizationName: 'Shelter North',
      effectiveDate: '2027-01-01',
      // By name; the potential partner and the archived one are not told.
      notices: [
        { organizationId: Health, name: 'Community Health', notifiedOn: null },
        { organizationId: Police, name: 'Police Liaison', notifiedOn: null },
      ],
      notifiedCount: 0,
      createdAt: core.clock.now(),
      updatedAt: core.clock.now(),
    });
    expect(seen).toEqual([['partners']]);
  });

  it('lists all members for the user’s own change, or only the partners named', async () => {
    const { core, Shelter, Health, Police, Maybe } = await setUp();
    const own = await core.ok('change.add', { title: 'Program closing' });
    expect(own.organizationId).toBeNull();
    expect(own.notices.map((n) => n.organizationId)).toEqual([Health, Police, Shelter]);
    const named = await core.ok('change.add', {
      title: 'New service',
      partnerIds: [Maybe, Health, Maybe],
    });
    expect(named.notices.map((n) => n.name)).toEqual(['Community Health', 'Maybe Later']);
    expect(await core.fails('change.add', { title: 'x', partnerIds: ['nope'] })).toMatchObject({
      code: 'not_found',
    });
    expect(await core.fails('change.add', { title: '  ' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['title'], message: 'required' }],
    });
  });
});

describe('the notification checklist', () => {
  it('ticks a partner with the day told, unticks it, adds one not listed and removes one', async () => {
    const { core, Shelter, Health, Police, Maybe } = await setUp();
    const change = await core.ok('change.add', { title: 'Intake', organizationId: Shelter });
    const ticked = await core.ok('change.setNotified', {
      id: change.id,
      organizationId: Health,
      notifiedOn: '2026-11-20',
    });
    expect(ticked.notices).toEqual([
      { organizationId: Health, name: 'Community Health', notifiedOn: '2026-11-20' },
      { organizationId: Police, name: 'Police Liaison', notifiedOn: null },
    ]);
    expect(ticked.notifiedCount).toBe(1);
    const unticked = await core.ok('change.setNotified', {
      id: change.id,
      organizationId: Health,
      notifiedOn: null,
    });
    expect(unticked.notifiedCount).toBe(0);
    const added = await core.ok('change.setNotified', {
      id: change.id,
      organizationId: Maybe,
      notifiedOn: '2026-11-23',
    });
    expect(added.notices.map((n) => [n.name, n.notifiedOn])).toEqual([
      ['Community Health', null],
      ['Maybe Later', '2026-11-23'],
      ['Police Liaison', null],
    ]);
    const removed = await core.ok('change.removePartner', {
      id: change.id,
      organizationId: Police,
    });
    expect(removed.notices.map((n) => n.name)).toEqual(['Community Health', 'Maybe Later']);
    // Twice is no error: the second click finds it gone.
    expect(
      (await core.ok('change.removePartner', { id: change.id, organizationId: Police })).notices,
    ).toHaveLength(2);
    expect(
      await core.fails('change.setNotified', {
        id: change.id,
        organizationId: 'nope',
        notifiedOn: null,
      }),
    ).toMatchObject({ code: 'not_found' });
  });

  it('counts a change pending while some partner has not been told', async () => {
    const { core, Shelter, Health, Police } = await setUp();
    const first = await core.ok('change.add', { title: 'First', organizationId: Shelter });
    core.clock.advance(1000);
    const second = await core.ok('change.add', { title: 'Second', partnerIds: [Health] });
    core.clock.advance(1000);
    await core.ok('change.add', { title: 'Nobody to tell', partnerIds: [] });
    await core.ok('change.setNotified', {
      id: second.id,
      organizationId: Health,
      notifiedOn: '2026-11-23',
    });
    const titles = async (pendingOnly: boolean) =>
      (await core.ok('change.list', { pendingOnly })).map((c) => c.title);
    expect(await titles(false)).toEqual(['Nobody to tell', 'Second', 'First']);
    expect(await titles(true)).toEqual(['First']);
    expect((await core.ok('home.dashboard', {})).changesPending).toEqual([
      { id: first.id, title: 'First', notifiedCount: 0, totalCount: 2 },
    ]);

    await core.ok('change.setNotified', {
      id: first.id,
      organizationId: Health,
      notifiedOn: '2026-11-23',
    });
    expect((await core.ok('home.dashboard', {})).changesPending).toEqual([
      { id: first.id, title: 'First', notifiedCount: 1, totalCount: 2 },
    ]);
    // A partner archived since needs no telling: the change is no longer pending.
    await core.ok('org.setArchived', { id: Police, archived: true });
    expect(await titles(true)).toEqual([]);
    expect((await core.ok('home.dashboard', {})).changesPending).toEqual([]);
    expect((await core.ok('change.list', {}))[2]!.notices).toHaveLength(1);
  });
});

describe('change.update / delete / undelete', () => {
  it('edits, deletes softly with its checklist kept, and undeletes', async () => {
    const { core, Health } = await setUp();
    const change = await core.ok('change.add', { title: 'Intake', partnerIds: [Health] });
    await core.ok('change.setNotified', {
      id: change.id,
      organizationId: Health,
      notifiedOn: '2026-11-22',
    });
    core.clock.advance(5);
    const updated = await core.ok('change.update', {
      id: change.id,
      changes: { title: 'Intake criteria', effectiveDate: '2027-02-01', organizationId: Health },
    });
    expect(updated).toMatchObject({
      title: 'Intake criteria',
      effectiveDate: '2027-02-01',
      organizationName: 'Community Health',
      notifiedCount: 1,
      updatedAt: change.createdAt + 5,
    });
    expect(await core.ok('change.delete', { id: change.id })).toEqual({ id: change.id });
    expect(await core.ok('change.list', {})).toEqual([]);
    expect(
      await core.fails('change.setNotified', {
        id: change.id,
        organizationId: Health,
        notifiedOn: null,
      }),
    ).toMatchObject({ code: 'not_found' });
    expect(await core.fails('change.delete', { id: change.id })).toMatchObject({
      code: 'not_found',
    });
    const back = await core.ok('change.undelete', { id: change.id });
    expect(back).toMatchObject({ title: 'Intake criteria', notifiedCount: 1 });
    expect(await core.ok('change.list', {})).toEqual([back]);
  });
});

describe('change.list', () => {
  /** Statement executions (all/get/iterate) while `run` runs. */
  async function queries(core: ReturnType<typeof makeTestCore>, run: () => Promise<unknown>) {
    const statement = Object.getPrototypeOf(core.db.prepare('SELECT 1')) as Record<
      'all' | 'get' | 'iterate',
      () => unknown
    >;
    const spies = (['all', 'get', 'iterate'] as const).map((m) => vi.spyOn(statement, m));
    try {
      await run();
      return spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  }

  it('gives each change the checklist it reads alone, in as many queries for 12 changes as for 2', async () => {
    const { core, Shelter, Health, Police, Maybe, Gone } = await setUp();
    const add = async (n: number) => {
      const change = await core.ok('change.add', {
        title: `Change ${n}`,
        organizationId: n % 3 === 0 ? Shelter : null,
        partnerIds: n % 4 === 0 ? [Maybe, Health] : undefined,
      });
      if (n % 2) {
        await core.ok('change.setNotified', {
          id: change.id,
          organizationId: Police,
          notifiedOn: '2026-11-20',
        });
      }
      core.clock.advance(1000);
      return change;
    };
    for (const n of [1, 2]) await add(n);
    const few = await queries(core, () => core.ok('change.list', {}));
    for (let n = 3; n <= 12; n++) await add(n);
    // A deleted change's checklist stays out; a partner archived since is left off every one.
    await core.ok('change.delete', { id: (await add(13)).id });
    await core.ok('org.setArchived', { id: Gone, archived: false });
    const told = await core.ok('change.setNotified', {
      id: (await core.ok('change.list', {}))[0]!.id,
      organizationId: Gone,
      notifiedOn: '2026-11-21',
    });
    await core.ok('org.setArchived', { id: Gone, archived: true });
    expect(told.notices.map((n) => n.name)).toContain('Gone Away');

    expect(await queries(core, () => core.ok('change.list', {}))).toBe(few);
    const listed = await core.ok('change.list', {});
    expect(listed.map((c) => c.title)).toEqual(
      Array.from({ length: 12 }, (_, n) => `Change ${12 - n}`),
    );
    for (const change of listed) {
      // An update with no changes reads the one change back on its own.
      expect(await core.ok('change.update', { id: change.id, changes: {} })).toEqual({
        ...change,
        updatedAt: core.clock.now(),
      });
    }
    // Told, then archived: off the list.
    expect(listed[0]!.notices.map((n) => n.name)).toEqual(['Community Health', 'Maybe Later']);
    expect(listed[0]!.notifiedCount).toBe(0);
    expect(listed[1]!.notices.map((n) => [n.name, n.notifiedOn])).toEqual([
      ['Community Health', null],
      ['Police Liaison', '2026-11-20'],
      ['Shelter North', null],
    ]);
    expect(listed[1]!.notifiedCount).toBe(1);
  });
});
