import type { Db } from '../db/open';
import { perDb } from '../db/repos/per-db';

export interface DueCase {
  id: string;
  code: string;
  nextReviewDate: string;
}

const due = perDb((db: Db) =>
  db.prepare<[string], DueCase>(`
    SELECT id, code, next_review_date AS nextReviewDate FROM cases
    WHERE deleted_at IS NULL AND status = 'open' AND next_review_date IS NOT NULL
      AND next_review_date <= ?
    ORDER BY next_review_date, code COLLATE NOCASE, id`),
);

/** Open, live cases whose next review falls on or before `byIsoDate`, soonest first. */
export function dueCases(db: Db, byIsoDate: string): DueCase[] {
  return due(db).all(byIsoDate);
}
