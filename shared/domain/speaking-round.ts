/**
 * A speaking round (a "go-around"): each speaker (an agency or a person, by id) gets the floor in
 * turn for the same allotment. Pure and deterministic: the order only changes by the chair's
 * commands. Every speaker is in exactly one of current, queue, spoken or passed.
 *
 * The core restarts the item's timer with `createTimer(round.allotmentMs)` whenever `current`
 * changes; the round itself knows nothing about time.
 */

export interface SpeakingRound {
  /** Who is still to speak, in order. */
  queue: string[];
  /** Who has the floor; null before the first `next` and once everyone is done. */
  current: string | null;
  /** Who has spoken, in the order they finished. */
  spoken: string[];
  /** Who declined their turn; they count as done. */
  passed: string[];
  /** Each speaker's allotment. */
  allotmentMs: number;
}

/** A round over `speakers` (duplicates dropped, first place kept); nobody has the floor yet. */
export function createRound(speakers: readonly string[], allotmentMs: number): SpeakingRound {
  if (!Number.isFinite(allotmentMs) || allotmentMs < 0) {
    throw new RangeError('allotmentMs must be a finite ms ≥ 0');
  }
  return { queue: [...new Set(speakers)], current: null, spoken: [], passed: [], allotmentMs };
}

function promote(round: SpeakingRound, queue: string[]): SpeakingRound {
  const [current = null, ...rest] = queue;
  return { ...round, queue: rest, current };
}

/** The current speaker is done; the next in the queue gets the floor. */
export function next(round: SpeakingRound): SpeakingRound {
  const spoken = round.current === null ? round.spoken : [...round.spoken, round.current];
  return promote({ ...round, spoken }, round.queue);
}

/**
 * The current speaker is not ready and comes back at the end of the queue; the next one gets the
 * floor (or the same speaker again if nobody else is waiting). Before the round starts, the first
 * in the queue is skipped.
 */
export function skip(round: SpeakingRound): SpeakingRound {
  if (round.current === null) {
    const [first, ...rest] = round.queue;
    return first === undefined ? round : { ...round, queue: [...rest, first] };
  }
  return promote(round, [...round.queue, round.current]);
}

/** The current speaker declines and counts as done; the next one gets the floor. */
export function pass(round: SpeakingRound): SpeakingRound {
  if (round.current === null) return round;
  return promote({ ...round, passed: [...round.passed, round.current] }, round.queue);
}

/** Sends a waiting speaker to the end of the queue; for the current speaker this is `skip`. */
export function moveToEnd(round: SpeakingRound, id: string): SpeakingRound {
  if (round.current === id) return skip(round);
  if (!round.queue.includes(id)) return round;
  return { ...round, queue: [...round.queue.filter((q) => q !== id), id] };
}

/** A late arrival joins the end of the queue; someone already in the round is left where they are. */
export function addSpeaker(round: SpeakingRound, id: string): SpeakingRound {
  if (participants(round).includes(id)) return round;
  return { ...round, queue: [...round.queue, id] };
}

/** Someone who left is taken out of the queue (or loses the floor, to the next in line). */
export function removeSpeaker(round: SpeakingRound, id: string): SpeakingRound {
  if (round.current === id) return promote(round, round.queue);
  if (!round.queue.includes(id)) return round;
  return { ...round, queue: round.queue.filter((q) => q !== id) };
}

/** Who has not finished yet: the current speaker first, then the queue. */
export function remaining(round: SpeakingRound): string[] {
  return round.current === null ? [...round.queue] : [round.current, ...round.queue];
}

/** Whether everyone has spoken or passed. */
export function isFinished(round: SpeakingRound): boolean {
  return round.current === null && round.queue.length === 0;
}

function participants(round: SpeakingRound): string[] {
  return [...remaining(round), ...round.spoken, ...round.passed];
}
