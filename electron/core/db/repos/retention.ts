import type { Db } from '../open';
import { perDb } from './per-db';

/** A case retention may purge, with what purging it would empty and keep. */
export interface DueCase {
  id: string;
  code: string;
  closedOn: string;
  hasInitials: boolean;
  reviews: number;
  notes: number;
  keptDecisions: number;
  keptActions: number;
}

interface DueRow {
  id: string;
  code: string;
  closed_on: string;
  has_initials: number;
  reviews: number;
  notes: number;
  kept_decisions: number;
  kept_actions: number;
}

/** The agenda items that reviewed a case (deleted ones too: they still hold their notes). */
const ITEMS_OF_CASE = 'SELECT item_id FROM case_reviews WHERE case_id = c.id';

export const retentionRepo = perDb((db: Db) => {
  const due = db.prepare<{ cutoff: string }, DueRow>(
    `SELECT c.id, c.code, c.closed_on, c.initials <> '' AS has_initials,
       (SELECT count(*) FROM case_reviews r WHERE r.case_id = c.id) AS reviews,
       (SELECT count(*) FROM agenda_items a
          WHERE a.id IN (${ITEMS_OF_CASE}) AND (a.notes <> '' OR a.notes_text <> '')) AS notes,
       (SELECT count(*) FROM decisions d
          WHERE d.item_id IN (${ITEMS_OF_CASE}) AND d.deleted_at IS NULL) AS kept_decisions,
       (SELECT count(*) FROM actions x
          WHERE x.item_id IN (${ITEMS_OF_CASE}) AND x.deleted_at IS NULL) AS kept_actions
     FROM cases c
     WHERE c.status = 'closed' AND c.closed_on <= :cutoff
       AND c.deleted_at IS NULL AND c.purged_at IS NULL
     ORDER BY c.closed_on, c.code COLLATE NOCASE`,
  );
  const codeOf = db.prepare<[string], { code: string }>('SELECT code FROM cases WHERE id = ?');
  const purgeCase = db.prepare<{ id: string; now: number }>(
    `UPDATE cases SET initials = '', purged_at = :now, updated_at = :now WHERE id = :id`,
  );
  // The notes and their plain text: the search triggers empty the item's search document (and
  // so its full-text entry) as the plain text changes.
  const emptyNotes = db.prepare<{ id: string; now: number }>(
    `UPDATE agenda_items SET notes = '', notes_text = '', updated_at = :now
     WHERE id IN (SELECT item_id FROM case_reviews WHERE case_id = :id)
       AND (notes <> '' OR notes_text <> '')`,
  );
  const emptyReviews = db.prepare<{ id: string; now: number }>(
    `UPDATE case_reviews SET situation = '', questions = '', offers = '[]', updated_at = :now
     WHERE case_id = :id`,
  );
  // Deleted search entries linger in the index's segments until they are merged: merging them
  // all now leaves no purged word in the file's search index.
  const optimizeSearch = db.prepare(`INSERT INTO search_fts (search_fts) VALUES ('optimize')`);

  return {
    due: (cutoff: string): DueCase[] =>
      due.all({ cutoff }).map((r) => ({
        id: r.id,
        code: r.code,
        closedOn: r.closed_on,
        hasInitials: r.has_initials === 1,
        reviews: r.reviews,
        notes: r.notes,
        keptDecisions: r.kept_decisions,
        keptActions: r.kept_actions,
      })),
    codeOf: (id: string) => codeOf.get(id)?.code,
    purge(id: string, now: number): void {
      emptyNotes.run({ id, now });
      emptyReviews.run({ id, now });
      purgeCase.run({ id, now });
    },
    optimizeSearch: () => optimizeSearch.run(),
  };
});
