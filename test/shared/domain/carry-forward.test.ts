import { docFromText } from '../../../shared/domain/rich-text';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ItemKind,
  ItemStatus,
  ProposedItem,
  type AgendaItem,
} from '../../../shared/contract/meetings';
import {
  DEFAULT_REVIEW_MINUTES,
  proposeCarryForward,
  type CarriedItem,
} from '../../../shared/domain/carry-forward';

const T = Date.UTC(2026, 2, 5, 14, 30);
const review = { reviewTitle: 'Review open actions' };

let nextId = 0;
function item(overrides: Partial<AgendaItem> = {}): AgendaItem {
  nextId += 1;
  return {
    id: `item-${nextId}`,
    meetingId: 'meeting-1',
    seriesId: 'series-1',
    position: nextId,
    title: `Item ${nextId}`,
    kind: 'discussion',
    presenterPersonId: null,
    presenterOrganizationId: null,
    presenterName: null,
    presenterOrganizationName: null,
    plannedMinutes: 10,
    notes: docFromText(`Notes of item ${nextId}`),
    status: 'pending',
    recurring: false,
    speakerSeconds: null,
    confidentiality: 'shareable',
    caseId: null,
    caseCode: null,
    actualStartedAt: null,
    actualEndedAt: null,
    spentMs: 0,
    parkedFromMeetingId: null,
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}

/** The proposal without the action review the rule appends, when it appends one. */
function carried(proposal: CarriedItem[]): CarriedItem[] {
  return proposal.filter((p) => p.reason !== 'action_review');
}

describe('proposeCarryForward', () => {
  it('copies a discussed standing item fresh: pending, without the notes of this meeting', () => {
    const standing = item({
      title: 'Round of agency updates',
      kind: 'round',
      status: 'discussed',
      recurring: true,
      notes: docFromText('Shelter X is full until March'),
      plannedMinutes: 15,
      speakerSeconds: 90,
      presenterOrganizationId: 'org-1',
      presenterPersonId: 'person-1',
      actualStartedAt: T,
      actualEndedAt: T + 900_000,
      spentMs: 900_000,
    });
    expect(carried(proposeCarryForward([standing], review))).toEqual([
      {
        title: 'Round of agency updates',
        kind: 'round',
        presenterPersonId: 'person-1',
        presenterOrganizationId: 'org-1',
        plannedMinutes: 15,
        notes: null,
        confidentiality: 'shareable',
        caseId: null,
        status: 'pending',
        recurring: true,
        speakerSeconds: 90,
        reason: 'recurring',
        fromItemId: standing.id,
      },
    ]);
  });

  it('drops a discussed one-off item', () => {
    expect(carried(proposeCarryForward([item({ status: 'discussed' })], review))).toEqual([]);
  });

  it('brings forward an item not discussed as it was, without the notes taken in that meeting', () => {
    const pending = item({
      title: 'Shelter capacity this winter',
      notes: docFromText('Ask about beds'),
    });
    expect(carried(proposeCarryForward([pending], review))).toEqual([
      expect.objectContaining({
        title: 'Shelter capacity this winter',
        notes: null,
        status: 'pending',
        recurring: false,
        reason: 'not_discussed',
        fromItemId: pending.id,
      }),
    ]);
  });

  it('lists a standing item that was not discussed once, as not discussed', () => {
    const standing = item({
      recurring: true,
      notes: docFromText('Prepared: two agencies to report'),
    });
    const proposal = carried(proposeCarryForward([standing], review));
    expect(proposal).toHaveLength(1);
    expect(proposal[0]).toMatchObject({
      reason: 'not_discussed',
      recurring: true,
      notes: null,
      fromItemId: standing.id,
    });
  });

  it('brings forward a deferred item as pending', () => {
    const deferred = item({
      status: 'deferred',
      notes: docFromText('Waiting on the police liaison'),
    });
    const deferredStanding = item({ status: 'deferred', recurring: true });
    expect(carried(proposeCarryForward([deferred, deferredStanding], review))).toEqual([
      expect.objectContaining({
        reason: 'deferred',
        status: 'pending',
        notes: null,
        fromItemId: deferred.id,
      }),
      expect.objectContaining({
        reason: 'deferred',
        status: 'pending',
        recurring: true,
        notes: null,
        fromItemId: deferredStanding.id,
      }),
    ]);
  });

  it('leaves parked items in the parking lot, but keeps a parked standing slot, fresh', () => {
    const parked = item({ status: 'deferred' });
    const parkedStanding = item({
      status: 'deferred',
      recurring: true,
      notes: docFromText('Parked content'),
    });
    const parkedItemIds = new Set([parked.id, parkedStanding.id]);
    expect(
      carried(proposeCarryForward([parked, parkedStanding], { ...review, parkedItemIds })),
    ).toEqual([
      expect.objectContaining({
        reason: 'recurring',
        notes: null,
        status: 'pending',
        fromItemId: parkedStanding.id,
      }),
    ]);
  });

  it('copies only standing breaks, always fresh', () => {
    const items = [
      item({ kind: 'break', status: 'pending' }),
      item({ kind: 'break', status: 'discussed' }),
      item({ kind: 'break', status: 'deferred' }),
      item({ kind: 'break', status: 'pending', recurring: true, notes: docFromText('Coffee') }),
    ];
    expect(carried(proposeCarryForward(items, review))).toEqual([
      expect.objectContaining({
        kind: 'break',
        reason: 'recurring',
        notes: null,
        fromItemId: items[3]?.id,
      }),
    ]);
  });

  describe('every combination of status, standing, parked and break', () => {
    type Row = [
      ItemKind,
      ItemStatus,
      recurring: boolean,
      parked: boolean,
      CarriedItem['reason'] | null,
    ];
    const rows: Row[] = [
      ['discussion', 'pending', false, false, 'not_discussed'],
      ['discussion', 'pending', false, true, null],
      ['discussion', 'pending', true, false, 'not_discussed'],
      ['discussion', 'pending', true, true, 'recurring'],
      ['discussion', 'discussed', false, false, null],
      ['discussion', 'discussed', false, true, null],
      ['discussion', 'discussed', true, false, 'recurring'],
      ['discussion', 'discussed', true, true, 'recurring'],
      ['discussion', 'deferred', false, false, 'deferred'],
      ['discussion', 'deferred', false, true, null],
      ['discussion', 'deferred', true, false, 'deferred'],
      ['discussion', 'deferred', true, true, 'recurring'],
      ...ItemStatus.options.flatMap((status) =>
        [false, true].flatMap((parked): Row[] => [
          ['break', status, false, parked, null],
          ['break', status, true, parked, 'recurring'],
        ]),
      ),
    ];

    it.each(rows)(
      '%s, %s, recurring %s, parked %s → %s',
      (kind, status, recurring, parked, reason) => {
        const source = item({ kind, status, recurring, notes: docFromText('Some notes') });
        const parkedItemIds = new Set(parked ? [source.id] : []);
        const proposal = carried(proposeCarryForward([source], { ...review, parkedItemIds }));
        if (reason === null) {
          expect(proposal).toEqual([]);
          return;
        }
        expect(proposal).toEqual([
          expect.objectContaining({
            kind,
            reason,
            recurring,
            status: 'pending',
            notes: null,
            fromItemId: source.id,
          }),
        ]);
      },
    );

    it('covers every status and both kinds of item', () => {
      expect(rows).toHaveLength(24);
    });
  });

  it('keeps the agenda order', () => {
    const items = [
      item({ title: 'Welcome', recurring: true, status: 'discussed' }),
      item({ title: 'Presentation', kind: 'presentation', status: 'discussed' }),
      item({ title: 'Case A-17', kind: 'case_review', status: 'deferred' }),
      item({ title: 'Difficulties', recurring: true, status: 'discussed' }),
      item({ title: 'Housing list', status: 'pending' }),
      item({ title: 'Next meeting', recurring: true, status: 'discussed' }),
    ];
    const titles = proposeCarryForward(items, review).map((p) => p.title);
    expect(titles).toEqual([
      'Welcome',
      'Case A-17',
      'Difficulties',
      'Housing list',
      'Next meeting',
      'Review open actions',
    ]);
    // Given out of order, the items are read in the order of their positions.
    const shuffled = [items[4]!, items[0]!, items[5]!, items[2]!, items[3]!, items[1]!];
    expect(proposeCarryForward(shuffled, review).map((p) => p.title)).toEqual(titles);
  });

  it('keeps the given order between items with the same position', () => {
    const items = [
      item({ title: 'B', position: 1 }),
      item({ title: 'A', position: 1 }),
      item({ title: 'C', position: 0 }),
    ];
    expect(carried(proposeCarryForward(items, review)).map((p) => p.title)).toEqual([
      'C',
      'B',
      'A',
    ]);
  });

  describe('the action review', () => {
    it('is added last, in the given language and length', () => {
      const proposal = proposeCarryForward([item({ status: 'pending' })], {
        reviewTitle: '  Suivi des actions en cours ',
        reviewMinutes: 5,
      });
      expect(proposal.at(-1)).toEqual({
        title: 'Suivi des actions en cours',
        kind: 'action_review',
        presenterPersonId: null,
        presenterOrganizationId: null,
        plannedMinutes: 5,
        notes: null,
        confidentiality: 'shareable',
        caseId: null,
        status: 'pending',
        recurring: false,
        speakerSeconds: null,
        reason: 'action_review',
        fromItemId: null,
      });
    });

    it('lasts 10 minutes by default and is proposed even when nothing else is', () => {
      expect(DEFAULT_REVIEW_MINUTES).toBe(10);
      expect(proposeCarryForward([], review)).toEqual([
        expect.objectContaining({
          title: 'Review open actions',
          plannedMinutes: 10,
          reason: 'action_review',
        }),
      ]);
      expect(proposeCarryForward([item({ status: 'discussed' })], review)).toHaveLength(1);
    });

    it('is not added when a standing action review is copied', () => {
      const standing = item({ kind: 'action_review', recurring: true, status: 'discussed' });
      const proposal = proposeCarryForward([standing, item({ status: 'pending' })], review);
      expect(proposal.filter((p) => p.kind === 'action_review')).toEqual([
        expect.objectContaining({ reason: 'recurring', fromItemId: standing.id }),
      ]);
      expect(proposal.some((p) => p.reason === 'action_review')).toBe(false);
    });

    it('is not added when an action review that was not reached is brought forward', () => {
      const notReached = item({ kind: 'action_review', status: 'pending' });
      const proposal = proposeCarryForward([notReached], review);
      expect(proposal).toEqual([
        expect.objectContaining({ reason: 'not_discussed', fromItemId: notReached.id }),
      ]);
    });

    it('is added when the action review of this meeting is done or parked', () => {
      const done = item({ kind: 'action_review', status: 'discussed' });
      const parked = item({ kind: 'action_review', status: 'deferred' });
      const proposal = proposeCarryForward([done, parked], {
        ...review,
        parkedItemIds: new Set([parked.id]),
      });
      expect(proposal).toEqual([expect.objectContaining({ reason: 'action_review' })]);
    });
  });

  it('proposes items that `meeting.acceptNext` accepts unchanged', () => {
    const items = [
      item({ kind: 'round', recurring: true, status: 'discussed', speakerSeconds: 120 }),
      item({ kind: 'case_review', status: 'deferred', plannedMinutes: 0 }),
      item({ status: 'pending', presenterOrganizationId: 'org-7' }),
    ];
    const proposal = proposeCarryForward(items, review);
    expect(proposal).toHaveLength(4);
    for (const proposed of proposal) expect(ProposedItem.parse(proposed)).toEqual(proposed);
  });

  it('does not change the items it is given', () => {
    const items = [item({ status: 'deferred', recurring: true }), item({ status: 'discussed' })];
    const before = structuredClone(items);
    proposeCarryForward(items, { ...review, parkedItemIds: new Set([items[0]!.id]) });
    expect(items).toEqual(before);
  });

  it('holds for any agenda: one proposal per source at most, in order, with an action review', () => {
    const arbitraryItem = fc.record({
      kind: fc.constantFrom(...ItemKind.options),
      status: fc.constantFrom(...ItemStatus.options),
      recurring: fc.boolean(),
      parked: fc.boolean(),
      position: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryItem, { maxLength: 25 }), (specs) => {
        const items = specs.map(({ parked: _parked, ...spec }) => item(spec));
        const parkedItemIds = new Set(items.filter((_, i) => specs[i]?.parked).map((i) => i.id));
        const proposal = proposeCarryForward(items, { ...review, parkedItemIds });

        const fromIds = proposal.flatMap((p) => (p.fromItemId ? [p.fromItemId] : []));
        expect(new Set(fromIds).size).toBe(fromIds.length);
        const order = [...items]
          .sort((a, b) => a.position - b.position || items.indexOf(a) - items.indexOf(b))
          .map((i) => i.id);
        const indexes = fromIds.map((id) => order.indexOf(id));
        expect(indexes.every((at) => at >= 0)).toBe(true);
        expect(indexes).toEqual([...indexes].sort((a, b) => a - b));

        for (const p of proposal) {
          expect(p.status).toBe('pending');
          const source = items.find((i) => i.id === p.fromItemId);
          if (source && parkedItemIds.has(source.id)) expect(p.reason).toBe('recurring');
          if (source?.recurring === false) expect(p.reason).not.toBe('recurring');
        }
        const added = proposal.filter((p) => p.reason === 'action_review');
        const carriedReviews = proposal.filter(
          (p) => p.kind === 'action_review' && p.reason !== 'action_review',
        );
        expect(added).toHaveLength(carriedReviews.length === 0 ? 1 : 0);
        expect(proposal.at(-1)?.reason === 'action_review').toBe(added.length === 1);
      }),
    );
  });
});
