import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../helpers/core';
import { changes } from '../../helpers/meetings';
import { heldMeeting, orgs } from '../../helpers/partners';

async function setUp() {
  const core = makeTestCore();
  const [Shelter, Health, Police] = await orgs(
    core,
    'Shelter North',
    'Community Health',
    'Police Liaison',
  );
  return { core, Shelter, Health, Police };
}

describe('connection.add / update / delete / undelete', () => {
  it('records a connection with both names, and lists it from either end', async () => {
    const { core, Shelter, Health, Police } = await setUp();
    const seen = changes(core);
    const connection = await core.ok('connection.add', {
      fromId: Shelter,
      toId: Health,
      kind: 'refers_to',
      note: ' Detox beds ',
      since: '2024-05-01',
    });
    expect(connection).toEqual({
      id: connection.id,
      fromId: Shelter,
      fromName: 'Shelter North',
      toId: Health,
      toName: 'Community Health',
      kind: 'refers_to',
      note: 'Detox beds',
      since: '2024-05-01',
      createdAt: core.clock.now(),
    });
    expect(seen).toEqual([['partners']]);
    const other = await core.ok('connection.add', { fromId: Police, toId: Shelter, kind: 'funds' });
    expect(
      (await core.ok('connection.list', { organizationId: Shelter })).map((c) => c.id),
    ).toEqual([other.id, connection.id]);
    expect((await core.ok('connection.list', { organizationId: Health })).map((c) => c.id)).toEqual(
      [connection.id],
    );
    expect(await core.ok('connection.list', {})).toHaveLength(2);
  });

  it('refuses the same connection twice, told either way round, with a clear message', async () => {
    const { core, Shelter, Health } = await setUp();
    await core.ok('connection.add', { fromId: Shelter, toId: Health, kind: 'refers_to' });
    await core.ok('connection.add', { fromId: Shelter, toId: Health, kind: 'partners_with' });
    const duplicate = {
      code: 'conflict',
      message: 'This connection between these two organizations is already recorded.',
      issues: [{ path: ['kind'], message: 'duplicateConnection' }],
    };
    expect(
      await core.fails('connection.add', { fromId: Shelter, toId: Health, kind: 'refers_to' }),
    ).toEqual(duplicate);
    // Health receiving Shelter's referrals is the same fact; so is partnering the other way.
    expect(
      await core.fails('connection.add', {
        fromId: Health,
        toId: Shelter,
        kind: 'receives_referrals_from',
      }),
    ).toEqual(duplicate);
    expect(
      await core.fails('connection.add', { fromId: Health, toId: Shelter, kind: 'partners_with' }),
    ).toEqual(duplicate);
    // Referring back is a different fact, and so is funding.
    await core.ok('connection.add', { fromId: Health, toId: Shelter, kind: 'refers_to' });
    await core.ok('connection.add', { fromId: Health, toId: Shelter, kind: 'funds' });
    await core.ok('connection.add', { fromId: Shelter, toId: Health, kind: 'funds' });
  });

  it('refuses a connection to itself and unknown organizations', async () => {
    const { core, Shelter } = await setUp();
    expect(
      await core.fails('connection.add', { fromId: Shelter, toId: Shelter, kind: 'funds' }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['toId'], message: 'selfConnection' }],
    });
    expect(
      await core.fails('connection.add', { fromId: Shelter, toId: 'nope', kind: 'funds' }),
    ).toMatchObject({ code: 'not_found' });
  });

  it('updates kind, note and since, refusing a kind already recorded', async () => {
    const { core, Shelter, Health } = await setUp();
    const refers = await core.ok('connection.add', {
      fromId: Shelter,
      toId: Health,
      kind: 'refers_to',
    });
    await core.ok('connection.add', { fromId: Shelter, toId: Health, kind: 'co_located' });
    expect(
      await core.ok('connection.update', {
        id: refers.id,
        changes: { note: 'Two a month', since: null },
      }),
    ).toMatchObject({ kind: 'refers_to', note: 'Two a month', since: null });
    expect(
      await core.fails('connection.update', { id: refers.id, changes: { kind: 'co_located' } }),
    ).toMatchObject({ code: 'conflict' });
    expect(
      await core.ok('connection.update', { id: refers.id, changes: { kind: 'funds' } }),
    ).toMatchObject({ kind: 'funds', note: 'Two a month' });
  });

  it('deletes softly, and undeletes unless the same connection was recorded meanwhile', async () => {
    const { core, Shelter, Health } = await setUp();
    const first = await core.ok('connection.add', {
      fromId: Shelter,
      toId: Health,
      kind: 'refers_to',
    });
    expect(await core.ok('connection.delete', { id: first.id })).toEqual({ id: first.id });
    expect(await core.ok('connection.list', {})).toEqual([]);
    expect(await core.fails('connection.delete', { id: first.id })).toMatchObject({
      code: 'not_found',
    });
    expect(await core.ok('connection.undelete', { id: first.id })).toEqual(first);
    await core.ok('connection.delete', { id: first.id });
    await core.ok('connection.add', { fromId: Shelter, toId: Health, kind: 'refers_to' });
    expect(await core.fails('connection.undelete', { id: first.id })).toMatchObject({
      code: 'conflict',
    });
  });

  it('goes with an organization deleted', async () => {
    const { core, Shelter, Health } = await setUp();
    await core.ok('connection.add', { fromId: Shelter, toId: Health, kind: 'refers_to' });
    await core.ok('org.delete', { id: Health });
    expect(await core.ok('connection.list', {})).toEqual([]);
  });
});

describe('connection.ask', () => {
  it('records what an organization named, creating unknown ones as potential partners', async () => {
    const { core, Shelter, Health } = await setUp();
    const seen = changes(core);
    const result = await core.ok('connection.ask', {
      organizationId: Shelter,
      askedOn: '2026-11-20',
      named: [
        { organizationId: Health, kind: 'refers_to', note: 'Nurses on site' },
        // Found despite accents and case: no second "Community Health".
        { newName: 'COMMUNITY HÉALTH', kind: 'partners_with' },
        { newName: 'Banque alimentaire de l’Est', kind: 'receives_referrals_from' },
        { newName: 'banque alimentaire de l’est', kind: 'co_located' },
      ],
    });
    expect(result.createdOrganizationIds).toHaveLength(1);
    const [bank] = result.createdOrganizationIds;
    expect(result.connections.map((c) => [c.fromId, c.toName, c.kind, c.since, c.note])).toEqual([
      [Shelter, 'Community Health', 'refers_to', '2026-11-20', 'Nurses on site'],
      [Shelter, 'Community Health', 'partners_with', '2026-11-20', ''],
      [Shelter, 'Banque alimentaire de l’Est', 'receives_referrals_from', '2026-11-20', ''],
      [Shelter, 'Banque alimentaire de l’Est', 'co_located', '2026-11-20', ''],
    ]);
    expect(await core.ok('org.get', { id: bank! })).toMatchObject({
      organization: { name: 'Banque alimentaire de l’Est', kind: 'external_partner' },
    });
    const cadence = await core.ok('partner.cadence', { networkStatus: 'potential' });
    expect(cadence.map((p) => p.organizationId)).toEqual([bank]);
    // The new organization is in the directory too.
    expect(seen.flat().sort()).toEqual(['directory', 'partners']);

    // Asked again: what is recorded is returned as it is, nothing doubles.
    const again = await core.ok('connection.ask', {
      organizationId: Shelter,
      askedOn: '2026-11-23',
      named: [{ newName: 'Banque Alimentaire de l’Est', kind: 'co_located' }],
    });
    expect(again.createdOrganizationIds).toEqual([]);
    expect(again.connections).toEqual([result.connections[3]]);
    expect(await core.ok('connection.list', {})).toHaveLength(4);
  });

  it('records nothing when one entry is wrong', async () => {
    const { core, Shelter, Health } = await setUp();
    const before = await core.ok('org.list', {});
    expect(
      await core.fails('connection.ask', {
        organizationId: Shelter,
        askedOn: '2026-11-20',
        named: [
          { newName: 'Brand New Agency', kind: 'refers_to' },
          { organizationId: Health, kind: 'funds' },
          { newName: 'shelter north', kind: 'funds' },
        ],
      }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['named', 2, 'newName'], message: 'selfConnection' }],
    });
    expect(await core.ok('org.list', {})).toEqual(before);
    expect(await core.ok('connection.list', {})).toEqual([]);
    expect(
      await core.fails('connection.ask', {
        organizationId: Shelter,
        askedOn: '2026-11-20',
        named: [{ kind: 'funds' }],
      }),
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: ['named', 0, 'newName'] }] });
    expect(
      await core.fails('connection.ask', {
        organizationId: Shelter,
        askedOn: '2026-11-20',
        named: [],
      }),
    ).toMatchObject({ code: 'invalid_input' });
  });
});

describe('network.graph', () => {
  it('shows organizations not archived with their status and attendance, and live edges between them', async () => {
    const { core, Shelter, Health, Police } = await setUp();
    const [Closed] = await orgs(core, 'Closed Agency');
    await core.ok('partner.setProfile', { organizationId: Police, networkStatus: 'potential' });
    await heldMeeting(core, '2026-10-06', { present: [Shelter], absent: [Health] });
    await heldMeeting(core, '2026-11-03', { present: [Shelter, Health] });
    await heldMeeting(core, '2026-11-17', { absent: [Shelter] });
    const edge = await core.ok('connection.add', { fromId: Shelter, toId: Health, kind: 'funds' });
    const gone = await core.ok('connection.add', {
      fromId: Shelter,
      toId: Police,
      kind: 'refers_to',
    });
    await core.ok('connection.delete', { id: gone.id });
    await core.ok('connection.add', { fromId: Closed, toId: Health, kind: 'co_located' });
    await core.ok('org.setArchived', { id: Closed, archived: true });

    expect(await core.ok('network.graph', {})).toEqual({
      nodes: [
        {
          id: Health,
          name: 'Community Health',
          shortName: '',
          networkStatus: 'member',
          everRepresented: true,
          lastAttended: '2026-11-03',
        },
        {
          id: Police,
          name: 'Police Liaison',
          shortName: '',
          networkStatus: 'potential',
          everRepresented: false,
          lastAttended: null,
        },
        {
          id: Shelter,
          name: 'Shelter North',
          shortName: '',
          networkStatus: 'member',
          everRepresented: true,
          lastAttended: '2026-11-03',
        },
      ],
      edges: [edge],
    });
  });
});
