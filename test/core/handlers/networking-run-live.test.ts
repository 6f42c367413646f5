import { describe, expect, it } from 'vitest';
import type { NetworkingSession } from '../../../shared/contract';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { changes } from '../../helpers/meetings';
import { MIN, networkingEvent, pairsOf, where } from './networking-run-fixtures';

const idOf = (session: NetworkingSession, name: string) =>
  session.participants.find((p) => p.name === name)!.id;

/** Everyone the round seats or sits out. */
const peopleOf = (round: { tables: string[][]; sittingOut: string[] }) =>
  [...round.tables.flat(), ...round.sittingOut].sort();

const noRepeats = (session: NetworkingSession) => {
  const pairs = pairsOf(session.plan!.rounds);
  return new Set(pairs).size === pairs.length;
};

async function during(
  core: TestCore,
  options: Parameters<typeof networkingEvent>[1],
  steps: number,
): Promise<{ meetingId: string; before: NetworkingSession }> {
  const { meetingId } = await networkingEvent(core, options);
  await core.ok('networking.start', { meetingId });
  for (let i = 0; i < steps; i++) await core.ok('networking.advance', { meetingId });
  return { meetingId, before: await core.ok('networking.get', { meetingId }) };
}

describe('a late arrival', () => {
  it('during a switch is seated from the next round; held rounds stay; undo restores exactly', async () => {
    const core = makeTestCore();
    // Five people in pairs: someone sits out round 1; the switch after it is on.
    const { meetingId, before } = await during(core, { people: 5, format: { rounds: 4 } }, 1);
    expect(where(before)).toMatchObject({ phase: 'switch', round: 1 });
    const seen = changes(core);

    const after = await core.ok('networking.arrive', {
      meetingId,
      participant: { name: 'Zoé Late', agency: 'Agency 9' },
    });
    expect(seen).toEqual([['networking', 'meetings']]);
    const zoe = after.participants.find((p) => p.name === 'Zoé Late')!;
    expect(zoe).toMatchObject({ present: true, fromRound: 2, leftAfterRound: null });
    const [held, ...rest] = after.plan!.rounds;
    expect(held).toEqual(before.plan!.rounds[0]);
    expect(rest.map((r) => r.number)).toEqual([2, 3, 4]);
    for (const round of rest) {
      expect(round.held).toBe(false);
      // Six people in pairs: everyone seated, the arrival too.
      expect(round.sittingOut).toEqual([]);
      expect(round.tables.flat()).toContain(zoe.id);
      expect(peopleOf(round)).toEqual([...before.participants.map((p) => p.id), zoe.id].sort());
    }
    expect(noRepeats(after)).toBe(true);
    expect(after.plan!.repeats).toBe(0);
    expect(after.planStale).toBe(false);
    expect(after.undo).toEqual({ kind: 'arrival', name: 'Zoé Late' });
    // The countdown is not touched.
    expect(after.run).toEqual(before.run);

    const undone = await core.ok('networking.undoChange', { meetingId });
    expect(undone).toEqual(before);
    expect(seen).toHaveLength(2);
  });

  it('is seated when the next round starts by itself', async () => {
    const core = makeTestCore();
    const { meetingId } = await during(core, { people: 4 }, 1);
    const after = await core.ok('networking.arrive', {
      meetingId,
      participant: { name: 'Late Comer', agency: 'Agency 9' },
    });
    core.clock.advance(2 * MIN);
    const session = await core.ok('networking.get', { meetingId });
    expect(where(session)).toMatchObject({ phase: 'round', round: 2 });
    const round2 = session.plan!.rounds[1]!;
    expect(round2).toEqual({ ...after.plan!.rounds[1], held: true });
    expect(peopleOf(round2)).toContain(idOf(session, 'Late Comer'));
    // A change can be undone until the rounds it re-planned start.
    expect(session.undo).toBeNull();
    expect(await core.fails('networking.undoChange', { meetingId })).toMatchObject({
      code: 'conflict',
      message:
        'There is no arrival or departure to undo (a change can be undone until the next round starts).',
    });
  });

  it('during a round applies from the next one, so back-to-back rounds (no switch) allow it', async () => {
    const core = makeTestCore();
    const { meetingId, before } = await during(core, { format: { switchSeconds: 0 } }, 0);
    expect(where(before)).toMatchObject({ phase: 'round', round: 1 });
    const after = await core.ok('networking.arrive', {
      meetingId,
      participant: { name: 'Late Comer', agency: 'Agency 9' },
    });
    expect(after.participants.at(-1)).toMatchObject({ name: 'Late Comer', fromRound: 2 });
    expect(after.plan!.rounds[0]).toEqual(before.plan!.rounds[0]);
    expect(peopleOf(after.plan!.rounds[1]!)).toContain(idOf(after, 'Late Comer'));
  });

  it('of someone absent at check-in seats them, without listing them twice', async () => {
    const core = makeTestCore();
    const { meetingId, session } = await networkingEvent(core, { people: 5 });
    await core.ok('networking.updateParticipant', {
      id: idOf(session, 'Person 5'),
      changes: { present: false },
    });
    await core.ok('networking.start', { meetingId });
    await core.ok('networking.advance', { meetingId });
    const after = await core.ok('networking.arrive', {
      meetingId,
      participant: { name: 'person 5', agency: 'AGENCY 5' },
    });
    expect(after.participants).toHaveLength(5);
    expect(after.participants[4]).toMatchObject({ name: 'Person 5', present: true, fromRound: 2 });
    expect(peopleOf(after.plan!.rounds[1]!)).toContain(idOf(after, 'Person 5'));
    expect(after.plan!.rounds[0]!.tables.flat()).not.toContain(idOf(after, 'Person 5'));

    // Undo puts the row back as it was: absent, from round 1.
    const undone = await core.ok('networking.undoChange', { meetingId });
    expect(undone.participants[4]).toMatchObject({ present: false, fromRound: 1 });
    expect(peopleOf(undone.plan!.rounds[1]!)).not.toContain(idOf(after, 'Person 5'));
  });

  it('before the first round is listed from round 1, re-planning every round; undo as well', async () => {
    const core = makeTestCore();
    const { meetingId, session: before } = await networkingEvent(core, { people: 4 });
    const after = await core.ok('networking.arrive', {
      meetingId,
      participant: { name: 'Early Bird', agency: 'Agency 9' },
    });
    expect(after.participants.at(-1)).toMatchObject({ name: 'Early Bird', fromRound: 1 });
    for (const round of after.plan!.rounds) {
      expect(peopleOf(round)).toContain(idOf(after, 'Early Bird'));
    }
    expect(after.planStale).toBe(false);
    expect(await core.ok('networking.undoChange', { meetingId })).toEqual(before);
  });

  it('is refused for someone already seated, and once all rounds are over', async () => {
    const core = makeTestCore();
    const { meetingId } = await during(core, { format: { rounds: 1 } }, 0);
    expect(
      await core.fails('networking.arrive', {
        meetingId,
        participant: { name: 'Person 2', agency: 'Agency 2' },
      }),
    ).toMatchObject({
      code: 'conflict',
      message: 'Person 2 is already seated in the coming rounds.',
    });
    await core.ok('networking.advance', { meetingId });
    expect(
      await core.fails('networking.arrive', {
        meetingId,
        participant: { name: 'Late Comer' },
      }),
    ).toMatchObject({
      code: 'conflict',
      message: 'All rounds are over: nobody can join or leave the plan now.',
    });
  });
});

describe('a departure', () => {
  it('mid-event frees their seats in the rounds to come; held rounds stay; undo restores exactly', async () => {
    const core = makeTestCore();
    // Round 2 of 4 is on, six people in pairs.
    const { meetingId, before } = await during(core, { format: { rounds: 4 } }, 2);
    expect(where(before)).toMatchObject({ phase: 'round', round: 2 });
    const leaving = idOf(before, 'Person 3');

    const after = await core.ok('networking.depart', { id: leaving });
    expect(after.participants.find((p) => p.id === leaving)).toMatchObject({
      present: true,
      leftAfterRound: 2,
    });
    expect(after.plan!.rounds.slice(0, 2)).toEqual(before.plan!.rounds.slice(0, 2));
    for (const round of after.plan!.rounds.slice(2)) {
      expect(peopleOf(round)).not.toContain(leaving);
      expect(round.tables).toHaveLength(2);
      expect(round.sittingOut).toHaveLength(1);
    }
    // Nobody sits out twice in the rounds left, and nobody meets again.
    const out = after.plan!.rounds.slice(2).flatMap((r) => r.sittingOut);
    expect(new Set(out).size).toBe(out.length);
    expect(noRepeats(after)).toBe(true);
    expect(after.undo).toEqual({ kind: 'departure', name: 'Person 3' });
    expect(after.run).toEqual(before.run);

    expect(await core.ok('networking.undoChange', { meetingId })).toEqual(before);
  });

  it('is refused before the event, for someone already gone, and after the last round', async () => {
    const core = makeTestCore();
    const { meetingId, session } = await networkingEvent(core, { format: { rounds: 2 } });
    const id = idOf(session, 'Person 1');
    expect(await core.fails('networking.depart', { id })).toMatchObject({
      code: 'conflict',
      message: 'The event has not started: uncheck them at check-in, or remove them from the list.',
    });
    await core.ok('networking.start', { meetingId });
    await core.ok('networking.depart', { id });
    expect(await core.fails('networking.depart', { id })).toMatchObject({
      code: 'conflict',
      message: 'Person 1 has already left: nothing to change.',
    });
    expect(await core.fails('networking.depart', { id: 'nobody' })).toMatchObject({
      code: 'not_found',
    });
    core.clock.advance(60 * MIN);
    expect(await core.fails('networking.depart', { id: idOf(session, 'Person 2') })).toMatchObject({
      code: 'conflict',
    });
  });
});

describe('networking.undoChange', () => {
  it('refuses when nothing is to undo, or something else changed the plan since', async () => {
    const core = makeTestCore();
    const { meetingId, before } = await during(core, { format: { rounds: 4 } }, 1);
    expect(await core.fails('networking.undoChange', { meetingId })).toMatchObject({
      code: 'conflict',
    });
    await core.ok('networking.depart', { id: idOf(before, 'Person 6') });
    await core.ok('networking.setKeepApart', {
      meetingId,
      pairs: [[idOf(before, 'Person 1'), idOf(before, 'Person 2')]],
    });
    expect(await core.fails('networking.undoChange', { meetingId })).toMatchObject({
      code: 'conflict',
      message:
        'The participants, rules or format changed after Person 6’s departure: undoing it now would lose that. Add Person 6 again if they are back.',
    });

    // Adding them back is the way: they are seated again from the next round.
    const back = await core.ok('networking.arrive', {
      meetingId,
      participant: { name: 'Person 6', agency: 'Agency 6' },
    });
    expect(back.participants[5]).toMatchObject({ fromRound: 1, leftAfterRound: null });
    expect(peopleOf(back.plan!.rounds[1]!)).toContain(idOf(before, 'Person 6'));
    expect(back.undo).toEqual({ kind: 'arrival', name: 'Person 6' });
  });
});
