import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../helpers/core';

describe('organizations', () => {
  it('creates, lists with accent-insensitive search, updates and archives', async () => {
    const core = makeTestCore();
    const org = await core.ok('org.create', {
      name: 'Société de logement',
      shortName: 'SDL',
      kind: 'funded_program',
      services: 'Housing First',
    });
    expect(org).toMatchObject({
      id: 'id-1',
      name: 'Société de logement',
      email: '',
      archivedAt: null,
    });
    await core.ok('org.create', { name: 'Police Liaison Unit' });

    expect((await core.ok('org.list', { query: 'societe' })).map((o) => o.name)).toEqual([
      'Société de logement',
    ]);
    expect((await core.ok('org.list', { query: 'housing first' })).map((o) => o.id)).toEqual([
      'id-1',
    ]);
    expect(await core.ok('org.list', { query: '100%' })).toEqual([]);

    core.clock.advance(1000);
    const updated = await core.ok('org.update', {
      id: org.id,
      changes: { phone: '+1 613 555-0100' },
    });
    expect(updated).toMatchObject({
      name: 'Société de logement',
      shortName: 'SDL',
      phone: '+1 613 555-0100',
    });
    expect(updated.updatedAt).toBe(org.createdAt + 1000);

    await core.ok('org.setArchived', { id: org.id, archived: true });
    expect((await core.ok('org.list', {})).map((o) => o.name)).toEqual(['Police Liaison Unit']);
    expect(await core.ok('org.list', { includeArchived: true })).toHaveLength(2);
    await core.ok('org.setArchived', { id: org.id, archived: false });
    expect(await core.ok('org.list', {})).toHaveLength(2);
  });

  it('refuses a second organization with the same name, whatever the case, accents or punctuation', async () => {
    const core = makeTestCore();
    await core.ok('org.create', { name: 'Shelter North' });
    const error = await core.fails('org.create', { name: 'shelter north' });
    expect(await core.fails('org.create', { name: 'SHELTER-NORTH' })).toMatchObject({
      code: 'conflict',
    });
    await core.ok('org.create', { name: 'Société Saint-Jérôme' });
    expect(await core.fails('org.create', { name: 'societe saint jerome' })).toMatchObject({
      code: 'conflict',
    });
    expect(error).toMatchObject({
      code: 'conflict',
      issues: [{ path: ['name'], message: 'duplicateName' }],
    });
  });

  it('gives field-level keys for invalid fields', async () => {
    const core = makeTestCore();
    const error = await core.fails('org.create', {
      name: '  ',
      email: 'nope',
      website: 'not a site',
      lastVerified: '2026-13-40',
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['name', 'required'],
      ['email', 'invalidEmail'],
      ['website', 'invalidUrl'],
      ['lastVerified', 'invalidDate'],
    ]);
  });

  it('deletes an unreferenced organization but not one with people on record', async () => {
    const core = makeTestCore();
    const a = await core.ok('org.create', { name: 'A' });
    const b = await core.ok('org.create', { name: 'B' });
    await core.ok('person.create', { name: 'Ana', membership: { organizationId: b.id } });
    await core.ok('org.delete', { id: a.id });
    expect(await core.fails('org.delete', { id: b.id })).toMatchObject({ code: 'conflict' });
    expect(await core.fails('org.get', { id: a.id })).toMatchObject({ code: 'not_found' });
  });
});

describe('people and their organizations over time', () => {
  it('keeps the history when someone changes jobs', async () => {
    const core = makeTestCore();
    const shelter = await core.ok('org.create', { name: 'Shelter North' });
    const health = await core.ok('org.create', { name: 'Community Health' });
    const ana = await core.ok('person.create', {
      name: 'Ana Tremblay',
      email: 'ana@example.org',
      membership: { organizationId: shelter.id, role: 'Case worker', startDate: '2024-01-15' },
    });
    const first = (await core.ok('person.get', { id: ana.id })).memberships[0]!;
    await core.ok('membership.update', { id: first.id, changes: { endDate: '2026-03-31' } });
    await core.ok('membership.add', {
      personId: ana.id,
      organizationId: health.id,
      role: 'Outreach lead',
      startDate: '2026-04-01',
    });

    const { memberships } = await core.ok('person.get', { id: ana.id });
    expect(memberships.map((m) => [m.organizationName, m.role, m.endDate])).toEqual([
      ['Community Health', 'Outreach lead', null],
      ['Shelter North', 'Case worker', '2026-03-31'],
    ]);
    const [listed] = await core.ok('person.list', {});
    expect(listed?.current.map((m) => m.organizationName)).toEqual(['Community Health']);
    expect((await core.ok('org.list', {})).map((o) => [o.name, o.currentPeople])).toEqual([
      ['Community Health', 1],
      ['Shelter North', 0],
    ]);
    // Found by the name of the organization they work at now, not the one they left.
    expect(await core.ok('person.list', { query: 'community' })).toHaveLength(1);
    expect(await core.ok('person.list', { query: 'shelter' })).toHaveLength(0);
    expect((await core.ok('org.get', { id: shelter.id })).members.map((m) => m.personName)).toEqual(
      ['Ana Tremblay'],
    );
  });

  it('refuses an end date before the start date, at creation and on update', async () => {
    const core = makeTestCore();
    const org = await core.ok('org.create', { name: 'A' });
    const error = await core.fails('person.create', {
      name: 'Bo',
      membership: { organizationId: org.id, startDate: '2026-05-01', endDate: '2026-04-01' },
    });
    expect(error.issues?.[0]).toMatchObject({ message: 'endBeforeStart' });
    expect(await core.ok('person.list', {})).toEqual([]);

    const bo = await core.ok('person.create', {
      name: 'Bo',
      membership: { organizationId: org.id, startDate: '2026-05-01' },
    });
    const [job] = (await core.ok('person.get', { id: bo.id })).memberships;
    expect(
      await core.fails('membership.update', { id: job!.id, changes: { endDate: '2026-01-01' } }),
    ).toMatchObject({
      code: 'invalid_input',
    });
  });

  it('archives, restores and deletes a person with their memberships', async () => {
    const core = makeTestCore();
    const org = await core.ok('org.create', { name: 'A' });
    const p = await core.ok('person.create', {
      name: 'Cy',
      membership: { organizationId: org.id },
    });
    await core.ok('person.setArchived', { id: p.id, archived: true });
    expect(await core.ok('person.list', {})).toEqual([]);
    expect(await core.ok('person.list', { includeArchived: true })).toHaveLength(1);
    await core.ok('person.delete', { id: p.id });
    expect(core.db.prepare('SELECT count(*) AS n FROM memberships').get()).toEqual({ n: 0 });
    await core.ok('org.delete', { id: org.id });
  });

  it('emits data.changed after a successful write only', async () => {
    const core = makeTestCore();
    const seen: unknown[] = [];
    core.onEvent((e) => seen.push(e));
    await core.ok('org.create', { name: 'A' });
    await core.fails('org.create', { name: 'A' });
    expect(seen).toEqual([{ event: 'data.changed', payload: { domains: ['directory'] } }]);
  });

  it('lists names in alphabetical order whatever their accents', async () => {
    const core = makeTestCore();
    for (const name of ['Zénith', 'École des parents', 'Œuvre Léger', 'Abri', 'Éva Roy']) {
      await core.ok('org.create', { name });
    }
    for (const name of ['Noël Roy', 'Émilie Côté', 'François Dubé'])
      await core.ok('person.create', { name });
    expect((await core.ok('org.list', {})).map((o) => o.name)).toEqual([
      'Abri',
      'École des parents',
      'Éva Roy',
      'Œuvre Léger',
      'Zénith',
    ]);
    expect((await core.ok('person.list', {})).map((p) => p.name)).toEqual([
      'Émilie Côté',
      'François Dubé',
      'Noël Roy',
    ]);
  });

  it('refuses a second open-ended job at the same organization', async () => {
    const core = makeTestCore();
    const org = await core.ok('org.create', { name: 'Refuge' });
    const ana = await core.ok('person.create', {
      name: 'Ana',
      membership: { organizationId: org.id, startDate: '2020-01-01' },
    });
    expect(
      await core.fails('membership.add', {
        personId: ana.id,
        organizationId: org.id,
        startDate: '2030-01-01',
      }),
    ).toMatchObject({
      code: 'conflict',
      issues: [{ path: ['organizationId'], message: 'alreadyCurrent' }],
    });
    // A past stint there is history, and may be recorded.
    await core.ok('membership.add', {
      personId: ana.id,
      organizationId: org.id,
      startDate: '2015-01-01',
      endDate: '2016-12-31',
    });
  });
});
