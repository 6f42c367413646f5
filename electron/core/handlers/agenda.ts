import type { ItemKind, meetingsContract } from '../../../shared/contract';
import { defaultConfidentiality } from '../../../shared/domain/item-confidentiality';
import { AppError } from '../../../shared/errors';
import type { CoreContext, HandlersFor } from '../context';
import { agendaItemsRepo, type AgendaItemRecord } from '../db/repos/agenda-items';
import { caseReviewsRepo } from '../db/repos/case-reviews';
import { casesRepo } from '../db/repos/cases';
import { meetingsRepo } from '../db/repos/meetings';
import { insertItem } from './new-records';
import { assertOrganizationsExist, assertPeopleExist } from './references';
import { found } from './require';
import { stripUndefined } from './strip-undefined';
import { writer } from './write';

const write = writer('meetings');

/** An item that exists and has not been deleted (a deleted one is only reachable by undelete). */
export function liveItem(ctx: CoreContext, id: string): AgendaItemRecord {
  const item = agendaItemsRepo(ctx.db).get(id);
  return found(item?.deletedAt === null ? item : undefined, 'agenda item', id);
}

export function assertPresentersExist(
  ctx: CoreContext,
  item: { presenterPersonId?: string | null; presenterOrganizationId?: string | null },
): void {
  assertPeopleExist(ctx, item.presenterPersonId);
  assertOrganizationsExist(ctx, item.presenterOrganizationId);
}

/**
 * Only a case review links a case, and the case must exist. A deleted one is accepted: an item
 * carried forward keeps its link, which holds again if the case is undeleted. `path` is where
 * the input names the case.
 */
export function assertCaseLink(
  ctx: CoreContext,
  item: { kind: ItemKind; caseId: string | null },
  path: (string | number)[],
): void {
  if (item.caseId === null) return;
  if (item.kind !== 'case_review') {
    throw new AppError('invalid_input', 'Only a case review item is linked to a case.', [
      { path, message: 'caseReviewOnly' },
    ]);
  }
  found(casesRepo(ctx.db).get(item.caseId), 'case', item.caseId);
}

/** Agendas show case codes and case timelines list their reviews: a link changes both. */
function announceCaseLink(ctx: CoreContext, before: string | null, after: string | null): void {
  if (before !== after) ctx.emit('data.changed', { domains: ['cases'] });
}

const reread = (ctx: CoreContext, id: string) =>
  found(agendaItemsRepo(ctx.db).get(id), 'agenda item', id);

export const agendaHandlers: HandlersFor<
  Pick<
    typeof meetingsContract,
    'agenda.add' | 'agenda.update' | 'agenda.delete' | 'agenda.undelete' | 'agenda.reorder'
  >
> = {
  'agenda.add': ({ meetingId, item, position }, ctx) =>
    write(ctx, () => {
      found(meetingsRepo(ctx.db).get(meetingId), 'meeting', meetingId);
      assertPresentersExist(ctx, item);
      assertCaseLink(ctx, item, ['item', 'caseId']);
      announceCaseLink(ctx, null, item.caseId);
      const repo = agendaItemsRepo(ctx.db);
      // `position` counts the items people see; the stored positions also keep deleted items'
      // places, so the new item takes the place of the one it goes before and the rest move down.
      const before = position === undefined ? undefined : repo.listByMeeting(meetingId)[position];
      const at = before ? before.position : repo.endOfMeeting(meetingId);
      if (before) repo.shiftFrom(meetingId, at);
      const id = insertItem(ctx, item, { meetingId, seriesId: null, position: at });
      return reread(ctx, id);
    }),

  'agenda.update': ({ id, changes }, ctx) =>
    write(ctx, () => {
      const current = liveItem(ctx, id);
      assertPresentersExist(ctx, changes);
      const next = { ...current, ...stripUndefined(changes), updatedAt: ctx.clock.now() };
      if (changes.caseId !== undefined) assertCaseLink(ctx, next, ['changes', 'caseId']);
      else if (next.kind !== 'case_review') next.caseId = null;
      // Back to a case review: the link it kept meanwhile (see agenda-items.ts) holds again.
      else if (current.kind !== 'case_review')
        next.caseId = caseReviewsRepo(ctx.db).get(id)?.caseId ?? null;
      // An item that becomes a case review is about a client: it stops being shareable unless
      // the same change says it is.
      if (
        next.kind === 'case_review' &&
        current.kind !== 'case_review' &&
        changes.confidentiality === undefined &&
        next.confidentiality === 'shareable'
      ) {
        next.confidentiality = defaultConfidentiality('case_review');
      }
      agendaItemsRepo(ctx.db).update(next);
      announceCaseLink(ctx, current.caseId, next.caseId);
      return reread(ctx, id);
    }),

  'agenda.delete': ({ id }, ctx) =>
    write(ctx, () => {
      const item = liveItem(ctx, id);
      const meeting = item.meetingId ? meetingsRepo(ctx.db).get(item.meetingId) : undefined;
      if (meeting?.status === 'in_progress' && meeting.currentItemId === id) {
        throw new AppError('conflict', 'This item is being discussed; move on before deleting it.');
      }
      // Only stamped: its place is kept for an undo, until the meeting ends and purges it.
      const now = ctx.clock.now();
      agendaItemsRepo(ctx.db).update({ ...item, deletedAt: now, updatedAt: now });
      agendaItemsRepo(ctx.db).hideRecordsOf(id, now);
      return { id };
    }),

  'agenda.undelete': ({ id }, ctx) =>
    write(ctx, () => {
      const repo = agendaItemsRepo(ctx.db);
      const item = reread(ctx, id);
      if (item.deletedAt === null) return item;
      // A reorder since may have given its place to another item: that one moves down.
      if (item.meetingId) repo.shiftFrom(item.meetingId, item.position, item.id);
      repo.update({ ...item, deletedAt: null, updatedAt: ctx.clock.now() });
      repo.restoreRecordsOf(id, item.deletedAt);
      return reread(ctx, id);
    }),

  'agenda.reorder': ({ meetingId, itemIds }, ctx) =>
    write(ctx, () => {
      found(meetingsRepo(ctx.db).get(meetingId), 'meeting', meetingId);
      const repo = agendaItemsRepo(ctx.db);
      const current = new Set(repo.listByMeeting(meetingId).map((item) => item.id));
      const given = new Set(itemIds);
      const exact =
        given.size === itemIds.length &&
        given.size === current.size &&
        itemIds.every((id) => current.has(id));
      if (!exact) {
        throw new AppError(
          'invalid_input',
          'The new order must list every item of the meeting exactly once.',
          [{ path: ['itemIds'], message: 'invalid' }],
        );
      }
      itemIds.forEach((id, position) => repo.setPosition(id, position));
      return repo.listByMeeting(meetingId);
    }),
};
