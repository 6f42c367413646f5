import type { Case, CaseStatus, ConsentState } from '../../../../shared/contract';
import { foldForSearch } from '../../../../shared/domain/search-text';
import type { Db } from '../open';
import { perDb } from './per-db';

/** A case as stored, without its agencies; the lead's name is resolved when read. */
export interface CaseRecord extends Omit<Case, 'agencies'> {
  /** Set while deleted (undoable). */
  deletedAt: number | null;
}

export type NewCase = Omit<CaseRecord, 'leadOrganizationName'>;

/** One agency's consent as stored; whether it expired depends on the day it is read. */
export interface StoredAgency {
  caseId: string;
  organizationId: string;
  name: string;
  shortName: string;
  consent: ConsentState;
  consentDate: string | null;
  expiresOn: string | null;
  formReference: string;
}

export type NewAgency = Omit<StoredAgency, 'name' | 'shortName'>;

/** What the case list adds to each case: its reviews and their open actions. */
export interface CaseActivity {
  reviewCount: number;
  lastReviewDate: string | null;
  openActions: number;
}

interface CaseRow {
  id: string;
  code: string;
  initials: string;
  lead_organization_id: string | null;
  lead_organization_name: string | null;
  status: CaseStatus;
  opened_on: string;
  closed_on: string | null;
  close_reason: string;
  next_review_date: string | null;
  purged_at: number | null;
  deleted_at: number | null;
  created_at: number;
  updated_at: number;
}

const toCase = (r: CaseRow): CaseRecord => ({
  id: r.id,
  code: r.code,
  initials: r.initials,
  leadOrganizationId: r.lead_organization_id,
  leadOrganizationName: r.lead_organization_name,
  status: r.status,
  openedOn: r.opened_on,
  closedOn: r.closed_on,
  closeReason: r.close_reason,
  nextReviewDate: r.next_review_date,
  purgedAt: r.purged_at,
  deletedAt: r.deleted_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SELECT = `
  SELECT c.id, c.code, c.initials, c.lead_organization_id, o.name AS lead_organization_name,
    c.status, c.opened_on, c.closed_on, c.close_reason, c.next_review_date, c.purged_at,
    c.deleted_at, c.created_at, c.updated_at
  FROM cases c LEFT JOIN organizations o ON o.id = c.lead_organization_id`;

const AGENCIES = `
  SELECT a.case_id AS caseId, a.organization_id AS organizationId, o.name, o.short_name AS shortName,
    a.consent, a.consent_date AS consentDate, a.expires_on AS expiresOn,
    a.form_reference AS formReference
  FROM case_agencies a JOIN organizations o ON o.id = a.organization_id`;

/**
 * The reviews that count for a case: live `case_review` items on a meeting's agenda (not waiting
 * in a parking lot), and the live actions recorded under them.
 */
export const CASE_REVIEWS_FROM = `
  FROM case_reviews r
    JOIN agenda_items i ON i.id = r.item_id AND i.kind = 'case_review'
      AND i.deleted_at IS NULL AND i.meeting_id IS NOT NULL
    JOIN meetings m ON m.id = i.meeting_id`;

export const casesRepo = perDb((db: Db) => {
  const byId = db.prepare<[string], CaseRow>(`${SELECT} WHERE c.id = ?`);
  const list = db.prepare<{ status: string | null }, CaseRow>(`
    ${SELECT}
    WHERE c.deleted_at IS NULL AND (:status IS NULL OR c.status = :status)
    ORDER BY c.status = 'closed', c.code COLLATE NOCASE, c.id`);
  const liveWithCode = db.prepare<{ code: string; exceptId: string }, { id: string }>(
    `SELECT id FROM cases WHERE code = :code COLLATE NOCASE AND deleted_at IS NULL
       AND id <> :exceptId`,
  );
  const everWithCode = db.prepare<[string], { id: string }>(
    'SELECT id FROM cases WHERE code = ? COLLATE NOCASE LIMIT 1',
  );
  const insert = db.prepare(`
    INSERT INTO cases (id, code, initials, lead_organization_id, status, opened_on, closed_on,
      close_reason, next_review_date, purged_at, deleted_at, created_at, updated_at)
    VALUES (:id, :code, :initials, :leadOrganizationId, :status, :openedOn, :closedOn,
      :closeReason, :nextReviewDate, :purgedAt, :deletedAt, :createdAt, :updatedAt)`);
  const update = db.prepare(`
    UPDATE cases SET code = :code, initials = :initials,
      lead_organization_id = :leadOrganizationId, status = :status, opened_on = :openedOn,
      closed_on = :closedOn, close_reason = :closeReason, next_review_date = :nextReviewDate,
      purged_at = :purgedAt, deleted_at = :deletedAt, updated_at = :updatedAt
    WHERE id = :id`);

  const agenciesOf = db.prepare<[string], StoredAgency>(
    `${AGENCIES} WHERE a.case_id = ? ORDER BY o.name_key, o.name, a.organization_id`,
  );
  const allAgencies = db.prepare<[], StoredAgency>(
    `${AGENCIES} JOIN cases c ON c.id = a.case_id AND c.deleted_at IS NULL
     ORDER BY o.name_key, o.name, a.organization_id`,
  );
  const upsertAgency = db.prepare(`
    INSERT INTO case_agencies (case_id, organization_id, consent, consent_date, expires_on,
      form_reference)
    VALUES (:caseId, :organizationId, :consent, :consentDate, :expiresOn, :formReference)
    ON CONFLICT (case_id, organization_id) DO UPDATE SET consent = excluded.consent,
      consent_date = excluded.consent_date, expires_on = excluded.expires_on,
      form_reference = excluded.form_reference`);
  // Involving an agency again keeps what is on file for it.
  const involve = db.prepare<{ caseId: string; organizationId: string }>(`
    INSERT INTO case_agencies (case_id, organization_id) VALUES (:caseId, :organizationId)
    ON CONFLICT (case_id, organization_id) DO NOTHING`);
  const removeAgency = db.prepare<{ caseId: string; organizationId: string }>(
    'DELETE FROM case_agencies WHERE case_id = :caseId AND organization_id = :organizationId',
  );

  const activity = db.prepare<[], CaseActivity & { caseId: string }>(`
    SELECT r.case_id AS caseId, count(*) AS reviewCount, max(m.date) AS lastReviewDate,
      coalesce(sum((SELECT count(*) FROM actions a
        WHERE a.item_id = i.id AND a.status = 'open' AND a.deleted_at IS NULL)), 0) AS openActions
    ${CASE_REVIEWS_FROM}
    WHERE r.case_id IS NOT NULL
    GROUP BY r.case_id`);

  const lastNumber = db.prepare<[number], { last: number }>(
    'SELECT last FROM case_code_counters WHERE year = ?',
  );
  const setLastNumber = db.prepare<{ year: number; last: number }>(`
    INSERT INTO case_code_counters (year, last) VALUES (:year, :last)
    ON CONFLICT (year) DO UPDATE SET last = max(last, excluded.last)`);

  return {
    /** Deleted cases included (see `deletedAt`), so a deletion can be undone. */
    get: (id: string) => {
      const row = byId.get(id);
      return row ? toCase(row) : undefined;
    },
    /** Live cases, open ones first, by code; `query` looks in codes and initials. */
    list: (filter: { status?: CaseStatus | undefined; query?: string | undefined }) => {
      // Folded as the directory folds names: "m.l" finds M. L., "014" finds CC-2026-014.
      const query = foldForSearch(filter.query ?? '');
      const matches = (c: CaseRow) =>
        query === '' || [c.code, c.initials].some((t) => foldForSearch(t).includes(query));
      return list
        .all({ status: filter.status ?? null })
        .filter(matches)
        .map(toCase);
    },
    /** A live case other than `exceptId` with this code (codes compare without case). */
    codeTaken: (code: string, exceptId = '') => liveWithCode.get({ code, exceptId }) !== undefined,
    /** Whether any case, deleted ones included, ever had this code. */
    codeEverUsed: (code: string) => everWithCode.get(code) !== undefined,
    insert: (c: NewCase) => insert.run(c),
    update: (c: NewCase) => update.run(c),

    agenciesOf: (caseId: string) => agenciesOf.all(caseId),
    /** Every live case's agencies, in name order, for the case list. */
    allAgencies: () => allAgencies.all(),
    setConsent: (agency: NewAgency) => upsertAgency.run(agency),
    involve: (caseId: string, organizationId: string) => involve.run({ caseId, organizationId }),
    removeAgency: (caseId: string, organizationId: string) =>
      removeAgency.run({ caseId, organizationId }),

    /** Reviews and open actions per case (cases never reviewed are absent). */
    activity: () => new Map(activity.all().map(({ caseId, ...a }) => [caseId, a])),

    /** The last generated number of `year` (0 before the first). */
    lastNumber: (year: number) => lastNumber.get(year)?.last ?? 0,
    /** Never lowers it: a number handed out stays handed out. */
    setLastNumber: (year: number, last: number) => setLastNumber.run({ year, last }),
  };
});
