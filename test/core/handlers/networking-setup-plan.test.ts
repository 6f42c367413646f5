import { describe, expect, it } from 'vitest';
import type { NetworkingSession } from '../../../shared/contract';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { biweekly, changes, oneOff } from '../../helpers/meetings';

const AGENCIES = ['Shelter North', 'Community Health', 'Maison Sud', 'CLSC Est'];

/** 9 people from 4 agencies (3 + 2 + 2 + 2), the first from the directory. */
async function nineFromFourAgencies(core: TestCore, meetingId: string) {
  const shelter = await core.ok('org.create', { name: AGENCIES[0]! });
  const ana = await core.ok('person.create', {
    name: 'Ana Tremblay',
    membership: { organizationId: shelter.id },
  });
  await core.ok('networking.addParticipant', { meetingId, participant: { personId: ana.id } });
  const others: [string, string][] = [
    ['Bob', AGENCIES[0]!],
    ['Cam', AGENCIES[0]!],
    ['Dee', AGENCIES[1]!],
    ['Eve', AGENCIES[1]!],
    ['Fay', AGENCIES[2]!],
    ['Gus', AGENCIES[2]!],
    ['Hal', AGENCIES[3]!],
    ['Ivy', AGENCIES[3]!],
  ];
  for (const [name, agency] of others)
    await core.ok('networking.addParticipant', { meetingId, participant: { name, agency } });
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function pairsSeated(session: NetworkingSession): Set<string> {
  const pairs = new Set<string>();
  for (const round of session.plan?.rounds ?? []) {
    for (const table of round.tables) {
      for (let i = 0; i < table.length; i++)
        for (let j = i + 1; j < table.length; j++) pairs.add(pairKey(table[i]!, table[j]!));
    }
  }
  return pairs;
}

describe('networking.plan', () => {
  it('plans 9 people from 4 agencies in pairs: partitions, no colleagues together, fair sit-outs', async () => {
    const core = makeTestCore();
    const { id: meetingId } = await core.ok('meeting.create', oneOff({ kind: 'speed_networking' }));
    await nineFromFourAgencies(core, meetingId);
    const seen = changes(core);
    const session = await core.ok('networking.plan', { meetingId });
    expect(seen).toEqual([['networking']]);
    // The largest agency has 3 people: each can meet the 6 others.
    expect(session.advice).toEqual({ rounds: 6, reason: 'agencies', people: 9, agencySize: 3 });
    expect(session.format.rounds).toBe(6);
    const plan = session.plan!;
    expect(plan).toMatchObject({ repeats: 0, violations: 0, plannedAt: core.clock.now() });
    expect(plan.rounds.map((r) => [r.number, r.held])).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => [n, false]),
    );
    const agencyOf = new Map(session.participants.map((p) => [p.id, p.agency]));
    const everyone = [...agencyOf.keys()].sort();
    const satOut: string[] = [];
    for (const round of plan.rounds) {
      expect([...round.tables.flat(), ...round.sittingOut].sort()).toEqual(everyone);
      expect(round.tables.every((t) => t.length === 2)).toBe(true);
      expect(round.sittingOut).toHaveLength(1);
      satOut.push(...round.sittingOut);
      for (const [a, b] of round.tables) expect(agencyOf.get(a!)).not.toBe(agencyOf.get(b!));
    }
    // Nobody sits out twice before everyone has sat out once.
    expect(new Set(satOut).size).toBe(satOut.length);
    expect(session.planStale).toBe(false);
  });

  it('marks the plan stale when the participants, hosts, rules or format change, not the timings', async () => {
    const core = makeTestCore();
    const { id: meetingId } = await core.ok('meeting.create', oneOff({ kind: 'speed_networking' }));
    await nineFromFourAgencies(core, meetingId);
    await core.ok('networking.plan', { meetingId });
    let session = await core.ok('networking.setFormat', {
      meetingId,
      format: { roundSeconds: 300, switchSeconds: 90, autoAdvance: false },
    });
    expect(session.planStale).toBe(false);

    session = await core.ok('networking.addParticipant', {
      meetingId,
      participant: { name: 'Jo', agency: 'Police liaison' },
    });
    expect(session.planStale).toBe(true);
    session = await core.ok('networking.plan', { meetingId });
    expect(session.planStale).toBe(false);
    expect(session.plan!.rounds[0]!.tables.flat()).toContain(session.participants[9]!.id);

    const jo = session.participants[9]!.id;
    const ana = session.participants[0]!.id;
    session = await core.ok('networking.updateParticipant', { id: jo, changes: { host: true } });
    expect(session.planStale).toBe(true);
    session = await core.ok('networking.plan', { meetingId });
    // A host keeps one table all event.
    const hostTables = session.plan!.rounds.map((r) => r.tables.findIndex((t) => t.includes(jo)));
    expect(new Set(hostTables).size).toBe(1);

    session = await core.ok('networking.setKeepApart', { meetingId, pairs: [[ana, jo]] });
    expect(session.planStale).toBe(true);
    session = await core.ok('networking.plan', { meetingId });
    expect(pairsSeated(session).has(pairKey(ana, jo))).toBe(false);
    session = await core.ok('networking.updateParticipant', {
      id: ana,
      changes: { present: false },
    });
    expect(session.planStale).toBe(true);
    await core.ok('networking.plan', { meetingId });
    session = await core.ok('networking.setFormat', { meetingId, format: { seed: 42 } });
    expect(session.planStale).toBe(true);
  });

  it('is deterministic for one seed', async () => {
    const plans = [];
    for (let i = 0; i < 2; i++) {
      const core = makeTestCore();
      const { id: meetingId } = await core.ok(
        'meeting.create',
        oneOff({ kind: 'speed_networking' }),
      );
      await nineFromFourAgencies(core, meetingId);
      await core.ok('networking.setFormat', { meetingId, format: { groupSize: 3, seed: 7 } });
      plans.push((await core.ok('networking.plan', { meetingId })).plan!.rounds);
    }
    expect(plans[0]).toEqual(plans[1]);
  });

  it('plans 60 people in tables of 4 for 8 rounds', async () => {
    const core = makeTestCore();
    const { id: meetingId } = await core.ok(
      'meeting.create',
      oneOff({ kind: 'speed_networking', endTime: '12:00' }),
    );
    const csv = ['name,agency']
      .concat(Array.from({ length: 60 }, (_, i) => `Person ${i + 1},Agency ${(i % 15) + 1}`))
      .join('\n');
    await core.ok('networking.importCsv', { meetingId, csv });
    await core.ok('networking.setFormat', { meetingId, format: { groupSize: 4, rounds: 8 } });
    const session = await core.ok('networking.plan', { meetingId });
    expect(session.plan!.rounds).toHaveLength(8);
    expect(session.plan).toMatchObject({ repeats: 0, violations: 0 });
    expect(session.plan!.rounds.every((r) => r.tables.length === 15)).toBe(true);
  });

  it('re-plans only the rounds to come when the rounds or rules change during the event', async () => {
    const core = makeTestCore();
    const { id: meetingId } = await core.ok('meeting.create', oneOff({ kind: 'speed_networking' }));
    await nineFromFourAgencies(core, meetingId);
    const planned = await core.ok('networking.plan', { meetingId });
    await core.ok('networking.start', { meetingId });
    const longer = await core.ok('networking.setFormat', { meetingId, format: { rounds: 7 } });
    expect(longer.planStale).toBe(false);
    expect(longer.plan!.rounds).toHaveLength(7);
    expect(longer.plan!.rounds[0]).toEqual({ ...planned.plan!.rounds[0]!, held: true });
    const [ana, bob] = longer.participants.map((p) => p.id);
    const apart = await core.ok('networking.setKeepApart', { meetingId, pairs: [[ana!, bob!]] });
    expect(apart.planStale).toBe(false);
    expect(apart.plan!.rounds[0]).toEqual(longer.plan!.rounds[0]);
  });

  it('refuses to plan fewer than two present people', async () => {
    const core = makeTestCore();
    const { id: meetingId } = await core.ok('meeting.create', oneOff({ kind: 'speed_networking' }));
    await core.ok('networking.addParticipant', { meetingId, participant: { name: 'Ana' } });
    await core.ok('networking.addParticipant', {
      meetingId,
      participant: { name: 'Bob', present: false },
    });
    const error = await core.fails('networking.plan', { meetingId });
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['participants'], message: 'tooFewParticipants' }],
    });
  });
});

describe('history from earlier sessions of the series', () => {
  it('avoids pairs who met at the series’ earlier event', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok(
      'series.create',
      biweekly({ title: 'Réseautage', kind: 'speed_networking' }),
    );
    const people: [string, string][] = [
      ['Ana', 'Shelter North'],
      ['Bob', 'Community Health'],
      ['Cam', 'Maison Sud'],
      ['Dee', 'CLSC Est'],
      ['Eve', 'Police liaison'],
      ['Fay', 'Employment Plus'],
    ];
    const addAll = async (meetingId: string) => {
      for (const [name, agency] of people)
        await core.ok('networking.addParticipant', { meetingId, participant: { name, agency } });
    };
    // The first event: one round held, then finished (the run handlers save who met whom).
    await addAll(firstMeeting.id);
    await core.ok('networking.setFormat', { meetingId: firstMeeting.id, format: { rounds: 5 } });
    await core.ok('networking.plan', { meetingId: firstMeeting.id });
    await core.ok('networking.start', { meetingId: firstMeeting.id });
    const first = await core.ok('networking.finish', { meetingId: firstMeeting.id });
    const nameOf = new Map(first.participants.map((p) => [p.id, p.name]));
    const metBefore = first.plan!.rounds[0]!.tables.map(([a, b]) =>
      pairKey(nameOf.get(a!)!, nameOf.get(b!)!),
    );
    expect(metBefore).toHaveLength(3);

    const second = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-12-15',
      language: 'en',
    });
    await addAll(second.id);
    // K6 without the 3 pairs who met leaves 4 rounds in which nobody meets anyone twice.
    await core.ok('networking.setFormat', { meetingId: second.id, format: { rounds: 4 } });
    const session = await core.ok('networking.plan', { meetingId: second.id });
    expect(session.historyPairs).toBe(3);
    expect(session.plan).toMatchObject({ repeats: 0, violations: 0 });
    const names = new Map(session.participants.map((p) => [p.id, p.name]));
    const seated = [...pairsSeated(session)].map((k) => {
      const [a, b] = k.split('|');
      return pairKey(names.get(a!)!, names.get(b!)!);
    });
    for (const pair of metBefore) expect(seated).not.toContain(pair);

    // Without history, the planner may seat them again (and the count still says who met).
    const off = await core.ok('networking.setFormat', {
      meetingId: second.id,
      format: { useHistory: false, rounds: 5 },
    });
    expect(off.historyPairs).toBe(3);
    const replanned = await core.ok('networking.plan', { meetingId: second.id });
    expect(replanned.plan!.repeats).toBe(0);
    expect(pairsSeated(replanned).size).toBe(15);
  });
});
