import type { Db } from '../open';
import { perDb } from './per-db';

/** A significant change as stored, with the name of the organization whose change it is. */
export interface ChangeRecord {
  id: string;
  title: string;
  description: string;
  organizationId: string | null;
  organizationName: string | null;
  effectiveDate: string | null;
  deletedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export type NewChange = Omit<ChangeRecord, 'organizationName'>;

/** One partner on a change's checklist. */
export interface ChecklistEntry {
  organizationId: string;
  name: string;
  notifiedOn: string | null;
}

export interface Checklist {
  entries: ChecklistEntry[];
  notifiedCount: number;
}

const withCount = (entries: ChecklistEntry[]): Checklist => ({
  entries,
  notifiedCount: entries.reduce((n, e) => (e.notifiedOn === null ? n : n + 1), 0),
});

export interface PendingChange {
  id: string;
  title: string;
  notifiedCount: number;
  totalCount: number;
}

interface ChangeRow {
  id: string;
  title: string;
  description: string;
  organization_id: string | null;
  organization_name: string | null;
  effective_date: string | null;
  deleted_at: number | null;
  created_at: number;
  updated_at: number;
}

interface NoticeRow {
  organization_id: string;
  name: string;
  notified_on: string | null;
}

const toChange = (r: ChangeRow): ChangeRecord => ({
  id: r.id,
  title: r.title,
  description: r.description,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  effectiveDate: r.effective_date,
  deletedAt: r.deleted_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SELECT = `
  SELECT s.id, s.title, s.description, s.organization_id, o.name AS organization_name,
    s.effective_date, s.deleted_at, s.created_at, s.updated_at
  FROM significant_changes s LEFT JOIN organizations o ON o.id = s.organization_id`;

/*
 * The checklist leaves archived organizations out: a partner no longer in the network needs no
 * telling, and would otherwise keep the change pending for ever. Unarchived, it is back.
 */
const NOTICES = `
  SELECT n.organization_id, o.name, n.notified_on
  FROM change_notices n JOIN organizations o ON o.id = n.organization_id
  WHERE o.archived_at IS NULL`;

export const significantChangesRepo = perDb((db: Db) => {
  const byId = db.prepare<[string], ChangeRow>(`${SELECT} WHERE s.id = ?`);
  const live = db.prepare<[], ChangeRow>(
    `${SELECT} WHERE s.deleted_at IS NULL ORDER BY s.created_at DESC, s.rowid DESC`,
  );
  const noticesOf = db.prepare<[string], NoticeRow>(
    `${NOTICES} AND n.change_id = ? ORDER BY o.name_key, o.name`,
  );
  // Every change's checklist is tens of thousands of rows after years of changes told to every
  // partner. The table is read bare (a sequential scan: joining it to the changes or the
  // organizations costs an index lookup per row, and sorting it in SQL a sort of every row) and
  // each row is dropped into its slot, by partner name, of its change's checklist.
  const everyNotice = db
    .prepare<[], [changeId: string, organizationId: string, notifiedOn: string | null]>(
      'SELECT change_id, organization_id, notified_on FROM change_notices',
    )
    .raw();
  const activeOrganizations = db
    .prepare<[], [id: string, name: string]>(
      'SELECT id, name FROM organizations WHERE archived_at IS NULL ORDER BY name_key, name',
    )
    .raw();
  // Only changes with an unticked notice are counted: most changes are long since shared.
  const pending = db.prepare<[], { id: string; title: string; notified: number; total: number }>(`
    SELECT s.id, s.title, count(n.notified_on) AS notified, count(*) AS total
    FROM significant_changes s
      JOIN change_notices n ON n.change_id = s.id
      JOIN organizations o ON o.id = n.organization_id AND o.archived_at IS NULL
    WHERE s.deleted_at IS NULL
      AND s.id IN (SELECT change_id FROM change_notices WHERE notified_on IS NULL)
    GROUP BY s.id
    HAVING count(n.notified_on) < count(*)
    ORDER BY s.created_at DESC, s.rowid DESC`);
  const insert = db.prepare(`
    INSERT INTO significant_changes (id, title, description, organization_id, effective_date,
      deleted_at, created_at, updated_at)
    VALUES (:id, :title, :description, :organizationId, :effectiveDate, :deletedAt, :createdAt,
      :updatedAt)`);
  const update = db.prepare(`
    UPDATE significant_changes SET title = :title, description = :description,
      organization_id = :organizationId, effective_date = :effectiveDate, deleted_at = :deletedAt,
      updated_at = :updatedAt
    WHERE id = :id`);
  const putNotice = db.prepare(`
    INSERT INTO change_notices (change_id, organization_id, notified_on, created_at)
    VALUES (:changeId, :organizationId, :notifiedOn, :now)
    ON CONFLICT (change_id, organization_id) DO UPDATE SET notified_on = excluded.notified_on`);
  const addNotice = db.prepare(`
    INSERT INTO change_notices (change_id, organization_id, notified_on, created_at)
    VALUES (:changeId, :organizationId, NULL, :now)
    ON CONFLICT (change_id, organization_id) DO NOTHING`);
  const removeNotice = db.prepare<[string, string]>(
    'DELETE FROM change_notices WHERE change_id = ? AND organization_id = ?',
  );

  const toEntry = (r: NoticeRow): ChecklistEntry => ({
    organizationId: r.organization_id,
    name: r.name,
    notifiedOn: r.notified_on,
  });

  const fields = (c: NewChange) => ({
    id: c.id,
    title: c.title,
    description: c.description,
    organizationId: c.organizationId,
    effectiveDate: c.effectiveDate,
    deletedAt: c.deletedAt,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  });

  return {
    /** Deleted changes included (see `deletedAt`), so a deletion can be undone. */
    get: (id: string) => {
      const row = byId.get(id);
      return row ? toChange(row) : undefined;
    },
    /** Live changes, newest first. */
    list: () => live.all().map(toChange),
    /** One change's checklist, by partner name. */
    checklist: (changeId: string): Checklist => withCount(noticesOf.all(changeId).map(toEntry)),
    /**
     * The checklists of the changes named, each by partner name, in two queries whatever their
     * number: a list of every change must not cost a query per change.
     */
    checklists: (changeIds: readonly string[]): Map<string, Checklist> => {
      const organizations = activeOrganizations.all();
      const rank = new Map(organizations.map(([id], n) => [id, n]));
      // A sparse array per change, indexed by the partner's rank by name: no sort needed.
      const slots = new Map(
        changeIds.map((id) => [id, new Array<ChecklistEntry>(organizations.length)]),
      );
      for (const [changeId, organizationId, notifiedOn] of everyNotice.all()) {
        // An archived partner (no rank) needs no telling; a deleted change was not asked for.
        const n = rank.get(organizationId);
        const slot = slots.get(changeId);
        if (n !== undefined && slot)
          slot[n] = { organizationId, name: organizations[n]![1], notifiedOn };
      }
      // filter() skips the holes: the partners not on that checklist.
      return new Map([...slots].map(([id, slot]) => [id, withCount(slot.filter(() => true))]));
    },
    pending: (): PendingChange[] =>
      pending.all().map((r) => ({
        id: r.id,
        title: r.title,
        notifiedCount: r.notified,
        totalCount: r.total,
      })),
    insert: (c: NewChange) => insert.run(fields(c)),
    update: (c: NewChange) => update.run(fields(c)),
    /** Lists a partner (unticked) unless it is listed already. */
    addNotice: (changeId: string, organizationId: string, now: number) =>
      addNotice.run({ changeId, organizationId, now }),
    setNotice: (changeId: string, organizationId: string, notifiedOn: string | null, now: number) =>
      putNotice.run({ changeId, organizationId, notifiedOn, now }),
    removeNotice: (changeId: string, organizationId: string) =>
      removeNotice.run(changeId, organizationId),
  };
});
