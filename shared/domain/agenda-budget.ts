/**
 * Agenda time budgets: the planned total against the meeting's length while preparing, and the
 * ahead/behind figure and time column while running. Deferred items are left out everywhere:
 * deferring an item is how a chair makes room, so it must not count against the meeting.
 */

export type AgendaItemStatus = 'pending' | 'discussed' | 'deferred';

export interface BudgetItem {
  id: string;
  plannedMinutes: number;
  status: AgendaItemStatus;
}

export interface AgendaBudget {
  plannedMinutes: number;
  availableMinutes: number;
  /** How many planned minutes do not fit; 0 when the agenda fits. */
  overrunMinutes: number;
  fits: boolean;
}

const MINUTE = 60_000;

/** Non-numbers and negatives count as 0, so one bad row cannot poison the whole total. */
function minutesOf(item: BudgetItem): number {
  return Number.isFinite(item.plannedMinutes) ? Math.max(0, item.plannedMinutes) : 0;
}

function counted<T extends BudgetItem>(items: readonly T[]): T[] {
  return items.filter((item) => item.status !== 'deferred');
}

/** Planned total vs the time between the meeting's start and end (epoch ms). */
export function agendaBudget(
  items: readonly BudgetItem[],
  meeting: { startsAt: number; endsAt: number },
): AgendaBudget {
  const plannedMinutes = counted(items).reduce((sum, item) => sum + minutesOf(item), 0);
  // A meeting whose end is not after its start has no time at all, rather than negative time.
  const availableMinutes = Math.max(0, Math.floor((meeting.endsAt - meeting.startsAt) / MINUTE));
  const overrunMinutes = Math.max(0, plannedMinutes - availableMinutes);
  return { plannedMinutes, availableMinutes, overrunMinutes, fits: overrunMinutes === 0 };
}

export interface PlannedSlot {
  id: string;
  /** Null for a deferred item, which has no place in this meeting's timeline. */
  plannedStartAt: number | null;
  plannedEndAt: number | null;
}

/** Each item's planned start and end if the agenda runs as planned from `startsAt`, in order. */
export function plannedSchedule(items: readonly BudgetItem[], startsAt: number): PlannedSlot[] {
  let at = startsAt;
  return items.map((item) => {
    if (item.status === 'deferred')
      return { id: item.id, plannedStartAt: null, plannedEndAt: null };
    const slot = { id: item.id, plannedStartAt: at, plannedEndAt: at + minutesOf(item) * MINUTE };
    at = slot.plannedEndAt;
    return slot;
  });
}

export interface RunItem extends BudgetItem {
  actualStartedAt: number | null;
  actualEndedAt: number | null;
  /**
   * Countdown time already spent on the item (run mode records it as an item is left). An item
   * taken up but not finished still needs what is left of its plan; missing counts as nothing.
   */
  spentMs?: number;
}

export interface RunInput {
  /** In agenda order. */
  items: readonly RunItem[];
  /** The meeting's scheduled start (epoch ms). */
  startsAt: number;
  currentItemId: string | null;
  /**
   * The current item's countdown (`remainingAt` of its timer), which already accounts for
   * pauses and added minutes. Without it, the item is assumed to have run since its actual start.
   */
  currentRemainingMs?: number;
  now: number;
}

export interface RunSlot extends PlannedSlot {
  /**
   * When the item started (done or current), or is now expected to start if the rest of the
   * agenda runs as planned from here; null for a deferred item.
   */
  projectedStartAt: number | null;
}

export interface RunProgress {
  /** Positive = behind schedule, negative = ahead. */
  behindMs: number;
  /** When the agenda was planned to end: the scheduled start plus every counted item. */
  plannedEndAt: number;
  /** When it is now expected to end. */
  projectedEndAt: number;
  items: RunSlot[];
}

/**
 * Only a discussed item is done. An item left without finishing it (jumping to another with
 * `goto` or going back) still has to be finished, so it keeps what is left of its plan.
 */
function isDone(item: RunItem): boolean {
  return item.status === 'discussed';
}

/** What an item not yet done still needs: its plan less the time already spent on it. */
function leftOf(item: RunItem): number {
  const spent = Number.isFinite(item.spentMs) ? Math.max(0, item.spentMs ?? 0) : 0;
  return Math.max(0, minutesOf(item) * MINUTE - spent);
}

/**
 * The whole meeting's ahead/behind figure: when the agenda is now expected to end (the later of
 * `now` and the scheduled start, plus what is left of the current item, plus every item not yet
 * done) against when it was planned to end. Comparing end points rather than walking the items
 * means jumping around the agenda, revisiting an item or deferring one mid-meeting all give the
 * right figure without any special case.
 */
export function runProgress(input: RunInput): RunProgress {
  const { items, startsAt, currentItemId, now } = input;
  const planned = plannedSchedule(items, startsAt);
  const live = counted(items);
  const plannedEndAt = startsAt + live.reduce((sum, item) => sum + minutesOf(item), 0) * MINUTE;

  const current = live.find((item) => item.id === currentItemId) ?? null;
  const currentLeftMs = current ? Math.max(0, currentRemaining(current, input)) : 0;
  const origin = Math.max(now, startsAt);
  // Items still to come run in agenda order after the current one.
  let at = origin + currentLeftMs;
  const upcomingStart = new Map<string, number>();
  for (const item of live) {
    if (item === current || isDone(item)) continue;
    upcomingStart.set(item.id, at);
    at += leftOf(item);
  }
  // Once nothing is left, the agenda ended when its last item did, not whenever it is asked.
  const lastEnd = Math.max(...live.map((item) => item.actualEndedAt ?? -Infinity));
  const finished = current === null && upcomingStart.size === 0 && Number.isFinite(lastEnd);
  const projectedEndAt = finished ? lastEnd : at;

  const slots = items.map((item, index): RunSlot => {
    const slot = planned[index] ?? { id: item.id, plannedStartAt: null, plannedEndAt: null };
    if (item.status === 'deferred') return { ...slot, projectedStartAt: null };
    const projectedStartAt =
      upcomingStart.get(item.id) ?? item.actualStartedAt ?? (item === current ? origin : null);
    return { ...slot, projectedStartAt };
  });

  return { behindMs: projectedEndAt - plannedEndAt, plannedEndAt, projectedEndAt, items: slots };
}

function currentRemaining(item: RunItem, input: RunInput): number {
  if (input.currentRemainingMs !== undefined && Number.isFinite(input.currentRemainingMs)) {
    return input.currentRemainingMs;
  }
  const started = item.actualStartedAt ?? input.now;
  return started + minutesOf(item) * MINUTE - input.now;
}
