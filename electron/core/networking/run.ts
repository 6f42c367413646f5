import type { NetworkingPhase } from '../../../shared/contract';
import { createTimer, start, type TimerState } from '../../../shared/domain/timer';

/**
 * Where a speed-networking event is: the phase, the round, and the countdown of that phase (the
 * meeting's own timer). Pure transitions, so the handlers, the auto-advance at the deadline and
 * the catch-up after a sleep all move through the same steps.
 */
export interface RunPosition {
  phase: NetworkingPhase;
  /** The round on, or just ended during a switch; the last one once done; 0 before the first. */
  round: number;
  /** Null before the start and once done: no countdown then. */
  timer: TimerState | null;
}

export interface RunTiming {
  /** How many rounds the plan has. */
  rounds: number;
  roundSeconds: number;
  switchSeconds: number;
}

const countdown = (seconds: number, at: number): TimerState =>
  start(createTimer(seconds * 1000), at);

/** Round 1, its countdown running from `now`. */
export function firstRound(timing: RunTiming, now: number): RunPosition {
  return { phase: 'round', round: 1, timer: countdown(timing.roundSeconds, now) };
}

/**
 * The step after the current countdown ends at `at`: a round is followed by a switch (none when
 * the switch lasts 0 s, nor after the last round), a switch by the next round; after the last
 * round the event is done. The next countdown starts at `at`, which is the deadline when time
 * ran out, so a schedule caught up after a sleep does not drift. Setup and done do not move.
 */
export function nextPosition(position: RunPosition, timing: RunTiming, at: number): RunPosition {
  const { phase, round } = position;
  if (phase === 'setup' || phase === 'done') return position;
  // After the switch too: the facilitator may have cut the event short during it.
  if (round >= timing.rounds && (phase === 'round' || phase === 'switch')) {
    return { phase: 'done', round, timer: null };
  }
  if (phase === 'round' && timing.switchSeconds > 0) {
    return { phase: 'switch', round, timer: countdown(timing.switchSeconds, at) };
  }
  return { phase: 'round', round: round + 1, timer: countdown(timing.roundSeconds, at) };
}

/**
 * Every step whose deadline has passed by `now`, each from the one before's deadline: the
 * auto-advance at a deadline, and the catch-up when the app was closed or asleep across several.
 * A paused or idle countdown never runs out.
 */
export function catchUp(position: RunPosition, timing: RunTiming, now: number): RunPosition {
  let current = position;
  // Each step either ends the event or starts a countdown of at least one second (rounds last
  // 30 s or more), so this ends; the bound is a guard against a hand-edited row.
  for (let step = 0; step <= 2 * timing.rounds + 1; step++) {
    const timer = current.timer;
    if (timer?.status !== 'running' || timer.deadline === null || timer.deadline > now) break;
    const next = nextPosition(current, timing, timer.deadline);
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * A countdown already at zero that the facilitator makes move on (auto-advance switched on,
 * resume, extend): one step, starting now. Replaying each deadline from the last would mark held
 * rounds that never happened while it sat in overtime.
 */
export function moveOnNow(position: RunPosition, timing: RunTiming, now: number): RunPosition {
  const timer = position.timer;
  if (timer?.status !== 'running' || timer.deadline === null || timer.deadline > now) {
    return position;
  }
  return nextPosition(position, timing, now);
}

/** The rounds seated so far: a round is held from its start (its seating has happened). */
export function heldThrough(position: RunPosition): number {
  return position.phase === 'setup' ? 0 : position.round;
}
