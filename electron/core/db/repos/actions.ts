import type {
  Action,
  ActionStatus,
  Confidentiality,
  Language,
  ReviewOutcome,
} from '../../../../shared/contract';
import type Database from 'better-sqlite3-multiple-ciphers';
import { isoWeekOf } from '../../../../shared/domain/calendar-day';
import { minutesLabels } from '../../../../shared/minutes/labels';
import { currentSettings } from '../../settings';
import type { Db } from '../open';
import { perDb } from './per-db';

/** An action with what only the core needs: its deletion stamp (undoable). */
export interface ActionRecord extends Action {
  deletedAt: number | null;
}

/**
 * What is stored; names are joined when read. `personName` is stored for a directory person too
 * (their name when assigned): search finds the action by it, and it survives their removal from
 * the directory. Reading shows the directory's current name while the link holds.
 */
export type NewAction = Omit<
  ActionRecord,
  | 'organizationName'
  | 'meetingTitle'
  | 'meetingDate'
  | 'itemTitle'
  | 'seriesTitle'
  | 'confidentiality'
>;

export interface ActionReview {
  actionId: string;
  meetingId: string;
  outcome: ReviewOutcome;
  reviewedAt: number;
}

/** The register's question, already parsed (see `ActionFilter` in the contract). */
export interface ActionQuery {
  organizationId?: string | undefined;
  personId?: string | undefined;
  seriesId?: string | undefined;
  meetingId?: string | undefined;
  status?: ActionStatus[] | undefined;
  due: 'any' | 'overdue' | 'this_week' | 'no_date';
  today: string;
  sort: 'due' | 'created' | 'agency' | 'person' | 'status';
  descending: boolean;
}

interface ActionRow {
  id: string;
  meeting_id: string;
  item_id: string | null;
  series_id: string | null;
  description: string;
  organization_id: string | null;
  organization_name: string | null;
  person_id: string | null;
  person_name: string;
  due_date: string | null;
  status: ActionStatus;
  closed_at: number | null;
  meeting_title: string;
  meeting_date: string;
  item_title: string | null;
  /** Set for a case review item only: its case's code ('' while no case is linked). */
  item_case_code: string | null;
  series_title: string | null;
  confidentiality: Confidentiality;
  deleted_at: number | null;
  created_at: number;
  updated_at: number;
}

/**
 * A case review item is named by its case code wherever its actions are listed (register, CSV,
 * timeline), never by the title typed on the agenda, which could name the client.
 */
const itemTitleOf = (r: ActionRow, language: Language): string | null =>
  r.item_case_code === null ? r.item_title : minutesLabels(language).caseReview(r.item_case_code);

const toAction = (r: ActionRow, language: Language): ActionRecord => ({
  id: r.id,
  meetingId: r.meeting_id,
  itemId: r.item_id,
  seriesId: r.series_id,
  description: r.description,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  personId: r.person_id,
  personName: r.person_name,
  dueDate: r.due_date,
  status: r.status,
  closedAt: r.closed_at,
  meetingTitle: r.meeting_title,
  meetingDate: r.meeting_date,
  itemTitle: itemTitleOf(r, language),
  seriesTitle: r.series_title,
  confidentiality: r.confidentiality,
  deletedAt: r.deleted_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Only the contract's fields. */
export const publicAction = ({ deletedAt: _deletedAt, ...action }: ActionRecord): Action => action;

const toPublic = (r: ActionRow, language: Language) => publicAction(toAction(r, language));

const COLUMNS = `a.id, a.meeting_id, a.item_id, a.series_id, a.description, a.organization_id,
  o.name AS organization_name, a.person_id, coalesce(p.name, a.person_name) AS person_name,
  a.due_date, a.status, a.closed_at, m.title AS meeting_title, m.date AS meeting_date,
  CASE WHEN i.kind = 'case_review' THEN NULL ELSE i.title END AS item_title,
  CASE WHEN i.kind = 'case_review' THEN coalesce(cs.code, '') END AS item_case_code,
  s.title AS series_title,
  coalesce(i.confidentiality, 'shareable') AS confidentiality, a.deleted_at, a.created_at,
  a.updated_at`;
const JOINS = `
    JOIN meetings m ON m.id = a.meeting_id
    LEFT JOIN agenda_items i ON i.id = a.item_id
    LEFT JOIN case_reviews cr ON cr.item_id = i.id AND i.kind = 'case_review'
    LEFT JOIN cases cs ON cs.id = cr.case_id AND cs.deleted_at IS NULL
    LEFT JOIN organizations o ON o.id = a.organization_id
    LEFT JOIN people p ON p.id = a.person_id
    LEFT JOIN series s ON s.id = a.series_id`;
const SELECT = `SELECT ${COLUMNS} FROM actions a ${JOINS}`;

/** Typed names sort lower-cased, beside the directory's folded names; blank is no one. */
const TYPED_KEY = `nullif(lower(trim(a.person_name)), '')`;
const STATUS_RANK = `CASE a.status WHEN 'open' THEN 0 WHEN 'done' THEN 1 ELSE 2 END`;
/** Up to this many actions, the filters' indexes find them and they are sorted (see `whereOf`). */
const SORT_AT_ONCE = 3000;

/**
 * The register's orders: statements whose first column is the rowid of an action `where` picks,
 * the others sort keys. The first key is the one the person chose (reversed when descending);
 * what has no value for it (no due date, no agency, no person) always comes last, and ties fall
 * back to the due date then creation, so a page boundary never reshuffles rows. Agencies sort by
 * folded name; people by the directory's folded name or the typed name lower-cased, a typed name
 * just before a directory person of the same name.
 *
 * Read `inOrder`, each order is one the indexes give as they are read (0003-notes.ts), so a page
 * stops at its end instead of sorting every action (EXPLAIN QUERY PLAN shows no sort, but within
 * one person's name). An index keeps NULLs first, but SQLite reads `NULLS LAST` in two passes
 * when the column follows the index's equality terms. Agencies and people are read name by name
 * through their own table's index and merged (UNION ALL with ORDER BY) with the actions with no
 * agency or a typed name; a merged branch must order by columns (`a.organization_id`, NULL
 * there, not a literal NULL), or SQLite sorts it first. Otherwise the same statements let the
 * filters' indexes lead, and SQLite sorts the few actions they find.
 */
function orderedSql(
  sort: ActionQuery['sort'],
  descending: boolean,
  where: string,
  inOrder: boolean,
): string {
  const dir = descending ? 'DESC' : 'ASC';
  // In order, the names' table leads; else nothing of the order's may (see `whereOf`).
  const join = inOrder ? 'CROSS JOIN' : 'JOIN';
  const none = (column: string) => `${inOrder ? '' : '+'}a.${column} IS NULL`;
  const ties = 'd NULLS LAST, c, r';
  const row = 'a.rowid AS r, a.due_date AS d, a.created_at AS c';
  switch (sort) {
    case 'due':
      return `SELECT a.rowid FROM actions a WHERE ${where}
        ORDER BY a.due_date ${dir} NULLS LAST, a.created_at ${dir}, a.rowid ${dir}`;
    case 'created':
      return `SELECT a.rowid FROM actions a WHERE ${where}
        ORDER BY a.created_at ${dir}, a.rowid ${dir}`;
    case 'status':
      return `SELECT a.rowid FROM actions a WHERE ${where}
        ORDER BY ${STATUS_RANK} ${dir}, a.due_date IS NULL, a.due_date, a.created_at, a.rowid`;
    case 'agency':
      return `SELECT ${row}, o.name_key AS k
          FROM organizations o ${join} actions a ON a.organization_id = o.id WHERE ${where}
        UNION ALL
        SELECT ${row}, a.organization_id FROM actions a
          WHERE ${where} AND ${none('organization_id')}
        ORDER BY k ${dir} NULLS LAST, ${ties}`;
    case 'person':
      return `SELECT ${row}, p.name_key AS k, p.id AS who
          FROM people p ${join} actions a ON a.person_id = p.id WHERE ${where}
        UNION ALL
        SELECT ${row}, ${TYPED_KEY}, a.person_id FROM actions a
          WHERE ${where} AND ${none('person_id')}
        ORDER BY k ${dir} NULLS LAST, who, ${ties}`;
  }
}

/**
 * The WHERE clause for the register's filters, and the parameters it binds.
 *
 * With no statistics (the app never runs ANALYZE), SQLite takes any equality for a narrow one and
 * follows its index, then sorts what it finds: right for a meeting's or an agency's actions,
 * ruinous for a series' twenty thousand. So when the filters match more than a few thousand
 * (`inOrder`), their terms are written `+a.column`, which no index may serve (the planner's
 * documented way to set an index aside), and the order's index is read instead, the filters
 * checked on the way; by due date, the due date's own terms keep the index they share with it.
 */
function whereOf(
  q: ActionQuery,
  inOrder = false,
): { sql: string; params: Record<string, unknown> } {
  const clauses = ['a.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  const column = (name: string) =>
    inOrder && !(q.sort === 'due' && name === 'due_date') ? `+a.${name}` : `a.${name}`;
  const equal = (key: 'organizationId' | 'personId' | 'seriesId' | 'meetingId', name: string) => {
    const value = q[key];
    if (value === undefined) return;
    clauses.push(`${column(name)} = :${key}`);
    params[key] = value;
  };
  equal('organizationId', 'organization_id');
  equal('personId', 'person_id');
  equal('seriesId', 'series_id');
  equal('meetingId', 'meeting_id');
  if (q.status !== undefined) {
    const statuses = [...new Set(q.status)];
    // "Any of none" is nothing: a register with every status unticked is empty.
    clauses.push(
      statuses.length === 0
        ? '0'
        : `${column('status')} IN (${statuses.map((_, n) => `:status${n}`).join(', ')})`,
    );
    statuses.forEach((status, n) => (params[`status${n}`] = status));
  }
  switch (q.due) {
    case 'overdue':
      clauses.push(`${column('status')} = 'open' AND ${column('due_date')} < :today`);
      params.today = q.today;
      break;
    case 'this_week': {
      const { monday, sunday } = isoWeekOf(q.today);
      clauses.push(`${column('due_date')} BETWEEN :monday AND :sunday`);
      Object.assign(params, { monday, sunday });
      break;
    }
    case 'no_date':
      clauses.push(`${column('due_date')} IS NULL`);
      break;
    case 'any':
      break;
  }
  return { sql: clauses.join(' AND '), params };
}

export const actionsRepo = perDb((db: Db) => {
  // The language case review items are named in (see itemTitleOf), unless a caller says.
  const language = () => currentSettings(db).language;
  const byId = db.prepare<[string], ActionRow>(`${SELECT} WHERE a.id = ?`);
  const byMeeting = db.prepare<[string], ActionRow>(
    `${SELECT} WHERE a.meeting_id = ? AND a.deleted_at IS NULL ORDER BY a.created_at, a.rowid`,
  );
  // Rows for a page of rowids, in the page's order.
  const byRowids = db.prepare<[string], ActionRow>(
    `SELECT ${COLUMNS} FROM json_each(?) j JOIN actions a ON a.rowid = j.value ${JOINS}
     ORDER BY j.key`,
  );
  // Open actions of the series from its earlier meetings, and whatever this meeting reviewed.
  const forReview = db.prepare<
    { meetingId: string },
    ActionRow & { outcome: ReviewOutcome | null }
  >(`
    SELECT ${COLUMNS}, r.outcome
    FROM meetings here
      JOIN actions a ON a.series_id = here.series_id
      ${JOINS}
      LEFT JOIN action_reviews r ON r.action_id = a.id AND r.meeting_id = here.id
    WHERE here.id = :meetingId AND a.deleted_at IS NULL AND m.starts_at < here.starts_at
      AND (a.status = 'open' OR r.outcome IS NOT NULL)
    ORDER BY m.starts_at, a.created_at, a.rowid`);
  const insert = db.prepare(`
    INSERT INTO actions (id, meeting_id, item_id, series_id, description, organization_id,
      person_id, person_name, due_date, status, closed_at, deleted_at, created_at, updated_at)
    VALUES (:id, :meetingId, :itemId, :seriesId, :description, :organizationId, :personId,
      :personName, :dueDate, :status, :closedAt, :deletedAt, :createdAt, :updatedAt)`);
  // An action stays with the meeting (and series) it was decided in.
  const update = db.prepare(`
    UPDATE actions SET item_id = :itemId, description = :description,
      organization_id = :organizationId, person_id = :personId, person_name = :personName,
      due_date = :dueDate, status = :status, closed_at = :closedAt, deleted_at = :deletedAt,
      updated_at = :updatedAt
    WHERE id = :id`);
  const reviewOf = db.prepare<[string, string], { outcome: ReviewOutcome; reviewed_at: number }>(
    'SELECT outcome, reviewed_at FROM action_reviews WHERE action_id = ? AND meeting_id = ?',
  );
  const putReview = db.prepare<ActionReview>(`
    INSERT INTO action_reviews (action_id, meeting_id, outcome, reviewed_at)
    VALUES (:actionId, :meetingId, :outcome, :reviewedAt)
    ON CONFLICT (action_id, meeting_id) DO UPDATE SET
      outcome = excluded.outcome, reviewed_at = excluded.reviewed_at`);
  const removeReview = db.prepare<[string, string]>(
    'DELETE FROM action_reviews WHERE action_id = ? AND meeting_id = ?',
  );

  // The register's statements depend on which filters are given: prepared once per text.
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  /** Rows in the register's order, a page of them (all when `page` is left out). */
  const ordered = (
    q: ActionQuery,
    inOrder: boolean,
    page = { limit: -1, offset: 0 },
    lang: Language = language(),
  ) => {
    const where = whereOf(q, inOrder);
    const sql = `${orderedSql(q.sort, q.descending, where.sql, inOrder)} LIMIT :limit OFFSET :offset`;
    const rowids = prepared(sql)
      .pluck()
      .all({ ...where.params, ...page });
    return rowids.length === 0
      ? []
      : byRowids.all(JSON.stringify(rowids)).map((r) => toPublic(r, lang));
  };
  /** How many actions the filters match, which says whether to read them in order. */
  const count = (q: ActionQuery) => {
    const where = whereOf(q);
    return prepared(`SELECT count(*) FROM actions a WHERE ${where.sql}`)
      .pluck()
      .get(where.params) as number;
  };

  return {
    /** Deleted actions included (see `deletedAt`), so a deletion can be undone. */
    get: (id: string) => {
      const row = byId.get(id);
      return row ? toAction(row, language()) : undefined;
    },
    /** A meeting's actions in creation order, without deleted ones. */
    listByMeeting: (meetingId: string): Action[] => {
      const lang = language();
      return byMeeting.all(meetingId).map((r) => toPublic(r, lang));
    },
    /**
     * A page of the register, and how many actions the filters match in all. `sortAtOnce` lets
     * tests read small data the way large data is read (see SORT_AT_ONCE).
     */
    list: (q: ActionQuery, page: { limit: number; offset: number }, sortAtOnce = SORT_AT_ONCE) => {
      const total = count(q);
      return { items: ordered(q, total > sortAtOnce, page), total };
    },
    /** Every action the filters match, in the register's order (for an export in `lang`). */
    all: (q: ActionQuery, lang?: Language): Action[] =>
      ordered(q, count(q) > SORT_AT_ONCE, undefined, lang),
    /** See the statement: a series meeting's "Review open actions", each with its outcome here. */
    forReview: (meetingId: string) => {
      const lang = language();
      return forReview
        .all({ meetingId })
        .map((r) => ({ ...toPublic(r, lang), outcome: r.outcome }));
    },
    insert: (a: NewAction) => insert.run(a),
    update: (a: NewAction) => update.run(a),
    review: (actionId: string, meetingId: string) => {
      const row = reviewOf.get(actionId, meetingId);
      return row ? { outcome: row.outcome, reviewedAt: row.reviewed_at } : undefined;
    },
    putReview: (review: ActionReview) => putReview.run(review),
    removeReview: (actionId: string, meetingId: string) => removeReview.run(actionId, meetingId),
  };
});
