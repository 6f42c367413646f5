import type { Case, CaseSummary } from '../../../shared/contract';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { casesRepo, type CaseRecord, type StoredAgency } from '../db/repos/cases';
import { found } from '../handlers/require';
import { consentGap, toCaseAgency } from './consent';

/** A case that exists and has not been deleted (a deleted one is only reachable by undelete). */
export function liveCase(ctx: Pick<CoreContext, 'db'>, id: string): CaseRecord {
  const record = casesRepo(ctx.db).get(id);
  return found(record?.deletedAt === null ? record : undefined, 'case', id);
}

/** Only the contract's fields, with the agencies' consent as of `today`. */
export function caseView(
  { deletedAt: _deletedAt, ...record }: CaseRecord,
  agencies: readonly StoredAgency[],
  today: string,
): Case {
  return { ...record, agencies: agencies.map((a) => toCaseAgency(a, today)) };
}

export const readCase = (db: Db, record: CaseRecord, today: string): Case =>
  caseView(record, casesRepo(db).agenciesOf(record.id), today);

/** Cases with their reviews, open actions and consent gaps, for the list and the due list. */
export function summarise(db: Db, records: readonly CaseRecord[], today: string): CaseSummary[] {
  const repo = casesRepo(db);
  const agencies = Map.groupBy(repo.allAgencies(), (a) => a.caseId);
  const activity = repo.activity();
  return records.map((record) => {
    const view = caseView(record, agencies.get(record.id) ?? [], today);
    return {
      ...view,
      reviewCount: activity.get(record.id)?.reviewCount ?? 0,
      lastReviewDate: activity.get(record.id)?.lastReviewDate ?? null,
      openActions: activity.get(record.id)?.openActions ?? 0,
      consentGaps: view.agencies.filter((a) => consentGap(a, today) !== null).length,
      reviewDue:
        view.status === 'open' && view.nextReviewDate !== null && view.nextReviewDate <= today,
    };
  });
}
