import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addSpeaker,
  createRound,
  isFinished,
  moveToEnd,
  next,
  pass,
  remaining,
  removeSpeaker,
  skip,
  type SpeakingRound,
} from '../../../shared/domain/speaking-round';

const ALLOT = 3 * 60_000;

describe('speaking round', () => {
  it('goes around in order and finishes', () => {
    let round = createRound(['housing', 'shelter', 'health'], ALLOT);
    expect(round.current).toBeNull();
    expect(isFinished(round)).toBe(false);
    round = next(round);
    expect(round.current).toBe('housing');
    round = next(next(round));
    expect(round).toMatchObject({ current: 'health', spoken: ['housing', 'shelter'] });
    round = next(round);
    expect(round).toEqual({
      queue: [],
      current: null,
      spoken: ['housing', 'shelter', 'health'],
      passed: [],
      allotmentMs: ALLOT,
    });
    expect(isFinished(round)).toBe(true);
    expect(next(round)).toEqual(round);
  });

  it('drops duplicate speakers and refuses a bad allotment', () => {
    expect(createRound(['a', 'b', 'a'], ALLOT).queue).toEqual(['a', 'b']);
    expect(() => createRound(['a'], -1)).toThrow(RangeError);
  });

  it('skip sends the speaker to the end; they come back later', () => {
    let round = next(createRound(['a', 'b', 'c'], ALLOT));
    round = skip(round);
    expect(round).toMatchObject({ current: 'b', queue: ['c', 'a'], spoken: [] });
    round = next(next(round));
    expect(round.current).toBe('a');
    // Alone in the round, a skipped speaker simply keeps the floor.
    expect(skip(round)).toMatchObject({ current: 'a', queue: [] });
    // Before the round starts, skip puts the first in line last.
    expect(skip(createRound(['a', 'b'], ALLOT)).queue).toEqual(['b', 'a']);
  });

  it('pass counts the speaker as done without speaking', () => {
    let round = next(createRound(['a', 'b'], ALLOT));
    round = pass(round);
    expect(round).toMatchObject({ current: 'b', passed: ['a'], spoken: [] });
    round = next(round);
    expect(isFinished(round)).toBe(true);
    expect(remaining(round)).toEqual([]);
    expect(pass(round)).toBe(round);
  });

  it('moveToEnd reorders the queue, and for the current speaker is a skip', () => {
    let round = next(createRound(['a', 'b', 'c', 'd'], ALLOT));
    round = moveToEnd(round, 'b');
    expect(round.queue).toEqual(['c', 'd', 'b']);
    expect(moveToEnd(round, 'a')).toEqual(skip(round));
    expect(moveToEnd(round, 'nobody')).toBe(round);
    expect(remaining(round)).toEqual(['a', 'c', 'd', 'b']);
  });

  it('adds late arrivals once and removes those who leave', () => {
    let round = next(createRound(['a', 'b'], ALLOT));
    round = addSpeaker(round, 'guest');
    expect(round.queue).toEqual(['b', 'guest']);
    expect(addSpeaker(round, 'a')).toBe(round);
    round = removeSpeaker(round, 'a');
    expect(round).toMatchObject({ current: 'b', queue: ['guest'], spoken: [] });
    expect(removeSpeaker(round, 'guest').queue).toEqual([]);
  });

  it('keeps every speaker in exactly one place whatever the commands', () => {
    const speakers = fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f'), {
      minLength: 1,
    });
    const command = fc.oneof(
      fc.constant((r: SpeakingRound) => next(r)),
      fc.constant((r: SpeakingRound) => skip(r)),
      fc.constant((r: SpeakingRound) => pass(r)),
      fc.constantFrom('a', 'b', 'c', 'g').map((id) => (r: SpeakingRound) => moveToEnd(r, id)),
      fc.constantFrom('a', 'g').map((id) => (r: SpeakingRound) => addSpeaker(r, id)),
    );
    fc.assert(
      fc.property(speakers, fc.array(command, { maxLength: 40 }), (ids, commands) => {
        let round = createRound(ids, ALLOT);
        const everyone = new Set(ids);
        for (const run of commands) {
          round = run(round);
          if (round.queue.includes('g') || round.current === 'g') everyone.add('g');
          if (round.queue.includes('a') || round.current === 'a') everyone.add('a');
          const places = [...remaining(round), ...round.spoken, ...round.passed];
          expect(places.length).toBe(new Set(places).size);
          expect(new Set(places)).toEqual(everyone);
        }
        // Enough `next`s always finish the round, with everybody heard or passed.
        for (let i = 0; i <= everyone.size; i++) round = next(round);
        expect(isFinished(round)).toBe(true);
        expect(new Set([...round.spoken, ...round.passed])).toEqual(everyone);
      }),
    );
  });

  it('is deterministic', () => {
    const run = () => moveToEnd(pass(skip(next(createRound(['a', 'b', 'c', 'd'], ALLOT)))), 'd');
    expect(run()).toEqual(run());
  });
});
