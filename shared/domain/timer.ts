/**
 * The countdown authority's arithmetic (DESIGN.md "Timers"). The core persists a `TimerState` and
 * schedules its events from `nextPhaseChangeAt`; the renderer draws `remainingAt(state, now)` on
 * animation frames. Everything derives from the deadline (or the paused remainder), never from
 * counting ticks, so a late or throttled tick, a reload or a restart cannot make the timer drift.
 *
 * Transitions are total: one that does not apply (pausing a paused timer, a double-clicked start)
 * returns the very same state object, so a handler can tell a no-op by identity and a repeated
 * command stays harmless.
 */

export type TimerStatus = 'idle' | 'running' | 'paused';

/** JSON-plain, so it can be persisted and sent as it is. Instants are epoch milliseconds. */
export interface TimerState {
  status: TimerStatus;
  /** The allotment the timer was created with (an agenda item's planned time, a speaker's turn). */
  durationMs: number;
  /** Net time added or removed since then, so the UI can say "+2 min". */
  adjustedMs: number;
  /** When it was first started; null while idle. */
  startedAt: number | null;
  /** When the remaining time reaches zero; set only while running. */
  deadline: number | null;
  /** The remaining time frozen by a pause (negative in overtime); set only while paused. */
  remainingMs: number | null;
}

export type TimerPhase = 'normal' | 'warning' | 'final' | 'overtime';

export interface PhaseThresholds {
  /** The warning phase starts when this much time remains. */
  warningMs: number;
  /** The final phase starts when this much time remains. */
  finalMs: number;
}

export const DEFAULT_THRESHOLDS: Readonly<PhaseThresholds> = Object.freeze({
  warningMs: 120_000,
  finalMs: 30_000,
});

function assertDuration(ms: number, what: string): void {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`${what} must be a finite ms ≥ 0`);
}

/** An idle timer for an allotment of `durationMs`. */
export function createTimer(durationMs: number): TimerState {
  assertDuration(durationMs, 'durationMs');
  return {
    status: 'idle',
    durationMs,
    adjustedMs: 0,
    startedAt: null,
    deadline: null,
    remainingMs: null,
  };
}

/** The time currently allotted: the original duration plus every adjustment. */
export function allottedMs(state: TimerState): number {
  return state.durationMs + state.adjustedMs;
}

/** Time left at `now`; negative in overtime. Constant while idle or paused. */
export function remainingAt(state: TimerState, now: number): number {
  switch (state.status) {
    case 'idle':
      return allottedMs(state);
    case 'paused':
      return state.remainingMs ?? 0;
    case 'running':
      return (state.deadline ?? now) - now;
  }
}

export function start(state: TimerState, now: number): TimerState {
  if (state.status !== 'idle') return state;
  return {
    ...state,
    status: 'running',
    startedAt: now,
    deadline: now + allottedMs(state),
    remainingMs: null,
  };
}

export function pause(state: TimerState, now: number): TimerState {
  if (state.status !== 'running') return state;
  return { ...state, status: 'paused', deadline: null, remainingMs: remainingAt(state, now) };
}

export function resume(state: TimerState, now: number): TimerState {
  if (state.status !== 'paused') return state;
  return {
    ...state,
    status: 'running',
    deadline: now + (state.remainingMs ?? 0),
    remainingMs: null,
  };
}

/** Back to idle for the same allotment, or for a new one (the next item, the next speaker). */
export function reset(state: TimerState, durationMs: number = state.durationMs): TimerState {
  return createTimer(durationMs);
}

/**
 * Adds (`deltaMs > 0`) or removes (`deltaMs < 0`) time, idle, running or paused.
 *
 * - Removing time stops at zero: it never pushes a timer into overtime, nor deepens an overtime
 *   already running (the chair meant "shorter", not "later").
 * - Adding time in overtime counts from zero: at -1:10, "+1 min" gives the speaker one more
 *   minute (1:00), not -0:10, which would still read as "time is up".
 *
 * Outside those two edges adjustments are plain addition: adjusting by a then b equals adjusting
 * by a + b, at any instant.
 */
export function adjust(state: TimerState, deltaMs: number, now: number): TimerState {
  if (!Number.isFinite(deltaMs) || deltaMs === 0) return state;
  const before = remainingAt(state, now);
  let after: number;
  if (deltaMs > 0) after = Math.max(before, 0) + deltaMs;
  else after = before <= 0 ? before : Math.max(before + deltaMs, 0);
  const applied = after - before;
  if (applied === 0) return state;
  const adjustedMs = state.adjustedMs + applied;
  switch (state.status) {
    case 'idle':
      return { ...state, adjustedMs };
    case 'paused':
      return { ...state, adjustedMs, remainingMs: after };
    case 'running':
      return { ...state, adjustedMs, deadline: (state.deadline ?? now) + applied };
  }
}

function normalise(thresholds: PhaseThresholds): PhaseThresholds {
  const warningMs = Math.max(0, thresholds.warningMs);
  // A final threshold above the warning one would make the warning phase unreachable and the
  // order of events odd; the final phase simply starts with the warning then.
  return { warningMs, finalMs: Math.min(Math.max(0, thresholds.finalMs), warningMs) };
}

function phaseOf(remaining: number, t: PhaseThresholds): TimerPhase {
  if (remaining <= 0) return 'overtime';
  if (remaining <= t.finalMs) return 'final';
  if (remaining <= t.warningMs) return 'warning';
  return 'normal';
}

/**
 * The phase at `now`. Boundaries belong to the later phase: with 2:00 left the timer is in
 * warning, and at 0:00 it is in overtime (the "time is up" instant).
 */
export function phaseAt(
  state: TimerState,
  now: number,
  thresholds: PhaseThresholds = DEFAULT_THRESHOLDS,
): TimerPhase {
  return phaseOf(remainingAt(state, now), normalise(thresholds));
}

/**
 * The first instant after `now` at which the phase changes, or null if it never will without a
 * command (idle, paused, or already in overtime). The core schedules its warning and "time is
 * up" events on it, and recomputes it after every transition.
 */
export function nextPhaseChangeAt(
  state: TimerState,
  now: number,
  thresholds: PhaseThresholds = DEFAULT_THRESHOLDS,
): number | null {
  if (state.status !== 'running' || state.deadline === null) return null;
  const t = normalise(thresholds);
  const candidates = [state.deadline - t.warningMs, state.deadline - t.finalMs, state.deadline];
  const current = phaseOf(state.deadline - now, t);
  for (const at of candidates.sort((a, b) => a - b)) {
    if (at > now && phaseOf(state.deadline - at, t) !== current) return at;
  }
  return null;
}

/**
 * '4:05', '-1:10', '1:02:03'. Counting down, a part-second shows as the next second (4:04.3 reads
 * 4:05), so the display reaches 0:00 exactly at the deadline; in overtime it counts whole seconds
 * up. Never '-0:00'.
 */
export function formatCountdown(ms: number): string {
  if (!Number.isFinite(ms)) return '0:00';
  const overtime = ms < 0;
  const total = overtime ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  const body =
    hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
  return overtime && total > 0 ? `-${body}` : body;
}
