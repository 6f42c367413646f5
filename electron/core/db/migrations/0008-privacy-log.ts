import type { Migration } from '../migrate';

/**
 * The access log and the system issues log (issue 7).
 *
 * - `access_log`: every export, purge, backup, restore and archive import, in words a person reads,
 *   with the operating-system account that did it. Read newest first, so it is indexed by time.
 * - `system_issues`: difficulties and changes needed in the system, soft-deleted so a deletion can
 *   be undone. Their tags are rows of `system_issue_tags`, keyed case-insensitively (the key is
 *   folded by the core, which lower-cases accented letters too): "filter by tag" is an index
 *   lookup, and an issue cannot carry the same tag twice.
 * - `system_issue_raises`: each time an issue was raised, at a meeting or elsewhere. A meeting
 *   deleted later leaves the raise (it still counts), without its meeting.
 */
export const m0008: Migration = {
  version: 8,
  name: '0008-privacy-log',
  up(db) {
    db.exec(`
      CREATE TABLE access_log (
        id      TEXT PRIMARY KEY,
        at      INTEGER NOT NULL,
        action  TEXT NOT NULL CHECK (action IN
                  ('export', 'purge', 'backup', 'restore', 'archive', 'unlock', 'rekey')),
        what    TEXT NOT NULL,
        os_user TEXT NOT NULL
      ) STRICT;
      CREATE INDEX access_log_at ON access_log (at);

      CREATE TABLE system_issues (
        id          TEXT PRIMARY KEY,
        title       TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        category    TEXT NOT NULL DEFAULT 'difficulty'
                      CHECK (category IN ('difficulty', 'change_needed')),
        status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'escalated', 'resolved')),
        deleted_at  INTEGER,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE system_issue_tags (
        issue_id TEXT NOT NULL REFERENCES system_issues (id) ON DELETE CASCADE,
        -- as first typed; key: the same, lower-cased, for matching and uniqueness
        tag      TEXT NOT NULL,
        key      TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (issue_id, key)
      ) STRICT;
      CREATE INDEX system_issue_tags_key ON system_issue_tags (key, issue_id);

      CREATE TABLE system_issue_raises (
        id         TEXT PRIMARY KEY,
        issue_id   TEXT NOT NULL REFERENCES system_issues (id) ON DELETE CASCADE,
        meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        raised_on  TEXT NOT NULL,
        note       TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX system_issue_raises_issue ON system_issue_raises (issue_id, raised_on);
      CREATE INDEX system_issue_raises_meeting ON system_issue_raises (meeting_id)
        WHERE meeting_id IS NOT NULL;
    `);
  },
};
