import type { Migration } from '../migrate';

/**
 * Notes, decisions, action items and full-text search.
 *
 * - Notes are rich text (tiptap JSON) on the agenda item, and on the meeting for general notes,
 *   each with a derived plain-text column that search reads. Plain-text notes written before
 *   become paragraphs.
 * - Every agenda item gets a confidentiality level that exports honour.
 * - Decisions and actions keep their source meeting and item; the series is copied onto them so
 *   the register filters by it without a join. Reviews record what a later meeting of the series
 *   did with an open action (carried, done, dropped).
 * - Search: `search_docs` holds one row per searchable thing, kept by triggers on the tables it
 *   mirrors (so no write path can forget it), and `search_fts` indexes it as external content.
 *   `unicode61 remove_diacritics 2` folds accents ("reunion" finds "réunion"); the prefix indexes
 *   make "réun*" fast.
 */
export const m0003: Migration = {
  version: 3,
  name: '0003-notes',
  up(db) {
    db.exec(`
      ALTER TABLE agenda_items ADD COLUMN notes_text TEXT NOT NULL DEFAULT '';
      ALTER TABLE agenda_items ADD COLUMN confidentiality TEXT NOT NULL DEFAULT 'shareable'
        CHECK (confidentiality IN ('shareable', 'internal', 'confidential'));
      ALTER TABLE meetings ADD COLUMN notes TEXT NOT NULL DEFAULT '';
      ALTER TABLE meetings ADD COLUMN notes_text TEXT NOT NULL DEFAULT '';
    `);

    // Notes were plain text: each non-blank line becomes a paragraph of a notes document.
    const rows = db.prepare(`SELECT id, notes FROM agenda_items WHERE notes <> ''`).all() as {
      id: string;
      notes: string;
    }[];
    const update = db.prepare('UPDATE agenda_items SET notes = ?, notes_text = ? WHERE id = ?');
    for (const row of rows) {
      const lines = row.notes
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
      const doc = {
        type: 'doc',
        content: lines.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
      };
      update.run(lines.length ? JSON.stringify(doc) : '', lines.join('\n'), row.id);
    }

    db.exec(`
      CREATE TABLE decisions (
        id         TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        -- An item is only ever removed for good when its deletion becomes final (the meeting
        -- ended): what was recorded under it goes too, rather than turn up under no item.
        item_id    TEXT REFERENCES agenda_items (id) ON DELETE CASCADE,
        series_id  TEXT REFERENCES series (id) ON DELETE SET NULL,
        text       TEXT NOT NULL,
        deleted_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX decisions_meeting ON decisions (meeting_id, created_at);
      CREATE INDEX decisions_item ON decisions (item_id) WHERE item_id IS NOT NULL;
      CREATE INDEX decisions_series ON decisions (series_id, created_at) WHERE series_id IS NOT NULL;

      CREATE TABLE actions (
        id              TEXT PRIMARY KEY,
        meeting_id      TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        item_id         TEXT REFERENCES agenda_items (id) ON DELETE CASCADE,
        series_id       TEXT REFERENCES series (id) ON DELETE SET NULL,
        description     TEXT NOT NULL,
        organization_id TEXT REFERENCES organizations (id) ON DELETE SET NULL,
        person_id       TEXT REFERENCES people (id) ON DELETE SET NULL,
        -- the name typed for someone not in the directory
        person_name     TEXT NOT NULL DEFAULT '',
        due_date        TEXT,
        status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
        closed_at       INTEGER,
        deleted_at      INTEGER,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
      ) STRICT;
      -- The register's common questions and orders (repos/actions.ts). It reads live actions
      -- only, so its indexes leave deleted ones out. Each order is one an index gives as it is
      -- read, so a page stops at its end instead of sorting every action: due date, creation,
      -- status (open, done, dropped: an index per direction, as ties stay by due date, missing
      -- last), and within an agency, person or typed name (walked in name order) due date.
      CREATE INDEX actions_due ON actions (due_date, created_at) WHERE deleted_at IS NULL;
      CREATE INDEX actions_created ON actions (created_at) WHERE deleted_at IS NULL;
      CREATE INDEX actions_status_due ON actions (status, due_date, created_at)
        WHERE deleted_at IS NULL;
      CREATE INDEX actions_status_order ON actions (
        (CASE status WHEN 'open' THEN 0 WHEN 'done' THEN 1 ELSE 2 END),
        (due_date IS NULL), due_date, created_at) WHERE deleted_at IS NULL;
      CREATE INDEX actions_status_order_desc ON actions (
        (CASE status WHEN 'open' THEN 0 WHEN 'done' THEN 1 ELSE 2 END) DESC,
        (due_date IS NULL), due_date, created_at) WHERE deleted_at IS NULL;
      CREATE INDEX actions_organization ON actions (organization_id, due_date, created_at)
        WHERE deleted_at IS NULL;
      CREATE INDEX actions_person ON actions (person_id, due_date, created_at)
        WHERE deleted_at IS NULL;
      CREATE INDEX actions_typed_name ON actions (
        person_id, (nullif(lower(trim(person_name)), '')), due_date, created_at)
        WHERE deleted_at IS NULL AND person_id IS NULL;
      CREATE INDEX actions_series ON actions (series_id, status, due_date) WHERE deleted_at IS NULL;
      CREATE INDEX actions_meeting ON actions (meeting_id, created_at);
      CREATE INDEX actions_item ON actions (item_id) WHERE item_id IS NOT NULL;

      CREATE TABLE action_reviews (
        action_id   TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        meeting_id  TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        outcome     TEXT NOT NULL CHECK (outcome IN ('carried', 'done', 'dropped')),
        reviewed_at INTEGER NOT NULL,
        PRIMARY KEY (action_id, meeting_id)
      ) STRICT;
      CREATE INDEX action_reviews_meeting ON action_reviews (meeting_id);

      CREATE TABLE search_docs (
        id         INTEGER PRIMARY KEY,
        kind       TEXT NOT NULL CHECK (kind IN ('meeting', 'item', 'decision', 'action')),
        ref_id     TEXT NOT NULL,
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        item_id    TEXT,
        title      TEXT NOT NULL,
        body       TEXT NOT NULL,
        UNIQUE (kind, ref_id)
      ) STRICT;
      CREATE INDEX search_docs_meeting ON search_docs (meeting_id);

      CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body,
        content = 'search_docs', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

      -- The index follows search_docs (the external-content pattern).
      CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
        INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
      CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
        INSERT INTO search_fts (search_fts, rowid, title, body)
          VALUES ('delete', old.id, old.title, old.body);
      END;
      CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
        INSERT INTO search_fts (search_fts, rowid, title, body)
          VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
      END;

      -- search_docs follows what it mirrors. A meeting: its title and general notes.
      CREATE TRIGGER meetings_search_ai AFTER INSERT ON meetings BEGIN
        INSERT INTO search_docs (kind, ref_id, meeting_id, item_id, title, body)
          VALUES ('meeting', new.id, new.id, NULL, new.title, new.notes_text);
      END;
      CREATE TRIGGER meetings_search_au AFTER UPDATE OF title, notes_text ON meetings BEGIN
        UPDATE search_docs SET title = new.title, body = new.notes_text
          WHERE kind = 'meeting' AND ref_id = new.id;
      END;

      -- An agenda item of a meeting (not one waiting in a parking lot), unless deleted.
      CREATE TRIGGER agenda_items_search_ai AFTER INSERT ON agenda_items
        WHEN new.meeting_id IS NOT NULL AND new.deleted_at IS NULL BEGIN
        INSERT INTO search_docs (kind, ref_id, meeting_id, item_id, title, body)
          VALUES ('item', new.id, new.meeting_id, new.id, new.title, new.notes_text);
      END;
      CREATE TRIGGER agenda_items_search_au
        AFTER UPDATE OF title, notes_text, meeting_id, deleted_at ON agenda_items BEGIN
        DELETE FROM search_docs WHERE kind = 'item' AND ref_id = old.id
          AND (new.meeting_id IS NULL OR new.deleted_at IS NOT NULL);
        INSERT INTO search_docs (kind, ref_id, meeting_id, item_id, title, body)
          SELECT 'item', new.id, new.meeting_id, new.id, new.title, new.notes_text
          WHERE new.meeting_id IS NOT NULL AND new.deleted_at IS NULL
          ON CONFLICT (kind, ref_id) DO UPDATE SET
            meeting_id = excluded.meeting_id, title = excluded.title, body = excluded.body;
      END;
      CREATE TRIGGER agenda_items_search_ad AFTER DELETE ON agenda_items BEGIN
        DELETE FROM search_docs WHERE kind = 'item' AND ref_id = old.id;
      END;

      CREATE TRIGGER decisions_search_ai AFTER INSERT ON decisions
        WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO search_docs (kind, ref_id, meeting_id, item_id, title, body)
          VALUES ('decision', new.id, new.meeting_id, new.item_id, '', new.text);
      END;
      CREATE TRIGGER decisions_search_au AFTER UPDATE ON decisions BEGIN
        DELETE FROM search_docs WHERE kind = 'decision' AND ref_id = old.id
          AND new.deleted_at IS NOT NULL;
        INSERT INTO search_docs (kind, ref_id, meeting_id, item_id, title, body)
          SELECT 'decision', new.id, new.meeting_id, new.item_id, '', new.text
          WHERE new.deleted_at IS NULL
          ON CONFLICT (kind, ref_id) DO UPDATE SET
            item_id = excluded.item_id, body = excluded.body;
      END;
      CREATE TRIGGER decisions_search_ad AFTER DELETE ON decisions BEGIN
        DELETE FROM search_docs WHERE kind = 'decision' AND ref_id = old.id;
      END;

      -- An action is found by its description and by the name typed for its owner.
      CREATE TRIGGER actions_search_ai AFTER INSERT ON actions
        WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO search_docs (kind, ref_id, meeting_id, item_id, title, body)
          VALUES ('action', new.id, new.meeting_id, new.item_id, new.person_name, new.description);
      END;
      CREATE TRIGGER actions_search_au
        AFTER UPDATE OF description, person_name, item_id, deleted_at ON actions BEGIN
        DELETE FROM search_docs WHERE kind = 'action' AND ref_id = old.id
          AND new.deleted_at IS NOT NULL;
        INSERT INTO search_docs (kind, ref_id, meeting_id, item_id, title, body)
          SELECT 'action', new.id, new.meeting_id, new.item_id, new.person_name, new.description
          WHERE new.deleted_at IS NULL
          ON CONFLICT (kind, ref_id) DO UPDATE SET
            item_id = excluded.item_id, title = excluded.title, body = excluded.body;
      END;
      CREATE TRIGGER actions_search_ad AFTER DELETE ON actions BEGIN
        DELETE FROM search_docs WHERE kind = 'action' AND ref_id = old.id;
      END;

      -- What existed before this migration becomes searchable now.
      INSERT INTO search_docs (kind, ref_id, meeting_id, item_id, title, body)
        SELECT 'meeting', id, id, NULL, title, notes_text FROM meetings;
      INSERT INTO search_docs (kind, ref_id, meeting_id, item_id, title, body)
        SELECT 'item', id, meeting_id, id, title, notes_text FROM agenda_items
        WHERE meeting_id IS NOT NULL AND deleted_at IS NULL;
    `);
  },
};
