import type { z } from 'zod';
import type { AgendaItem, ProposedItem } from '../contract/meetings';

/**
 * What the next meeting of a series starts with when a meeting ends ("carry-forward"). Nothing
 * is saved here: the chair sees the proposal, edits it, and accepts it (`meeting.acceptNext`).
 *
 * Each item of the ended meeting gives at most one proposed item, in the ended meeting's order:
 *
 * - **Not discussed** (still pending) or **deferred** without being parked: brought forward as it
 *   was. This holds for standing items too (reason `not_discussed`/`deferred` wins over
 *   `recurring`: it tells the chair more), and such an item stays standing.
 * - **Parked** (deferred to the series' parking lot): not brought forward, since it waits in the
 *   parking lot and would otherwise turn up twice. A parked standing item still gets its fresh
 *   standing copy: parking postpones this meeting's content, not the slot.
 * - **Discussed** standing items: a fresh copy, pending. Discussed one-off items are done.
 *
 * No item brings its notes: notes belong to the meeting they were taken in (its minutes, its
 * search results), and a copy would show them twice.
 * - **Breaks** belong to one meeting's timing: a break is copied, fresh, only when it is standing.
 *
 * Finally a "Review open actions" item is added last, unless an item carried already is an
 * action review; last, so that the standing opening items keep their place (the chair can move it).
 */

/** A proposed item with every field filled, as `ProposedItem` parses it. */
export type CarriedItem = z.output<typeof ProposedItem>;

export interface CarryForwardOptions {
  /** The title of the added action review, in the meeting's language. */
  reviewTitle: string;
  /** Its planned minutes; 10 by default. */
  reviewMinutes?: number;
  /** Items of the ended meeting that were parked: they wait in the parking lot instead. */
  parkedItemIds?: ReadonlySet<string>;
}

export const DEFAULT_REVIEW_MINUTES = 10;

type CarryReason = CarriedItem['reason'];

function reasonFor(item: AgendaItem, parked: boolean): CarryReason | null {
  // A break is never "not discussed": it is part of one meeting's timing, or a standing slot.
  const broughtForward = !parked && item.status !== 'discussed' && item.kind !== 'break';
  if (broughtForward) return item.status === 'deferred' ? 'deferred' : 'not_discussed';
  return item.recurring ? 'recurring' : null;
}

function carry(item: AgendaItem, reason: CarryReason): CarriedItem {
  return {
    title: item.title,
    kind: item.kind,
    presenterPersonId: item.presenterPersonId,
    presenterOrganizationId: item.presenterOrganizationId,
    plannedMinutes: item.plannedMinutes,
    notes: null,
    status: 'pending',
    recurring: item.recurring,
    speakerSeconds: item.speakerSeconds,
    confidentiality: item.confidentiality,
    // A case review not reached still reviews the same case.
    caseId: item.caseId,
    reason,
    fromItemId: item.id,
  };
}

/** Sorts by position, keeping the given order for equal positions. */
function inAgendaOrder(items: readonly AgendaItem[]): AgendaItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.position - b.item.position || a.index - b.index)
    .map(({ item }) => item);
}

/** The items proposed for the next occurrence, from the items of the meeting that ended. */
export function proposeCarryForward(
  items: readonly AgendaItem[],
  options: CarryForwardOptions,
): CarriedItem[] {
  const parked = options.parkedItemIds ?? new Set<string>();
  const proposed: CarriedItem[] = [];
  for (const item of inAgendaOrder(items)) {
    const reason = reasonFor(item, parked.has(item.id));
    if (reason) proposed.push(carry(item, reason));
  }
  if (!proposed.some((item) => item.kind === 'action_review')) {
    proposed.push({
      title: options.reviewTitle.trim(),
      kind: 'action_review',
      presenterPersonId: null,
      presenterOrganizationId: null,
      plannedMinutes: options.reviewMinutes ?? DEFAULT_REVIEW_MINUTES,
      notes: null,
      status: 'pending',
      confidentiality: 'shareable',
      caseId: null,
      // The rule adds it again after every meeting, so it need not be standing.
      recurring: false,
      speakerSeconds: null,
      reason: 'action_review',
      fromItemId: null,
    });
  }
  return proposed;
}
