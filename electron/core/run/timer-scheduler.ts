import type { RpcEvent } from '../../../shared/rpc';
import {
  nextPhaseChangeAt,
  phaseAt,
  type PhaseThresholds,
  type TimerPhase,
  type TimerState,
} from '../../../shared/domain/timer';
import type { Db } from '../db/open';
import { parseTimer, runningMeetingsRepo } from '../db/repos/running-meetings';
import { currentSettings } from '../settings';
import type { Clock, Schedule } from '../ports';

export interface TimerSchedulerDeps {
  /** The live database (a restore swaps it). */
  db: () => Db;
  clock: Clock;
  schedule: Schedule;
  /** Sends an event to every listener at once (no call to wait for); never throws. */
  publish: (event: RpcEvent) => void;
  /**
   * Called when a watched running countdown reaches zero (enters overtime), once its event is
   * published: what moves on by itself at the deadline (a networking round) acts then, windows
   * hidden or not. It may write, and so re-sync this scheduler; it must not throw.
   */
  onZero?: (meetingId: string) => void;
}

/** What one meeting's armed callback watches; a change to any of it re-arms. */
interface Watch {
  itemId: string | null;
  timer: TimerState;
  thresholds: PhaseThresholds;
  /** The three above as read (thresholds, item id, stored timer text), to tell a change. */
  key: string;
  /** The instant armed, or null when no change is coming. */
  nextAt: number | null;
  cancel: () => void;
}

/** The settings' thresholds, in ms, read each time so a change applies to running countdowns. */
export function thresholdsOf(db: Db): PhaseThresholds {
  const settings = currentSettings(db);
  return {
    warningMs: settings.timerWarningSeconds * 1000,
    finalMs: settings.timerFinalSeconds * 1000,
  };
}

/**
 * The core's timer authority at work (DESIGN.md "Timers"): for each meeting in progress whose
 * countdown runs, one callback armed at its next phase change (warning, final, overtime). When it
 * fires it publishes `timer.phase` and arms the following change, so the events come on time with
 * every window hidden or closed. It also says whether any countdown runs (`timer.running`), for
 * the host that keeps the system awake.
 *
 * It works from the database alone: `sync()` re-reads the meetings in progress and re-arms what
 * changed. The core calls it when it is created (restart recovery: a running countdown's deadline
 * is absolute, so it simply carries on) and after every committed change to meetings or settings.
 */
export class TimerScheduler {
  private readonly watches = new Map<string, Watch>();
  private anyRunning = false;
  private closed = false;

  constructor(private readonly deps: TimerSchedulerDeps) {}

  /** Whether some meeting's countdown is running (as of the last sync). */
  get running(): boolean {
    return this.anyRunning;
  }

  sync(): void {
    if (this.closed) return;
    const db = this.deps.db();
    const thresholds = thresholdsOf(db);
    const thresholdsKey = `${thresholds.warningMs}/${thresholds.finalMs}`;
    const seen = new Set<string>();
    let running = false;
    for (const meeting of runningMeetingsRepo(db).inProgress()) {
      if (meeting.timerJson === null) continue;
      // Most syncs follow a change to one meeting: the others are recognised by their stored text
      // alone, without parsing or re-arming anything.
      const key = `${thresholdsKey}|${meeting.currentItemId}|${meeting.timerJson}`;
      let watch = this.watches.get(meeting.id);
      if (watch?.key !== key) {
        const timer = parseTimer(meeting.timerJson);
        if (!timer) continue;
        watch = this.watch(meeting.id, { itemId: meeting.currentItemId, timer, thresholds, key });
      }
      seen.add(meeting.id);
      if (watch.timer.status === 'running') running = true;
    }
    for (const id of [...this.watches.keys()]) if (!seen.has(id)) this.unwatch(id);
    if (running !== this.anyRunning) {
      this.anyRunning = running;
      this.deps.publish({ event: 'timer.running', payload: { running } });
    }
  }

  /**
   * After the system slept: timeouts count time awake, so those armed before may now fire late.
   * Re-arms every countdown from the clock, and a phase change missed meanwhile is announced now.
   */
  resync(): void {
    this.sync();
    const now = this.deps.clock.now();
    // A fired callback may write and re-sync, replacing watches: go through the ones read now,
    // skipping any replaced on the way.
    for (const [meetingId, watch] of [...this.watches]) {
      if (this.watches.get(meetingId) !== watch) continue;
      watch.cancel();
      if (watch.nextAt !== null && watch.nextAt <= now) this.fire(meetingId, watch);
      else this.arm(meetingId, watch, now);
    }
  }

  close(): void {
    this.closed = true;
    for (const id of [...this.watches.keys()]) this.unwatch(id);
  }

  private watch(meetingId: string, what: Omit<Watch, 'nextAt' | 'cancel'>): Watch {
    this.unwatch(meetingId);
    const watch: Watch = { ...what, nextAt: null, cancel: () => undefined };
    this.watches.set(meetingId, watch);
    this.arm(meetingId, watch, this.deps.clock.now());
    return watch;
  }

  private unwatch(meetingId: string): void {
    this.watches.get(meetingId)?.cancel();
    this.watches.delete(meetingId);
  }

  /** Arms the next phase change after `from`; none comes while idle, paused or in overtime. */
  private arm(meetingId: string, watch: Watch, from: number): void {
    const at = nextPhaseChangeAt(watch.timer, from, watch.thresholds);
    watch.nextAt = at;
    watch.cancel =
      at === null ? () => undefined : this.deps.schedule(at, () => this.fire(meetingId, watch));
  }

  private fire(meetingId: string, watch: Watch): void {
    // A callback that lost its watch (re-armed or cancelled meanwhile) has nothing to say.
    if (this.closed || this.watches.get(meetingId) !== watch) return;
    const now = this.deps.clock.now();
    const phase = phaseAt(watch.timer, now, watch.thresholds);
    this.deps.publish({
      event: 'timer.phase',
      payload: {
        meetingId,
        itemId: watch.itemId,
        phase,
        at: phaseStart(watch.timer, phase, now, watch.thresholds),
      },
    });
    this.arm(meetingId, watch, now);
    // Last, as it may re-sync (and so replace this watch).
    if (phase === 'overtime') this.deps.onZero?.(meetingId);
  }
}

/**
 * When the countdown entered `phase`: the boundary itself, even if the callback ran late (a laptop
 * waking from sleep past several boundaries hears once, of the phase it is in now).
 */
function phaseStart(
  timer: TimerState,
  phase: TimerPhase,
  now: number,
  thresholds: PhaseThresholds,
): number {
  const deadline = timer.deadline ?? now;
  const boundaries = [deadline - thresholds.warningMs, deadline - thresholds.finalMs, deadline];
  const inPhase = boundaries.filter((b) => b <= now && phaseAt(timer, b, thresholds) === phase);
  return inPhase.length > 0 ? Math.min(...inPhase) : now;
}
