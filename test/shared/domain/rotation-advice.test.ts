import { describe, expect, it } from 'vitest';
import { adviseRounds } from '../../../shared/domain/rotation-advice';

const advise = (
  people: number,
  groupSize: number,
  agencySizes: number[] = [],
  separateSameOrg = true,
) => adviseRounds({ people, groupSize, agencySizes, separateSameOrg });

describe('adviseRounds', () => {
  it('says too few below two people', () => {
    expect(advise(0, 2)).toEqual({ rounds: 0, reason: 'too_few', people: 0, agencySize: null });
    expect(advise(1, 4).reason).toBe('too_few');
  });

  it('gives pairs n − 1 rounds for an even count and n for an odd one', () => {
    expect(advise(10, 2)).toEqual({
      rounds: 9,
      reason: 'pairs_even',
      people: 10,
      agencySize: null,
    });
    expect(advise(9, 2)).toEqual({ rounds: 9, reason: 'pairs_odd', people: 9, agencySize: null });
    expect(advise(2, 2).rounds).toBe(1);
  });

  it('gives tables of k floor((n − 1)/(k − 1)) rounds, at least one', () => {
    expect(advise(16, 4)).toMatchObject({ rounds: 5, reason: 'tables' });
    expect(advise(15, 3)).toMatchObject({ rounds: 7, reason: 'tables' });
    expect(advise(60, 4)).toMatchObject({ rounds: 19, reason: 'tables' });
    expect(advise(3, 4)).toMatchObject({ rounds: 1, reason: 'tables' });
  });

  it('stops pairs at n − s with same-agency separation and agencies of s people', () => {
    expect(advise(8, 2, [2, 2, 2, 2])).toEqual({
      rounds: 6,
      reason: 'agencies',
      people: 8,
      agencySize: 2,
    });
    expect(advise(12, 2, [4, 4, 4])).toMatchObject({ rounds: 8, agencySize: 4 });
    // The largest agency sets the bound when sizes differ.
    expect(advise(9, 2, [3, 2, 2, 2])).toMatchObject({
      rounds: 6,
      reason: 'agencies',
      agencySize: 3,
    });
  });

  it('bounds tables by what the largest agency leaves to meet', () => {
    expect(advise(16, 4, [4, 4, 4, 4])).toMatchObject({
      rounds: 4,
      reason: 'agencies',
      agencySize: 4,
    });
    // One-person agencies change nothing.
    expect(advise(16, 4, [1, 1, 1])).toMatchObject({ rounds: 5, reason: 'tables' });
  });

  it('ignores agencies without separation, and when they do not lower the count', () => {
    expect(advise(8, 2, [2, 2, 2, 2], false)).toMatchObject({ rounds: 7, reason: 'pairs_even' });
    expect(advise(14, 4, [2, 1, 1])).toMatchObject({ rounds: 4, reason: 'tables' });
  });

  it('never suggests fewer than one round when an agency has nearly everyone', () => {
    expect(advise(4, 2, [4])).toMatchObject({ rounds: 1, reason: 'agencies', agencySize: 4 });
  });
});
