import type { Case, CaseTimeline } from '../../../shared/contract';
import type { Db } from '../db/open';
import { caseReviewsRepo } from '../db/repos/case-reviews';
import { reviewView } from './review';

/**
 * Every review of the case on a meeting's agenda (deleted items and parked copies left out),
 * oldest first, with what was decided and who does what under each.
 */
export function caseTimeline(db: Db, kase: Case): CaseTimeline {
  const repo = caseReviewsRepo(db);
  const decisions = Map.groupBy(repo.decisionsOfCase(kase.id), (d) => d.itemId);
  const actions = Map.groupBy(repo.actionsOfCase(kase.id), (a) => a.itemId);
  return {
    case: kase,
    reviews: repo.ofCase(kase.id).map((review) => ({
      review: reviewView(db, { ...review, caseCode: kase.code }, review),
      meetingId: review.meetingId,
      meetingTitle: review.meetingTitle,
      meetingDate: review.meetingDate,
      meetingStatus: review.meetingStatus,
      presentingAgency: review.presentingAgency,
      decisions: (decisions.get(review.itemId) ?? []).map(({ id, text }) => ({ id, text })),
      actions: (actions.get(review.itemId) ?? []).map(({ itemId: _itemId, ...action }) => action),
    })),
  };
}
