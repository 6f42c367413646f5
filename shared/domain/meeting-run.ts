/**
 * Run mode as a pure state machine: which agenda item is current, its countdown, and the speaking
 * round of a round item. The core loads the items and the run position, applies one command here
 * and saves what comes back, all in one transaction (DESIGN.md "Timers").
 *
 * Decisions the commands encode:
 *
 * - Only `next` marks an item discussed. `previous`, `goto` and `end` leave the item they leave at
 *   its status: going back means "one more thing", not "we finished that one", and a meeting ended
 *   early did not necessarily discuss its current item. An item taken up again keeps its status
 *   (a discussed item stays discussed) until it is left.
 * - Every item records when it first became current (`actualStartedAt`, kept on a return), when it
 *   was last left (`actualEndedAt`) and the countdown time it used (`spentMs`, pauses excluded).
 *   Coming back to an item gives it what is left of its plan, `planned − spent`, never below zero:
 *   an item that used its time is in overtime at once.
 * - A round item runs a speaking round over the speakers present; the countdown is then the
 *   current speaker's turn, restarted whenever the floor changes hands, and idle at zero once
 *   everyone has spoken (the chair moves on with `next`). Each turn's time is added to the item's
 *   `spentMs` as the turn ends, so `spentMs` stays the item's total.
 * - A command that does not apply (pausing a paused timer, `next` after the last item, `previous`
 *   at the first) changes nothing: `changed` is false, and a double-press is harmless.
 */
import * as rounds from './speaking-round';
import type { SpeakingRound } from './speaking-round';
import { adjust, allottedMs, createTimer, pause, remainingAt, resume, start } from './timer';
import type { TimerState } from './timer';

export type RunItemStatus = 'pending' | 'discussed' | 'deferred';

/** What run mode needs to know of an agenda item (in agenda order). */
export interface RunItem {
  id: string;
  /** Only 'round' matters here: such an item runs a speaking round. */
  kind: string;
  plannedMinutes: number;
  status: RunItemStatus;
  actualStartedAt: number | null;
  actualEndedAt: number | null;
  spentMs: number;
  /** Per-speaker time in a round, in seconds; null for the default share. */
  speakerSeconds: number | null;
  round: SpeakingRound | null;
}

/** Where a meeting in progress stands. */
export interface RunPosition {
  currentItemId: string | null;
  /** The current item's countdown, or the current speaker's turn in a round. */
  timer: TimerState;
}

export interface RunInput {
  /** The meeting's agenda, in order, without deleted items. */
  items: readonly RunItem[];
  position: RunPosition;
  now: number;
  /**
   * Who may speak in a round: the agencies present (or people without one), in attendance order.
   * A round is made from them when its item first becomes current; someone present later joins
   * the end of the queue at the next round command.
   */
  speakers: readonly string[];
}

export type RoundAction = 'next' | 'skip' | 'pass' | 'moveToEnd';

export type RunCommand =
  | { type: 'start' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'goto'; itemId: string }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'adjust'; deltaMs: number }
  | { type: 'round'; action: RoundAction; speakerId?: string }
  | { type: 'end' };

export interface RunStep {
  position: RunPosition;
  /** The items this command changed, as they are now (each at most once). */
  items: RunItem[];
  /** False for a command that did not apply: nothing needs saving. */
  changed: boolean;
}

const MINUTE = 60_000;
const SECOND = 1000;
/** The shortest default turn in a round: enough to say who you are and one update. */
export const MIN_DEFAULT_TURN_MS = 30 * SECOND;

/** The countdown when nothing is current: idle at zero. */
export const IDLE_TIMER: Readonly<TimerState> = Object.freeze(createTimer(0));

/**
 * A speaker's turn: `speakerSeconds` if the item sets it, otherwise the item's planned time shared
 * evenly (whole seconds), and never under 30 s, so a big room on a short item still gets a turn.
 */
export function turnAllotmentMs(item: RunItem, speakerCount: number): number {
  if (item.speakerSeconds !== null) return item.speakerSeconds * SECOND;
  const share = Math.floor(plannedMs(item) / Math.max(1, speakerCount) / SECOND) * SECOND;
  return Math.max(MIN_DEFAULT_TURN_MS, share);
}

/** The countdown time a timer has used so far: adjustments and pauses do not count. */
export function usedMs(timer: TimerState, now: number): number {
  if (timer.status === 'idle') return 0;
  return Math.max(0, allottedMs(timer) - remainingAt(timer, now));
}

export function runCommand(input: RunInput, command: RunCommand): RunStep {
  const run = new Run(input);
  switch (command.type) {
    case 'start':
      // A meeting already under way keeps its place: a second Start is a double-press.
      if (run.current) return run.unchanged();
      return run.moveTo(run.firstPendingAfter(-1), null);
    case 'next': {
      if (!run.current) return run.moveTo(run.firstPendingAfter(-1), null);
      return run.moveTo(run.firstPendingAfter(run.currentIndex), 'discussed');
    }
    case 'previous':
      return run.moveTo(run.previousItem(), null);
    case 'goto': {
      const target = input.items.find((item) => item.id === command.itemId) ?? null;
      return target ? run.moveTo(target, null) : run.unchanged();
    }
    case 'pause':
      return run.withTimer(pause(input.position.timer, input.now));
    case 'resume':
      return run.withTimer(resume(input.position.timer, input.now));
    case 'adjust':
      // An idle countdown (nothing current, a round everyone has spoken in) has nothing to time.
      if (input.position.timer.status === 'idle') return run.unchanged();
      return run.withTimer(adjust(input.position.timer, command.deltaMs, input.now));
    case 'round':
      return run.roundAction(command.action, command.speakerId);
    case 'end':
      return run.end();
  }
}

/** The agenda's planned time for an item, in ms (bad values count as none). */
function plannedMs(item: RunItem): number {
  return Number.isFinite(item.plannedMinutes) ? Math.max(0, item.plannedMinutes) * MINUTE : 0;
}

/** One command's working state: the items changed so far, by id. */
class Run {
  readonly current: RunItem | null;
  readonly currentIndex: number;
  private readonly changes = new Map<string, RunItem>();

  constructor(private readonly input: RunInput) {
    const { items, position } = input;
    // A current item deleted meanwhile is simply no longer current.
    this.currentIndex = items.findIndex((item) => item.id === position.currentItemId);
    this.current = items[this.currentIndex] ?? null;
  }

  unchanged(): RunStep {
    return { position: this.input.position, items: [], changed: false };
  }

  firstPendingAfter(index: number): RunItem | null {
    return this.input.items.slice(index + 1).find((item) => item.status === 'pending') ?? null;
  }

  /**
   * The item before the current one, or the last once the agenda is done. Deferred items are
   * skipped: they are not part of this meeting.
   */
  previousItem(): RunItem | null {
    const before = this.current ? this.currentIndex : this.input.items.length;
    const earlier = this.input.items.slice(0, before).filter((item) => item.status !== 'deferred');
    return earlier.at(-1) ?? null;
  }

  /**
   * Leaves the current item (marking it `leaveAs` if given) and makes `target` current. With no
   * target only `next` moves on (off the end of the agenda); other commands stay put.
   */
  moveTo(target: RunItem | null, leaveAs: RunItemStatus | null): RunStep {
    if (target && target.id === this.current?.id) return this.unchanged();
    if (!target && leaveAs === null) return this.unchanged();
    if (target?.status === 'deferred') return this.unchanged();
    this.leaveCurrent(leaveAs);
    if (!target) return this.step({ currentItemId: null, timer: IDLE_TIMER });
    return this.step(this.enter(target));
  }

  withTimer(timer: TimerState): RunStep {
    if (timer === this.input.position.timer) return this.unchanged();
    return this.step({ ...this.input.position, timer });
  }

  roundAction(action: RoundAction, speakerId: string | undefined): RunStep {
    const item = this.current;
    if (item?.kind !== 'round') return this.unchanged();
    if (!item.round) {
      // Nobody was marked present when the item began; now someone is, so the round starts with
      // the first of them (the action meant "go around", whichever it was).
      const round = roundFor(item, this.input.speakers);
      if (!round) return this.unchanged();
      this.change({ ...item, round, spentMs: this.spentAfterTimer(item) });
      return this.step({ currentItemId: item.id, timer: turnTimer(round, this.input.now) });
    }
    const before = withLateArrivals(item.round, this.input.speakers);
    let after: SpeakingRound;
    if (action === 'moveToEnd') {
      if (speakerId === undefined) return this.unchanged();
      after = rounds.moveToEnd(before, speakerId);
    } else {
      after = rounds[action](before);
    }
    if (sameRound(after, item.round)) return this.unchanged();
    // Skipping the only speaker left changes nothing (`sameRound` above); otherwise the turn
    // restarts exactly when someone else has the floor.
    const handedOver = after.current !== before.current;
    if (!handedOver) {
      this.change({ ...item, round: after });
      return this.step(this.input.position);
    }
    this.change({ ...item, round: after, spentMs: this.spentAfterTimer(item) });
    return this.step({ currentItemId: item.id, timer: turnTimer(after, this.input.now) });
  }

  /** The meeting is over: the current item's time is recorded and nothing is current. */
  end(): RunStep {
    this.leaveCurrent(null);
    return this.step(idle());
  }

  /** Records the time spent on the current item and when it was left. */
  private leaveCurrent(status: RunItemStatus | null): void {
    const item = this.current;
    if (!item) return;
    this.change({
      ...item,
      // An item deferred while it was being discussed stays deferred: that was the chair's call.
      status: status !== null && item.status !== 'deferred' ? status : item.status,
      actualEndedAt: this.input.now,
      spentMs: this.spentAfterTimer(item),
    });
  }

  private spentAfterTimer(item: RunItem): number {
    return this.latest(item).spentMs + usedMs(this.input.position.timer, this.input.now);
  }

  /** Makes `target` current: its countdown starts, and a round item's round is under way. */
  private enter(target: RunItem): RunPosition {
    const { now, speakers } = this.input;
    let item = this.latest(target);
    item = { ...item, actualStartedAt: item.actualStartedAt ?? now };
    let timer: TimerState;
    const round = item.kind === 'round' ? roundFor(item, speakers) : null;
    if (round) {
      item = { ...item, round };
      timer = turnTimer(round, now);
    } else {
      timer = start(createTimer(Math.max(0, plannedMs(item) - item.spentMs)), now);
    }
    this.change(item);
    return { currentItemId: item.id, timer };
  }

  private latest(item: RunItem): RunItem {
    return this.changes.get(item.id) ?? item;
  }

  private change(item: RunItem): void {
    this.changes.set(item.id, item);
  }

  private step(position: RunPosition): RunStep {
    return { position, items: [...this.changes.values()], changed: true };
  }
}

function idle(): RunPosition {
  return { currentItemId: null, timer: IDLE_TIMER };
}

/**
 * The item's round, made from the speakers present the first time (null if nobody is marked
 * present: the item then runs on its planned time like any other), with late arrivals added and
 * the floor given to the first in line if nobody has it.
 */
function roundFor(item: RunItem, speakers: readonly string[]): SpeakingRound | null {
  let round = item.round;
  if (!round) {
    if (speakers.length === 0) return null;
    round = rounds.createRound(speakers, turnAllotmentMs(item, new Set(speakers).size));
  } else {
    round = withLateArrivals(round, speakers);
  }
  return round.current === null && round.queue.length > 0 ? rounds.next(round) : round;
}

function sameRound(a: SpeakingRound, b: SpeakingRound): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Someone marked present after the round began joins the end of the queue. */
function withLateArrivals(round: SpeakingRound, speakers: readonly string[]): SpeakingRound {
  return speakers.reduce(rounds.addSpeaker, round);
}

/** A fresh turn for the current speaker, or idle at zero once the round is over. */
function turnTimer(round: SpeakingRound, now: number): TimerState {
  return round.current === null ? IDLE_TIMER : start(createTimer(round.allotmentMs), now);
}
