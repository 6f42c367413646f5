import type { ConnectionKind } from '../../../../shared/contract';
import type { Db } from '../open';
import { perDb } from './per-db';

/** A connection as stored, with both organizations' names and its deletion stamp. */
export interface ConnectionRecord {
  id: string;
  fromId: string;
  fromName: string;
  toId: string;
  toName: string;
  kind: ConnectionKind;
  note: string;
  since: string | null;
  deletedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export type NewConnection = Omit<ConnectionRecord, 'fromName' | 'toName'>;

interface ConnectionRow {
  id: string;
  from_id: string;
  from_name: string;
  to_id: string;
  to_name: string;
  kind: ConnectionKind;
  note: string;
  since: string | null;
  deleted_at: number | null;
  created_at: number;
  updated_at: number;
}

const toConnection = (r: ConnectionRow): ConnectionRecord => ({
  id: r.id,
  fromId: r.from_id,
  fromName: r.from_name,
  toId: r.to_id,
  toName: r.to_name,
  kind: r.kind,
  note: r.note,
  since: r.since,
  deletedAt: r.deleted_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SELECT = `
  SELECT c.id, c.from_id, f.name AS from_name, c.to_id, t.name AS to_name, c.kind, c.note,
    c.since, c.deleted_at, c.created_at, c.updated_at
  FROM org_connections c
    JOIN organizations f ON f.id = c.from_id
    JOIN organizations t ON t.id = c.to_id`;
const ORDER = 'ORDER BY f.name_key, t.name_key, c.kind, c.created_at';

export const orgConnectionsRepo = perDb((db: Db) => {
  const byId = db.prepare<[string], ConnectionRow>(`${SELECT} WHERE c.id = ?`);
  const live = db.prepare<[], ConnectionRow>(`${SELECT} WHERE c.deleted_at IS NULL ${ORDER}`);
  // Either end: SQLite's OR optimisation reads each through its own index.
  const ofOrganization = db.prepare<{ id: string }, ConnectionRow>(
    `${SELECT} WHERE c.deleted_at IS NULL AND (c.from_id = :id OR c.to_id = :id) ${ORDER}`,
  );
  // Edges between organizations still in the directory's active list.
  const betweenActive = db.prepare<[], ConnectionRow>(
    `${SELECT} WHERE c.deleted_at IS NULL AND f.archived_at IS NULL AND t.archived_at IS NULL
     ${ORDER}`,
  );
  const liveBetween = db.prepare<
    [string, string, string, string],
    { id: string; kind: ConnectionKind; from_id: string }
  >(
    `SELECT id, kind, from_id FROM org_connections
     WHERE deleted_at IS NULL AND ((from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?))`,
  );
  const insert = db.prepare(`
    INSERT INTO org_connections (id, from_id, to_id, kind, note, since, deleted_at, created_at,
      updated_at)
    VALUES (:id, :fromId, :toId, :kind, :note, :since, :deletedAt, :createdAt, :updatedAt)`);
  const update = db.prepare(`
    UPDATE org_connections SET kind = :kind, note = :note, since = :since,
      deleted_at = :deletedAt, updated_at = :updatedAt
    WHERE id = :id`);

  const fields = (c: NewConnection) => ({
    id: c.id,
    fromId: c.fromId,
    toId: c.toId,
    kind: c.kind,
    note: c.note,
    since: c.since,
    deletedAt: c.deletedAt,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  });

  return {
    /** Deleted connections included (see `deletedAt`), so a deletion can be undone. */
    get: (id: string) => {
      const row = byId.get(id);
      return row ? toConnection(row) : undefined;
    },
    /** Live connections, all or those of one organization (either end). */
    list: (organizationId?: string) =>
      (organizationId === undefined ? live.all() : ofOrganization.all({ id: organizationId })).map(
        toConnection,
      ),
    /** Live connections whose two ends are both active organizations: the network's edges. */
    edges: () => betweenActive.all().map(toConnection),
    /** Live connections between two organizations, in either direction. */
    between: (a: string, b: string) =>
      liveBetween.all(a, b, b, a).map((r) => ({ id: r.id, kind: r.kind, fromId: r.from_id })),
    insert: (c: NewConnection) => insert.run(fields(c)),
    /** Kind, note, since and the deletion stamp: a connection never changes ends. */
    update: (c: NewConnection) => update.run(fields(c)),
  };
});
