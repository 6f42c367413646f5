import type { Decision, Language } from '../../../../shared/contract';
import { minutesLabels } from '../../../../shared/minutes/labels';
import { currentSettings } from '../../settings';
import type { Db } from '../open';
import { perDb } from './per-db';

/** A decision with what only the core needs: its deletion stamp (undoable). */
export interface DecisionRecord extends Decision {
  deletedAt: number | null;
}

/** What is stored; the meeting's and item's names are joined when read. */
export type NewDecision = Omit<DecisionRecord, 'meetingTitle' | 'meetingDate' | 'itemTitle'>;

interface DecisionRow {
  id: string;
  meeting_id: string;
  item_id: string | null;
  series_id: string | null;
  text: string;
  meeting_title: string;
  meeting_date: string;
  item_title: string | null;
  /** Set for a case review item only: its case's code ('' while no case is linked). */
  item_case_code: string | null;
  deleted_at: number | null;
  created_at: number;
  updated_at: number;
}

/** A case review item is named by its case code, never by the title typed for it. */
const toDecision = (r: DecisionRow, language: Language): DecisionRecord => ({
  id: r.id,
  meetingId: r.meeting_id,
  itemId: r.item_id,
  seriesId: r.series_id,
  text: r.text,
  meetingTitle: r.meeting_title,
  meetingDate: r.meeting_date,
  itemTitle:
    r.item_case_code === null ? r.item_title : minutesLabels(language).caseReview(r.item_case_code),
  deletedAt: r.deleted_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Only the contract's fields. */
export const publicDecision = ({ deletedAt: _deletedAt, ...decision }: DecisionRecord): Decision =>
  decision;

const SELECT = `
  SELECT d.id, d.meeting_id, d.item_id, d.series_id, d.text, m.title AS meeting_title,
    m.date AS meeting_date, CASE WHEN i.kind = 'case_review' THEN NULL ELSE i.title END AS item_title,
    CASE WHEN i.kind = 'case_review' THEN coalesce(cs.code, '') END AS item_case_code,
    d.deleted_at, d.created_at, d.updated_at
  FROM decisions d
    JOIN meetings m ON m.id = d.meeting_id
    LEFT JOIN agenda_items i ON i.id = d.item_id
    LEFT JOIN case_reviews cr ON cr.item_id = i.id AND i.kind = 'case_review'
    LEFT JOIN cases cs ON cs.id = cr.case_id AND cs.deleted_at IS NULL`;
// Ties (two decisions in the same millisecond) keep a stable order.
const IN_ORDER_TAKEN = 'ORDER BY d.created_at, d.rowid';
const NEWEST_FIRST = 'ORDER BY m.starts_at DESC, d.created_at DESC, d.rowid DESC';
// A search: decisions whose indexed text matches an FTS5 query (see search/fts-query.ts).
const MATCHING = `d.id IN (SELECT s.ref_id FROM search_fts f JOIN search_docs s ON s.id = f.rowid
  WHERE search_fts MATCH :query AND s.kind = 'decision')`;

export const decisionsRepo = perDb((db: Db) => {
  // The language case review items are named in (see toDecision).
  const language = () => currentSettings(db).language;
  const byId = db.prepare<[string], DecisionRow>(`${SELECT} WHERE d.id = ?`);
  const byMeeting = db.prepare<{ meetingId: string }, DecisionRow>(
    `${SELECT} WHERE d.meeting_id = :meetingId AND d.deleted_at IS NULL ${IN_ORDER_TAKEN}`,
  );
  const byMeetingMatching = db.prepare<{ meetingId: string; query: string }, DecisionRow>(
    `${SELECT} WHERE d.meeting_id = :meetingId AND d.deleted_at IS NULL AND ${MATCHING}
     ${IN_ORDER_TAKEN}`,
  );
  const bySeries = db.prepare<{ seriesId: string }, DecisionRow>(
    `${SELECT} WHERE d.series_id = :seriesId AND d.deleted_at IS NULL ${NEWEST_FIRST}`,
  );
  const bySeriesMatching = db.prepare<{ seriesId: string; query: string }, DecisionRow>(
    `${SELECT} WHERE d.series_id = :seriesId AND d.deleted_at IS NULL AND ${MATCHING}
     ${NEWEST_FIRST}`,
  );
  const insert = db.prepare(`
    INSERT INTO decisions (id, meeting_id, item_id, series_id, text, deleted_at, created_at, updated_at)
    VALUES (:id, :meetingId, :itemId, :seriesId, :text, :deletedAt, :createdAt, :updatedAt)`);
  const update = db.prepare(`
    UPDATE decisions SET item_id = :itemId, text = :text, deleted_at = :deletedAt,
      updated_at = :updatedAt
    WHERE id = :id`);

  return {
    /** Deleted decisions included (see `deletedAt`), so a deletion can be undone. */
    get: (id: string) => {
      const row = byId.get(id);
      return row ? toDecision(row, language()) : undefined;
    },
    /** A meeting's decisions in the order taken, without deleted ones; `query` is FTS5 syntax. */
    listByMeeting: (meetingId: string, query: string | null = null): Decision[] => {
      const lang = language();
      return (
        query === null ? byMeeting.all({ meetingId }) : byMeetingMatching.all({ meetingId, query })
      ).map((r) => publicDecision(toDecision(r, lang)));
    },
    /** A series' decision log, newest meeting first; `query` is FTS5 syntax. */
    listBySeries: (seriesId: string, query: string | null = null): Decision[] => {
      const lang = language();
      return (
        query === null ? bySeries.all({ seriesId }) : bySeriesMatching.all({ seriesId, query })
      ).map((r) => publicDecision(toDecision(r, lang)));
    },
    insert: (d: NewDecision) => insert.run(d),
    /** The text, the item and the deletion stamp: a decision never moves to another meeting. */
    update: (d: NewDecision) => update.run(d),
  };
});
