import type { CaseReview } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import type { AgendaItemRecord } from '../db/repos/agenda-items';
import type { StoredReview } from '../db/repos/case-reviews';
import { organizationsRepo } from '../db/repos/organizations';
import { liveItem } from '../handlers/agenda';

/** Only a case review item has a case review; `path` names the offending field. */
export function caseReviewItem(
  ctx: CoreContext,
  itemId: string,
  path: (string | number)[] = ['itemId'],
): AgendaItemRecord {
  const item = liveItem(ctx, itemId);
  if (item.kind !== 'case_review') {
    throw new AppError('invalid_input', 'Only a case review item has a case review.', [
      { path, message: 'caseReviewOnly' },
    ]);
  }
  return item;
}

/** A review as the contract shows it; an item nothing was written for yet has an empty one. */
export function reviewView(
  db: Db,
  link: { itemId: string; caseId: string | null; caseCode: string | null },
  stored: StoredReview | undefined,
): CaseReview {
  const organizations = organizationsRepo(db);
  return {
    itemId: link.itemId,
    caseId: link.caseId,
    caseCode: link.caseCode,
    situation: stored?.situation ?? '',
    questions: stored?.questions ?? '',
    offers: (stored?.offers ?? []).map((o) => ({
      ...o,
      name: organizations.get(o.organizationId)?.name ?? '',
    })),
    nextReviewDate: stored?.nextReviewDate ?? null,
    updatedAt: stored?.updatedAt ?? null,
  };
}
