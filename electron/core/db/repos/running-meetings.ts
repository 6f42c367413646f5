import { TimerState as TimerStateSchema } from '../../../../shared/contract';
import type { TimerState } from '../../../../shared/domain/timer';
import type { Db } from '../open';
import { perDb } from './per-db';

/** A meeting in progress as the timer scheduler watches it. */
export interface RunningMeeting {
  id: string;
  currentItemId: string | null;
  /**
   * The countdown as stored (JSON text, or null): the scheduler compares the text to tell whether
   * anything changed, and only parses it (`parseTimer`) when it did.
   */
  timerJson: string | null;
}

/** A hand-edited or half-written timer counts as none rather than taking the scheduler down. */
export function parseTimer(json: string): TimerState | null {
  try {
    const parsed = TimerStateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The meetings whose countdowns the core watches: those in progress. A handful at most, read in
 * one small query, so the scheduler can re-read them after every change to meetings.
 */
export const runningMeetingsRepo = perDb((db: Db) => {
  const inProgress = db.prepare<
    [],
    { id: string; current_item_id: string | null; timer: string | null }
  >("SELECT id, current_item_id, timer FROM meetings WHERE status = 'in_progress' ORDER BY id");
  return {
    inProgress: (): RunningMeeting[] =>
      inProgress
        .all()
        .map((r) => ({ id: r.id, currentItemId: r.current_item_id, timerJson: r.timer })),
  };
});
