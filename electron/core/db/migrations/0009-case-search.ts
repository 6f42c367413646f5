import type { Migration } from '../migrate';

/**
 * Search finds a case review by its case code, never by the title typed on the agenda (it could
 * name the client): the item's row in `search_docs` takes the code and the kind's name in both
 * languages ("CC-2026-014 Case review Discussion de cas"), so Ctrl+K "CC-2026-014" or "case
 * review" finds it whatever the interface language, and no typed name is searchable or shown in
 * a snippet. Its notes stay searchable, as every item's are.
 *
 * The code follows the item's link to its case (`case_reviews`), the case's code and deletion,
 * and the item's kind; 0003's item triggers are replaced to read the kind too.
 */

/** The words a case review is found by (frozen here: a migration never reads app code). */
const KIND_WORDS = 'Case review Discussion de cas';

/** The title indexed for item `itemId` when it is a case review. */
const caseTitle = (itemId: string) => `trim(coalesce((
    SELECT c.code FROM case_reviews r JOIN cases c ON c.id = r.case_id AND c.deleted_at IS NULL
    WHERE r.item_id = ${itemId}), '') || ' ${KIND_WORDS}')`;

/** What item `item` (a row alias: new, old, i) is indexed under. */
const indexedTitle = (item: string) =>
  `CASE WHEN ${item}.kind = 'case_review' THEN ${caseTitle(`${item}.id`)} ELSE ${item}.title END`;

/** Re-titles the case review items `which` selects (a query of item ids). */
const retitle = (which: string) => `
  UPDATE search_docs SET title = (SELECT ${indexedTitle('i')} FROM agenda_items i
    WHERE i.id = search_docs.ref_id)
  WHERE kind = 'item' AND ref_id IN (
    SELECT i.id FROM agenda_items i WHERE i.kind = 'case_review' AND i.id IN (${which}));`;

export const m0009: Migration = {
  version: 9,
  name: '0009-case-search',
  up(db) {
    db.exec(`
      DROP TRIGGER agenda_items_search_ai;
      DROP TRIGGER agenda_items_search_au;

      CREATE TRIGGER agenda_items_search_ai AFTER INSERT ON agenda_items
        WHEN new.meeting_id IS NOT NULL AND new.deleted_at IS NULL BEGIN
        INSERT INTO search_docs (kind, ref_id, meeting_id, item_id, title, body)
          VALUES ('item', new.id, new.meeting_id, new.id, ${indexedTitle('new')}, new.notes_text);
      END;
      CREATE TRIGGER agenda_items_search_au
        AFTER UPDATE OF title, kind, notes_text, meeting_id, deleted_at ON agenda_items BEGIN
        DELETE FROM search_docs WHERE kind = 'item' AND ref_id = old.id
          AND (new.meeting_id IS NULL OR new.deleted_at IS NOT NULL);
        INSERT INTO search_docs (kind, ref_id, meeting_id, item_id, title, body)
          SELECT 'item', new.id, new.meeting_id, new.id, ${indexedTitle('new')}, new.notes_text
          WHERE new.meeting_id IS NOT NULL AND new.deleted_at IS NULL
          ON CONFLICT (kind, ref_id) DO UPDATE SET
            meeting_id = excluded.meeting_id, title = excluded.title, body = excluded.body;
      END;

      -- The item's link to a case, made, changed or removed.
      CREATE TRIGGER case_reviews_search_ai AFTER INSERT ON case_reviews BEGIN
        ${retitle('new.item_id')}
      END;
      CREATE TRIGGER case_reviews_search_au AFTER UPDATE OF case_id ON case_reviews BEGIN
        ${retitle('new.item_id')}
      END;
      CREATE TRIGGER case_reviews_search_ad AFTER DELETE ON case_reviews BEGIN
        ${retitle('old.item_id')}
      END;
      -- A case's code changed, or the case deleted or brought back.
      CREATE TRIGGER cases_search_au AFTER UPDATE OF code, deleted_at ON cases BEGIN
        ${retitle('SELECT item_id FROM case_reviews WHERE case_id = new.id')}
      END;

      -- Case reviews indexed until now under their typed titles.
      ${retitle("SELECT id FROM agenda_items WHERE kind = 'case_review'")}
    `);
  },
};
