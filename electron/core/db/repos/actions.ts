import type {
  Action,
  ActionStatus,
  Confidentiality,
  ReviewOutcome,
} from '../../../../shared/contract';
import type Database from 'better-sqlite3';
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
  series_title: string | null;
  confidentiality: Confidentiality;
  deleted_at: number | null;
  created_at: number;
  updated_at: number;
}

const toAction = (r: ActionRow): ActionRecord => ({
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
  itemTitle: r.item_title,
  seriesTitle: r.series_title,
  confidentiality: r.confidentiality,
  deletedAt: r.deleted_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Only the contract's fields. */
export const publicAction = ({ deletedAt: _deletedAt, ...action }: ActionRecord): Action => action;

const toPublic = (r: ActionRow) => publicAction(toAction(r));

const COLUMNS = `a.id, a.meeting_id, a.item_id, a.series_id, a.description, a.organization_id,
  o.name AS organization_name, a.person_id, coalesce(p.name, a.person_name) AS person_name,
  a.due_date, a.status, a.closed_at, m.title AS meeting_title, m.date AS meeting_date,
  i.title AS item_title, s.title AS series_title,
  coalesce(i.confidentiality, 'shareable') AS confidentiality, a.deleted_at, a.created_at,
  a.updated_at`;
const JOINS = `
    JOIN meetings m ON m.id = a.meeting_id
    LEFT JOIN agenda_items i ON i.id = a.item_id
    LEFT JOIN organizations o ON o.id = a.organization_id
    LEFT JOIN people p ON p.id = a.person_id
    LEFT JOIN series s ON s.id = a.series_id`;
const SELECT = `SELECT ${COLUMNS} FROM actions a ${JOINS}`;

/** Monday and Sunday of the ISO week of `today` (YYYY-MM-DD, a calendar date: no time zone). */
export function isoWeekOf(today: string): { monday: string; sunday: string } {
  const day = new Date(`${today}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const shift = (days: number) =>
    new Date(day.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  return { monday: shift(-sinceMonday), sunday: shift(6 - sinceMonday) };
}

/** A run of the register's order that one index reads in order, as far as the page needs. */
interface Run {
  /** Which statement reads it (prepared once per filters' shape, order and kind of run). */
  kind: string;
  /** The run's rows among those the filters match; its parameters are named `run…`. */
  where: string;
  order: string;
  params: Record<string, unknown>;
  size: number;
  /** A join the order needs. */
  join?: string;
  /** A typed name's run: read with the page's other typed names in one go (see `ids`). */
  typedName?: string;
}

/**
 * How an order cuts the actions the filters match into runs: a statement counting them by the
 * order's first key (one row per key, in the order the keys are read), and the runs a row of it
 * stands for.
 */
interface Plan {
  count: (where: string) => string;
  runs: (row: unknown[]) => Run[];
}

const TYPED_KEY = `nullif(lower(trim(a.person_name)), '')`;
const PERSON_KEY = `coalesce(p.name_key, ${TYPED_KEY})`;
/** Up to this many actions, an order without an index is sorted at once rather than in runs. */
const SORT_AT_ONCE = 3000;
const DUE_THEN_CREATED = 'a.due_date IS NULL, a.due_date, a.created_at, a.rowid';
const STATUS_RANK = `CASE a.status WHEN 'open' THEN 0 WHEN 'done' THEN 1 ELSE 2 END`;

/**
 * Within one key: those with a due date by due date then creation, then those without one. The
 * count row ends with how many and how many with a due date; `where` picks the key's actions; `d`
 * is the direction (a due-date sort reverses both runs).
 */
function datedRuns(
  row: unknown[],
  key: { kind: string; where: string; params: Record<string, unknown> },
  d = 'ASC',
): Run[] {
  const [total, dated] = row.slice(-2).map(Number) as [number, number];
  return [
    {
      ...key,
      kind: `${key.kind}:dated`,
      where: `${key.where} AND a.due_date IS NOT NULL`,
      order: `a.due_date ${d}, a.created_at ${d}, a.rowid ${d}`,
      size: dated,
    },
    {
      ...key,
      kind: `${key.kind}:undated`,
      where: `${key.where} AND a.due_date IS NULL`,
      order: `a.created_at ${d}, a.rowid ${d}`,
      size: total - dated,
    },
  ];
}

/**
 * The register's orders. The first key is the one the person chose (reversed when descending);
 * what has no value for it (no due date, no agency, no person) always comes last, and ties fall
 * back to the due date then creation, so a page boundary never reshuffles rows. Agencies sort
 * by folded name; people by the directory's folded name or the typed name lower-cased, a typed
 * name just before a directory person of the same name.
 *
 * Sorting 20,000 actions for every page is what makes a register slow, and "missing last" is
 * what an index cannot give (it keeps NULLs first). So an order is read as runs that each follow
 * an index: with and without a due date, per status, per agency (in name order), per person.
 * Counting the runs says where the page starts, and only the runs it covers are read, each
 * stopping at the page's end. When the filters leave few actions (`few`), agencies' and people's
 * orders, whose runs are short, are sorted in one statement instead: the same order.
 */
function planOf(sort: ActionQuery['sort'], descending: boolean, few: boolean): Plan {
  const dir = descending ? 'DESC' : 'ASC';
  const COUNTS = 'count(*), count(a.due_date)';
  const whole = (order: string) => (row: unknown[]) => [
    { kind: 'all', where: '1', order, params: {}, size: Number(row[0]) },
  ];
  // The same order in one sorted statement: quicker than many short runs for a few thousand.
  const sortedAtOnce = (join: string, order: string): Plan => ({
    count: (w) => `SELECT count(*) FROM actions a WHERE ${w}`,
    runs: (row) => [{ kind: 'sorted', join, where: '1', order, params: {}, size: Number(row[0]) }],
  });
  switch (sort) {
    case 'due':
      return {
        // Two counts, so that each reads the smallest index that answers it on its own.
        count: (w) =>
          `SELECT (SELECT count(*) FROM actions a WHERE ${w}),
             (SELECT count(*) FROM actions a WHERE ${w} AND a.due_date IS NOT NULL)`,
        runs: (row) => datedRuns(row, { kind: 'all', where: '1', params: {} }, dir),
      };
    case 'created':
      return {
        count: (w) => `SELECT count(*) FROM actions a WHERE ${w}`,
        runs: whole(`a.created_at ${dir}, a.rowid ${dir}`),
      };
    case 'status':
      return {
        count: (w) =>
          `SELECT a.status, ${COUNTS} FROM actions a WHERE ${w}
           GROUP BY a.status ORDER BY ${STATUS_RANK} ${dir}`,
        runs: (row) =>
          datedRuns(row, {
            kind: 'status',
            where: 'a.status = :runStatus',
            params: { runStatus: row[0] },
          }),
      };
    case 'agency':
      if (few) {
        return sortedAtOnce(
          'LEFT JOIN organizations o ON o.id = a.organization_id',
          `a.organization_id IS NULL, o.name_key ${dir}, ${DUE_THEN_CREATED}`,
        );
      }
      // Counted first, then named: one lookup per agency rather than per action. Names are
      // unique (name_key), so each agency's actions are one key.
      return {
        count: (w) =>
          `SELECT g.* FROM (
             SELECT a.organization_id, ${COUNTS} FROM actions a WHERE ${w}
             GROUP BY a.organization_id) g
           LEFT JOIN organizations o ON o.id = g.organization_id
           ORDER BY g.organization_id IS NULL, o.name_key ${dir}`,
        runs: (row) =>
          datedRuns(
            row,
            row[0] === null
              ? { kind: 'none', where: 'a.organization_id IS NULL', params: {} }
              : {
                  kind: 'one',
                  where: 'a.organization_id = :runOrganization',
                  params: { runOrganization: row[0] },
                },
          ),
      };
    case 'person':
      if (few) {
        return sortedAtOnce(
          'LEFT JOIN people p ON p.id = a.person_id',
          `${PERSON_KEY} IS NULL, ${PERSON_KEY} ${dir}, a.person_id, ${DUE_THEN_CREATED}`,
        );
      }
      // One key per directory person and per typed name; each key's few actions are sorted by
      // due date when read (typed names have no index: see `ids`).
      return {
        count: (w) =>
          `SELECT * FROM (
             SELECT p.name_key AS k, g.person_id AS person, NULL AS typed, g.n FROM (
                 SELECT a.person_id, count(*) AS n FROM actions a
                 WHERE ${w} AND a.person_id IS NOT NULL GROUP BY a.person_id) g
               JOIN people p ON p.id = g.person_id
             UNION ALL
             SELECT ${TYPED_KEY}, NULL, ${TYPED_KEY}, count(*) FROM actions a
               WHERE ${w} AND a.person_id IS NULL GROUP BY 1)
           ORDER BY k IS NULL, k ${dir}, person`,
        runs: ([, person, typed, n]) => {
          const base = { order: DUE_THEN_CREATED, size: Number(n) };
          if (person !== null) {
            return [
              {
                ...base,
                kind: 'one',
                where: 'a.person_id = :runPerson',
                params: { runPerson: person },
              },
            ];
          }
          if (typeof typed === 'string') {
            return [{ ...base, kind: 'typed', where: '0', params: {}, typedName: typed }];
          }
          return [
            {
              ...base,
              kind: 'none',
              where: `a.person_id IS NULL AND ${TYPED_KEY} IS NULL`,
              params: {},
            },
          ];
        },
      };
  }
}

/** The WHERE clause for a filter's shape, and the parameters it binds. */
function whereOf(q: ActionQuery): { shape: string; sql: string; params: Record<string, unknown> } {
  const clauses = ['a.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  const shape: string[] = [];
  const equal = (key: 'organizationId' | 'personId' | 'seriesId' | 'meetingId', column: string) => {
    const value = q[key];
    if (value === undefined) return;
    clauses.push(`a.${column} = :${key}`);
    params[key] = value;
    shape.push(key);
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
        : `a.status IN (${statuses.map((_, n) => `:status${n}`).join(', ')})`,
    );
    statuses.forEach((status, n) => (params[`status${n}`] = status));
    shape.push(`status${statuses.length}`);
  }
  switch (q.due) {
    case 'overdue':
      clauses.push(`a.status = 'open' AND a.due_date < :today`);
      params.today = q.today;
      break;
    case 'this_week': {
      const { monday, sunday } = isoWeekOf(q.today);
      clauses.push('a.due_date BETWEEN :monday AND :sunday');
      Object.assign(params, { monday, sunday });
      break;
    }
    case 'no_date':
      clauses.push('a.due_date IS NULL');
      break;
    case 'any':
      break;
  }
  shape.push(q.due);
  return { shape: shape.join(','), sql: clauses.join(' AND '), params };
}

export const actionsRepo = perDb((db: Db) => {
  const byId = db.prepare<[string], ActionRow>(`${SELECT} WHERE a.id = ?`);
  const byMeeting = db.prepare<[string], ActionRow>(
    `${SELECT} WHERE a.meeting_id = ? AND a.deleted_at IS NULL ORDER BY a.created_at, a.rowid`,
  );
  // Rows for a page of ids, in the page's order.
  const byIds = db.prepare<[string], ActionRow>(
    `SELECT ${COLUMNS} FROM json_each(?) j JOIN actions a ON a.id = j.value ${JOINS}
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

  // The register composes its statements from the filters given: prepared once per shape (which
  // filters, which order, which run), so each can use the index that fits it.
  const statements = new Map<string, Database.Statement>();
  const prepared = (key: string, sql: () => string) => {
    let statement = statements.get(key);
    if (!statement) {
      statement = db.prepare(sql());
      statements.set(key, statement);
    }
    return statement;
  };

  /**
   * Ids in the register's order, a page of them (all when `page` is left out), and how many the
   * filters match: the runs are counted, then read only as far as the page reaches.
   */
  const ids = (q: ActionQuery, page = { limit: -1, offset: 0 }, sortAtOnce = SORT_AT_ONCE) => {
    const where = whereOf(q);
    // Orders read in many short runs (an agency's, a person's actions) are sorted at once when
    // the filters leave few actions: reading a page then takes one statement instead of dozens.
    const few =
      (q.sort === 'agency' || q.sort === 'person') &&
      (prepared(`total|${where.shape}`, () => `SELECT count(*) FROM actions a WHERE ${where.sql}`)
        .pluck()
        .get(where.params) as number) <= sortAtOnce;
    const plan = planOf(q.sort, q.descending, few);
    const shape = `${where.shape}|${q.sort}|${q.descending ? 1 : 0}|${few ? 1 : 0}`;
    const counted = prepared(`count|${shape}`, () => plan.count(where.sql))
      .raw()
      .all(where.params) as unknown[][];
    // Which part of which run the page covers.
    const window: { run: Run; offset: number; limit: number }[] = [];
    let total = 0;
    let { offset } = page;
    let wanted = page.limit < 0 ? Number.POSITIVE_INFINITY : page.limit;
    for (const run of counted.flatMap(plan.runs)) {
      total += run.size;
      if (wanted <= 0 || run.size === 0) continue;
      if (offset >= run.size) {
        offset -= run.size;
        continue;
      }
      const limit = Math.min(wanted, run.size - offset);
      window.push({ run, offset, limit });
      wanted -= limit;
      offset = 0;
    }

    // Typed names have no index: their runs on this page are read in one pass.
    const typedNames = window.flatMap(({ run }) => run.typedName ?? []);
    const typed = new Map<string, string[]>();
    if (typedNames.length > 0) {
      const statement = prepared(
        `typed|${shape}`,
        () =>
          `SELECT ${TYPED_KEY}, a.id FROM actions a
           WHERE ${where.sql} AND a.person_id IS NULL
             AND ${TYPED_KEY} IN (SELECT value FROM json_each(:runNames))
           ORDER BY ${DUE_THEN_CREATED}`,
      );
      const rows = statement.raw().all({ ...where.params, runNames: JSON.stringify(typedNames) });
      for (const [name, id] of rows as [string, string][]) {
        const ids = typed.get(name);
        if (ids) ids.push(id);
        else typed.set(name, [id]);
      }
    }

    const found = window.flatMap(({ run, offset, limit }) => {
      if (run.typedName !== undefined) {
        return (typed.get(run.typedName) ?? []).slice(offset, offset + limit);
      }
      const statement = prepared(
        `run|${shape}|${run.kind}`,
        () =>
          `SELECT a.id FROM actions a ${run.join ?? ''} WHERE ${where.sql} AND ${run.where}
           ORDER BY ${run.order} LIMIT :limit OFFSET :offset`,
      );
      return statement.pluck().all({ ...where.params, ...run.params, limit, offset }) as string[];
    });
    return { ids: found, total };
  };
  const rowsFor = (ids: string[]) =>
    ids.length === 0 ? [] : byIds.all(JSON.stringify(ids)).map(toPublic);

  return {
    /** Deleted actions included (see `deletedAt`), so a deletion can be undone. */
    get: (id: string) => {
      const row = byId.get(id);
      return row ? toAction(row) : undefined;
    },
    /** A meeting's actions in creation order, without deleted ones. */
    listByMeeting: (meetingId: string): Action[] => byMeeting.all(meetingId).map(toPublic),
    /**
     * A page of the register, and how many actions the filters match in all. `sortAtOnce` lets
     * tests read small data the way large data is read (see SORT_AT_ONCE).
     */
    list: (q: ActionQuery, page: { limit: number; offset: number }, sortAtOnce?: number) => {
      const { ids: onPage, total } = ids(q, page, sortAtOnce);
      return { items: rowsFor(onPage), total };
    },
    /** Every action the filters match, in the register's order (for an export). */
    all: (q: ActionQuery): Action[] => rowsFor(ids(q).ids),
    /** See the statement: a series meeting's "Review open actions", each with its outcome here. */
    forReview: (meetingId: string) =>
      forReview.all({ meetingId }).map((r) => ({ ...toPublic(r), outcome: r.outcome })),
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
