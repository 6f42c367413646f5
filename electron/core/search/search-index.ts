import { randomBytes } from 'node:crypto';
import {
  SNIPPET_CLOSE,
  SNIPPET_OPEN,
  type Language,
  type SearchHit,
  type SearchKind,
} from '../../../shared/contract';
import { minutesLabels } from '../../../shared/minutes/labels';
import type { Db } from '../db/open';
import { perDb } from '../db/repos/per-db';

interface HitRow {
  id: number;
  kind: SearchKind;
  ref_id: string;
  meeting_id: string;
  item_id: string | null;
  title: string;
  body: string;
  meeting_title: string;
  meeting_date: string;
  starts_at: number;
  score: number;
  snippet: string;
  /** Set for a case review item only: its case's code ('' while no case is linked). */
  case_code: string | null;
}

/*
 * A case review item is indexed under its case code and kind (0009-case-search.ts), and shown
 * under them: "Case review — CC-2026-014" in the interface's language, never its typed title.
 */
const CASE_CODE = `CASE WHEN ci.id IS NULL THEN NULL ELSE coalesce(cc.code, '') END AS case_code`;
const CASE_JOINS = `
    LEFT JOIN agenda_items ci ON d.kind = 'item' AND ci.id = d.ref_id AND ci.kind = 'case_review'
    LEFT JOIN case_reviews cr ON cr.item_id = ci.id
    LEFT JOIN cases cc ON cc.id = cr.case_id AND cc.deleted_at IS NULL`;

/** How much of a decision's or an action's text stands as its title in the results. */
export const TITLE_CHARS = 80;

/**
 * The marks are private-use characters nobody types, but one can be pasted: SQLite writes a
 * per-process random token around matches instead, every stored mark is removed from the
 * snippet, and only then do the tokens become the contract's marks. So a mark in a snippet is
 * always a match.
 */
const token = (role: string) => `\uE002${role}${randomBytes(6).toString('hex')}\uE002`;
const OPEN_TOKEN = token('o');
const CLOSE_TOKEN = token('c');
const STORED_MARKS = /[\uE000\uE001]/g;

export function markSnippet(raw: string): string {
  return raw
    .replace(STORED_MARKS, '')
    .replaceAll(OPEN_TOKEN, SNIPPET_OPEN)
    .replaceAll(CLOSE_TOKEN, SNIPPET_CLOSE);
}

/** The first `max` characters of `text` on one line, cut at a word when one ends near there. */
export function shortTitle(text: string, max = TITLE_CHARS): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  if (chars.length <= max) return line;
  // Room for the ellipsis; a word that ends right at the cut is kept whole.
  const cut = chars.slice(0, max - 1).join('');
  if (chars[max - 1] === ' ') return `${cut}…`;
  const space = cut.lastIndexOf(' ');
  return `${space > cut.length / 2 ? cut.slice(0, space) : cut}…`;
}

export const searchIndex = perDb((db: Db) => {
  /*
   * FTS5 ranks every match itself (the `rank` column with bm25: a title match weighs five times a
   * body match) and hands rows over best first, so the joins and the snippet run only for the
   * rows read, not for every match. SQLite cannot add the tie-break (the latest meeting first,
   * e.g. for a standing item repeated at every meeting) to that order without sorting every match
   * again: equal scores arrive together, so `find` reads on past the page to the end of the last
   * score's run and orders the ties itself.
   */
  const ranked = db.prepare<{ match: string; kinds: string }, HitRow>(`
    SELECT d.id, d.kind, d.ref_id, d.meeting_id, d.item_id, d.title, d.body,
      m.title AS meeting_title, m.date AS meeting_date, m.starts_at, search_fts.rank AS score,
      snippet(search_fts, -1, '${OPEN_TOKEN}', '${CLOSE_TOKEN}', '…', 12) AS snippet, ${CASE_CODE}
    FROM search_fts
    JOIN search_docs d ON d.id = search_fts.rowid
    JOIN meetings m ON m.id = d.meeting_id ${CASE_JOINS}
    WHERE search_fts MATCH :match AND search_fts.rank MATCH 'bm25(5.0, 1.0)'
      AND instr(:kinds, ',' || d.kind || ',') > 0
    ORDER BY search_fts.rank`);
  /*
   * A word of one or two letters (the first keys typed) can match most of the index, and ranking
   * tens of thousands of matches costs more than the 10 ms a keystroke may take: those searches
   * list the latest written first instead, which FTS5 reads in rowid order without sorting.
   */
  const latest = db.prepare<{ match: string; kinds: string; limit: number }, HitRow>(`
    SELECT d.id, d.kind, d.ref_id, d.meeting_id, d.item_id, d.title, d.body,
      m.title AS meeting_title, m.date AS meeting_date, m.starts_at, 0 AS score,
      snippet(search_fts, -1, '${OPEN_TOKEN}', '${CLOSE_TOKEN}', '…', 12) AS snippet, ${CASE_CODE}
    FROM search_fts
    JOIN search_docs d ON d.id = search_fts.rowid
    JOIN meetings m ON m.id = d.meeting_id ${CASE_JOINS}
    WHERE search_fts MATCH :match AND instr(:kinds, ',' || d.kind || ',') > 0
    ORDER BY search_fts.rowid DESC
    LIMIT :limit`);

  const titleOf = (row: HitRow, language: Language) => {
    if (row.case_code !== null) return minutesLabels(language).caseReview(row.case_code);
    return row.kind === 'decision' || row.kind === 'action' ? shortTitle(row.body) : row.title;
  };
  const toHit = (row: HitRow, language: Language): SearchHit => ({
    kind: row.kind,
    id: row.ref_id,
    meetingId: row.meeting_id,
    itemId: row.item_id,
    meetingTitle: row.meeting_title,
    meetingDate: row.meeting_date,
    title: titleOf(row, language),
    snippet: markSnippet(row.snippet),
  });

  return {
    /** The best `limit` matches of an FTS5 query (see toFtsQuery) among `kinds`. */
    find(
      match: string,
      kinds: readonly SearchKind[],
      limit: number,
      language: Language = 'en',
    ): SearchHit[] {
      const rows: HitRow[] = [];
      for (const row of ranked.iterate({ match, kinds: `,${kinds.join(',')},` })) {
        if (rows.length >= limit && row.score !== rows[rows.length - 1]!.score) break;
        rows.push(row);
      }
      rows.sort((a, b) => a.score - b.score || b.starts_at - a.starts_at || b.id - a.id);
      return rows.slice(0, limit).map((row) => toHit(row, language));
    },
    /** The latest `limit` matches, for words too short to rank quickly (see `latest`). */
    findLatest(
      match: string,
      kinds: readonly SearchKind[],
      limit: number,
      language: Language = 'en',
    ): SearchHit[] {
      return latest
        .all({ match, kinds: `,${kinds.join(',')},`, limit })
        .map((row) => toHit(row, language));
    },
  };
});
