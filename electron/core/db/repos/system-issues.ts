import type {
  SystemIssue,
  SystemIssueCategory,
  SystemIssueStatus,
} from '../../../../shared/contract';
import type { Db } from '../open';
import { perDb } from './per-db';

export interface SystemIssueRecord {
  id: string;
  title: string;
  description: string;
  category: SystemIssueCategory;
  status: SystemIssueStatus;
  deletedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface RaiseRecord {
  id: string;
  issueId: string;
  meetingId: string | null;
  raisedOn: string;
  note: string;
  createdAt: number;
}

/** A tag as typed and its key (see `tagKey`). */
export interface TagRecord {
  tag: string;
  key: string;
}

export interface IssueQuery {
  tagKey?: string;
  status?: SystemIssueStatus;
  category?: SystemIssueCategory;
  sort: 'frequency' | 'recent';
}

interface IssueRow {
  id: string;
  title: string;
  description: string;
  category: SystemIssueCategory;
  status: SystemIssueStatus;
  deleted_at: number | null;
  created_at: number;
  updated_at: number;
}

const toRecord = (row: IssueRow): SystemIssueRecord => ({
  id: row.id,
  title: row.title,
  description: row.description,
  category: row.category,
  status: row.status,
  deletedAt: row.deleted_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const ORDER = {
  // Ties: the issue raised most recently, then the newest issue, then a stable id.
  frequency: 'raised_count DESC, last_raised DESC NULLS LAST, i.created_at DESC, i.id',
  recent: 'last_raised DESC NULLS LAST, raised_count DESC, i.created_at DESC, i.id',
} as const;

export const systemIssuesRepo = perDb((db: Db) => {
  const insert = db.prepare<SystemIssueRecord>(
    `INSERT INTO system_issues (id, title, description, category, status, deleted_at, created_at, updated_at)
     VALUES (:id, :title, :description, :category, :status, :deletedAt, :createdAt, :updatedAt)`,
  );
  const update = db.prepare<SystemIssueRecord>(
    `UPDATE system_issues SET title = :title, description = :description, category = :category,
       status = :status, deleted_at = :deletedAt, updated_at = :updatedAt WHERE id = :id`,
  );
  const byId = db.prepare<[string], IssueRow>('SELECT * FROM system_issues WHERE id = ?');
  const clearTags = db.prepare<[string]>('DELETE FROM system_issue_tags WHERE issue_id = ?');
  const insertTag = db.prepare<[string, string, string, number]>(
    'INSERT INTO system_issue_tags (issue_id, tag, key, position) VALUES (?, ?, ?, ?)',
  );
  const tagsOf = db.prepare<[string], { issue_id: string; tag: string }>(
    `SELECT issue_id, tag FROM system_issue_tags
     WHERE issue_id IN (SELECT value FROM json_each(?)) ORDER BY issue_id, position`,
  );
  const raisesOf = db.prepare<
    [string],
    {
      id: string;
      issue_id: string;
      meeting_id: string | null;
      meeting_title: string | null;
      raised_on: string;
      note: string;
    }
  >(
    `SELECT r.id, r.issue_id, r.meeting_id, m.title AS meeting_title, r.raised_on, r.note
     FROM system_issue_raises r LEFT JOIN meetings m ON m.id = r.meeting_id
     WHERE r.issue_id IN (SELECT value FROM json_each(?))
     ORDER BY r.issue_id, r.raised_on, r.created_at, r.id`,
  );
  const insertRaise = db.prepare<RaiseRecord>(
    `INSERT INTO system_issue_raises (id, issue_id, meeting_id, raised_on, note, created_at)
     VALUES (:id, :issueId, :meetingId, :raisedOn, :note, :createdAt)`,
  );
  const deleteRaise = db.prepare<[string, string]>(
    'DELETE FROM system_issue_raises WHERE id = ? AND issue_id = ?',
  );
  const raiseCount = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM system_issue_raises WHERE issue_id = ?',
  );

  const list = (q: IssueQuery): SystemIssueRecord[] => {
    const clauses = ['i.deleted_at IS NULL'];
    const params: Record<string, string> = {};
    if (q.status !== undefined) {
      clauses.push('i.status = :status');
      params.status = q.status;
    }
    if (q.category !== undefined) {
      clauses.push('i.category = :category');
      params.category = q.category;
    }
    if (q.tagKey !== undefined) {
      clauses.push('i.id IN (SELECT issue_id FROM system_issue_tags WHERE key = :tagKey)');
      params.tagKey = q.tagKey;
    }
    return db
      .prepare<Record<string, string>, IssueRow>(
        `SELECT i.*, count(r.id) AS raised_count, max(r.raised_on) AS last_raised
         FROM system_issues i LEFT JOIN system_issue_raises r ON r.issue_id = i.id
         WHERE ${clauses.join(' AND ')}
         GROUP BY i.id ORDER BY ${ORDER[q.sort]}`,
      )
      .all(params)
      .map(toRecord);
  };

  return {
    insert: (issue: SystemIssueRecord) => insert.run(issue),
    update: (issue: SystemIssueRecord) => update.run(issue),
    get: (id: string): SystemIssueRecord | undefined => {
      const row = byId.get(id);
      return row && toRecord(row);
    },
    setTags(issueId: string, tags: readonly TagRecord[]): void {
      clearTags.run(issueId);
      tags.forEach((t, i) => insertTag.run(issueId, t.tag, t.key, i));
    },
    insertRaise: (raise: RaiseRecord) => insertRaise.run(raise),
    deleteRaise: (issueId: string, raiseId: string) => deleteRaise.run(raiseId, issueId),
    raiseCount: (issueId: string) => raiseCount.get(issueId)?.n ?? 0,
    list,
    /** The public shape of these issues, in the order given: tags and raises in two reads. */
    publicIssues(records: readonly SystemIssueRecord[]): SystemIssue[] {
      const ids = JSON.stringify(records.map((r) => r.id));
      const tags = new Map<string, string[]>();
      for (const row of tagsOf.all(ids)) {
        const list = tags.get(row.issue_id) ?? [];
        list.push(row.tag);
        tags.set(row.issue_id, list);
      }
      const raises = new Map<string, SystemIssue['raises']>();
      for (const row of raisesOf.all(ids)) {
        const raise = {
          id: row.id,
          meetingId: row.meeting_id,
          meetingTitle: row.meeting_title,
          raisedOn: row.raised_on,
          note: row.note,
        };
        const list = raises.get(row.issue_id) ?? [];
        list.push(raise);
        raises.set(row.issue_id, list);
      }
      return records.map((r) => {
        const its = raises.get(r.id) ?? [];
        return {
          id: r.id,
          title: r.title,
          description: r.description,
          category: r.category,
          tags: tags.get(r.id) ?? [],
          status: r.status,
          raises: its,
          raisedCount: its.length,
          lastRaised: its.at(-1)?.raisedOn ?? null,
          createdAt: r.createdAt,
          updatedAt: r.updatedAt,
        };
      });
    },
  };
});
