import { z } from 'zod';
import type { ActionStatus } from '../../../../shared/contract';
import type { Db } from '../open';
import { CASE_REVIEWS_FROM } from './cases';
import { perDb } from './per-db';

/** One agency's offer as stored (names are resolved when read). */
export interface StoredOffer {
  organizationId: string;
  offer: string;
}

/** The structured part of a case review item, as stored. */
export interface StoredReview {
  itemId: string;
  caseId: string | null;
  situation: string;
  questions: string;
  offers: StoredOffer[];
  nextReviewDate: string | null;
  updatedAt: number;
}

interface ReviewRow {
  item_id: string;
  case_id: string | null;
  situation: string;
  questions: string;
  offers: string;
  next_review_date: string | null;
  updated_at: number;
}

const StoredOffers = z.array(z.object({ organizationId: z.string(), offer: z.string() }));

/** A damaged offers cell reads as no offers rather than failing the whole review. */
function parseOffers(json: string): StoredOffer[] {
  try {
    const parsed = StoredOffers.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const toReview = (r: ReviewRow): StoredReview => ({
  itemId: r.item_id,
  caseId: r.case_id,
  situation: r.situation,
  questions: r.questions,
  offers: parseOffers(r.offers),
  nextReviewDate: r.next_review_date,
  updatedAt: r.updated_at,
});

/** A review of the case on a meeting's agenda, with that meeting. */
export interface ReviewOfCase extends StoredReview {
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  meetingStatus: string;
  presentingAgency: string | null;
}

export interface ItemRecordRow {
  id: string;
  itemId: string;
  text: string;
}

export interface ItemActionRow {
  id: string;
  itemId: string;
  description: string;
  organizationName: string | null;
  personName: string;
  dueDate: string | null;
  status: ActionStatus;
}

export const caseReviewsRepo = perDb((db: Db) => {
  const byItem = db.prepare<[string], ReviewRow>(
    `SELECT item_id, case_id, situation, questions, offers, next_review_date, updated_at
     FROM case_reviews WHERE item_id = ?`,
  );
  const upsert = db.prepare(`
    INSERT INTO case_reviews (item_id, case_id, situation, questions, offers, next_review_date,
      updated_at)
    VALUES (:itemId, :caseId, :situation, :questions, :offers, :nextReviewDate, :updatedAt)
    ON CONFLICT (item_id) DO UPDATE SET case_id = excluded.case_id,
      situation = excluded.situation, questions = excluded.questions, offers = excluded.offers,
      next_review_date = excluded.next_review_date, updated_at = excluded.updated_at`);
  const ofCase = db.prepare<
    [string],
    ReviewRow & {
      meeting_id: string;
      meeting_title: string;
      meeting_date: string;
      meeting_status: string;
      presenting_agency: string | null;
    }
  >(`
    SELECT r.item_id, r.case_id, r.situation, r.questions, r.offers, r.next_review_date,
      r.updated_at, m.id AS meeting_id, m.title AS meeting_title, m.date AS meeting_date,
      m.status AS meeting_status, o.name AS presenting_agency
    ${CASE_REVIEWS_FROM}
      LEFT JOIN organizations o ON o.id = i.presenter_organization_id
    WHERE r.case_id = ?
    ORDER BY m.starts_at, m.id, i.position, i.created_at`);
  const decisionsOfCase = db.prepare<[string], ItemRecordRow>(`
    SELECT d.id, d.item_id AS itemId, d.text
    ${CASE_REVIEWS_FROM}
      JOIN decisions d ON d.item_id = i.id AND d.deleted_at IS NULL
    WHERE r.case_id = ?
    ORDER BY d.created_at, d.rowid`);
  const actionsOfCase = db.prepare<[string], ItemActionRow>(`
    SELECT a.id, a.item_id AS itemId, a.description, o.name AS organizationName,
      coalesce(p.name, a.person_name) AS personName, a.due_date AS dueDate, a.status
    ${CASE_REVIEWS_FROM}
      JOIN actions a ON a.item_id = i.id AND a.deleted_at IS NULL
      LEFT JOIN organizations o ON o.id = a.organization_id
      LEFT JOIN people p ON p.id = a.person_id
    WHERE r.case_id = ?
    ORDER BY a.created_at, a.rowid`);

  return {
    get: (itemId: string) => {
      const row = byItem.get(itemId);
      return row ? toReview(row) : undefined;
    },
    save: (review: StoredReview) =>
      upsert.run({ ...review, offers: JSON.stringify(review.offers) }),
    /** The case's reviews on meetings' agendas, oldest meeting first. */
    ofCase: (caseId: string): ReviewOfCase[] =>
      ofCase.all(caseId).map((r) => ({
        ...toReview(r),
        meetingId: r.meeting_id,
        meetingTitle: r.meeting_title,
        meetingDate: r.meeting_date,
        meetingStatus: r.meeting_status,
        presentingAgency: r.presenting_agency,
      })),
    decisionsOfCase: (caseId: string) => decisionsOfCase.all(caseId),
    actionsOfCase: (caseId: string) => actionsOfCase.all(caseId),
  };
});
