import type { AgendaItem, MeetingDetail, RunState, Settings } from '../../../shared/contract';
import { runProgress } from '../../../shared/domain/agenda-budget';
import { usedMs } from '../../../shared/domain/meeting-run';
import { remainingAt, type PhaseThresholds } from '../../../shared/domain/timer';

/** The settings speak in seconds (what a person types); the timer rules in milliseconds. */
export function thresholdsOf(settings: Settings): PhaseThresholds {
  return {
    warningMs: settings.timerWarningSeconds * 1000,
    finalMs: settings.timerFinalSeconds * 1000,
  };
}

export function currentItemOf(detail: MeetingDetail): AgendaItem | null {
  const id = detail.run?.currentItemId ?? null;
  return detail.items.find((item) => item.id === id) ?? null;
}

/** What `run.next` brings up (shared/domain/meeting-run.ts): the first pending item after the current one. */
export function nextItemOf(detail: MeetingDetail): AgendaItem | null {
  const at = indexOfCurrent(detail);
  return detail.items.slice(at + 1).find((item) => item.status === 'pending') ?? null;
}

/** Where `run.previous` goes: the item before the current one (the last once all are done), not deferred. */
export function previousItemOf(detail: MeetingDetail): AgendaItem | null {
  const at = indexOfCurrent(detail);
  const before = at === -1 ? detail.items.length : at;
  return detail.items.slice(0, before).findLast((item) => item.status !== 'deferred') ?? null;
}

function indexOfCurrent(detail: MeetingDetail): number {
  const id = detail.run?.currentItemId ?? null;
  return detail.items.findIndex((item) => item.id === id);
}

/**
 * How long the current item still needs. In a speaking round the countdown is one speaker's turn,
 * so the round needs that turn plus a full turn for everyone still queued; otherwise it is the
 * countdown itself (which already counts pauses and added minutes). The round is part of the
 * item, so the item needs at least what is left of its plan: a round over early (or finished)
 * does not make the rest of the item's planned time vanish.
 */
export function currentRemainingMs(
  run: RunState,
  now: number,
  item?: Pick<AgendaItem, 'plannedMinutes' | 'spentMs'> | null,
): number {
  if (!run.round) return remainingAt(run.timer, now);
  const turn = Math.max(0, remainingAt(run.timer, now));
  const queued = run.round.queue.length * run.round.allotmentMs;
  // Before the first speaker has the floor, the countdown is not anyone's turn yet.
  const roundLeft = run.round.current === null ? queued : turn + queued;
  if (!item) return roundLeft;
  // `spentMs` holds every finished turn; the turn under way is on the countdown.
  const planLeft = item.plannedMinutes * 60_000 - item.spentMs - usedMs(run.timer, now);
  return Math.max(roundLeft, planLeft);
}

/**
 * Where the schedule is measured from: the meeting's scheduled start, so starting ten minutes late
 * reads "10 min behind". A meeting started far from its slot (held another day without its date
 * being changed) is measured from when it actually started: its slot says nothing about today.
 */
export function scheduleOriginOf(meeting: MeetingDetail['meeting']): number {
  const { startsAt, endsAt, startedAt } = meeting;
  if (startedAt === null) return startsAt;
  const slack = Math.max(endsAt - startsAt, 3_600_000);
  return Math.abs(startedAt - startsAt) > slack ? startedAt : startsAt;
}

/** Whole minutes behind schedule (negative = ahead); under half a minute either way is on time. */
export function minutesBehind(detail: MeetingDetail, now: number): number {
  const { run, meeting, items } = detail;
  const minutes = Math.round(
    runProgress({
      items: items.map((item) => ({
        id: item.id,
        plannedMinutes: item.plannedMinutes,
        status: item.status,
        actualStartedAt: item.actualStartedAt,
        actualEndedAt: item.actualEndedAt,
        // What a left-but-unfinished item already used: only the rest of its plan is still to come.
        spentMs: item.spentMs,
      })),
      startsAt: scheduleOriginOf(meeting),
      currentItemId: run?.currentItemId ?? null,
      ...(run ? { currentRemainingMs: currentRemainingMs(run, now, currentItemOf(detail)) } : {}),
      now,
    }).behindMs / 60_000,
  );
  // Math.round gives -0 for small leads; "on time" is simply 0.
  return minutes === 0 ? 0 : minutes;
}

/** A threshold in seconds as its parts, so it reads "2 min", "30 s" or "1 min 30 s". */
export function splitSeconds(total: number): { minutes: number; seconds: number } {
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
