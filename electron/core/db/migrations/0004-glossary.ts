import type { Migration } from '../migrate';

/**
 * The shared glossary (a termbase): concepts with an English and a French side.
 *
 * - Acronyms and synonyms are JSON arrays of strings; `en_key`/`fr_key` hold the term folded
 *   (shared/domain/search-text.ts foldForSearch), written by the repo, for sorting, the
 *   alphabetical index and duplicate checks.
 * - `num` is an explicit INTEGER PRIMARY KEY so the rowid the search index uses never changes
 *   (VACUUM may renumber an implicit rowid); `id` is the concept's identity everywhere else.
 * - Deleting is soft (undo); a merged duplicate is deleted with `merged_into` set and
 *   `merge_undo` holding the kept concept's row, meanings and links as they were before, so a
 *   merge can be undone exactly.
 * - `glossary_fts` is an ordinary FTS5 table kept by triggers, one row per live concept with the
 *   concept's `num` as rowid: terms, acronyms and synonyms per language, and definitions and
 *   notes per language. It folds case and accents ("reunion" finds "réunion").
 */
export const m0004: Migration = {
  version: 4,
  name: '0004-glossary',
  up(db) {
    db.exec(`
      CREATE TABLE glossary_concepts (
        num              INTEGER PRIMARY KEY,
        id               TEXT NOT NULL UNIQUE,
        subject          TEXT NOT NULL DEFAULT 'general',
        status           TEXT NOT NULL DEFAULT 'preferred'
          CHECK (status IN ('preferred', 'admitted', 'deprecated')),
        preferred_id     TEXT REFERENCES glossary_concepts (id) ON DELETE SET NULL,
        organization_id  TEXT REFERENCES organizations (id) ON DELETE SET NULL,
        en_term          TEXT NOT NULL DEFAULT '',
        en_key           TEXT NOT NULL DEFAULT '',
        en_abbreviations TEXT NOT NULL DEFAULT '[]',
        en_synonyms      TEXT NOT NULL DEFAULT '[]',
        en_definition    TEXT NOT NULL DEFAULT '',
        en_note          TEXT NOT NULL DEFAULT '',
        fr_term          TEXT NOT NULL DEFAULT '',
        fr_key           TEXT NOT NULL DEFAULT '',
        fr_abbreviations TEXT NOT NULL DEFAULT '[]',
        fr_synonyms      TEXT NOT NULL DEFAULT '[]',
        fr_definition    TEXT NOT NULL DEFAULT '',
        fr_note          TEXT NOT NULL DEFAULT '',
        reviewed_on      TEXT,
        origin           TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('user', 'starter', 'import')),
        -- the starter glossary's own key for the entry, so adding it twice never doubles it
        starter_key      TEXT,
        merged_into      TEXT REFERENCES glossary_concepts (id) ON DELETE SET NULL,
        merge_undo       TEXT,
        deleted_at       INTEGER,
        created_at       INTEGER NOT NULL,
        updated_at       INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX glossary_en_key ON glossary_concepts (en_key) WHERE deleted_at IS NULL;
      CREATE INDEX glossary_fr_key ON glossary_concepts (fr_key) WHERE deleted_at IS NULL;
      CREATE INDEX glossary_subject ON glossary_concepts (subject) WHERE deleted_at IS NULL;
      CREATE INDEX glossary_organization ON glossary_concepts (organization_id)
        WHERE organization_id IS NOT NULL;
      CREATE INDEX glossary_preferred ON glossary_concepts (preferred_id)
        WHERE preferred_id IS NOT NULL;
      CREATE UNIQUE INDEX glossary_starter_key ON glossary_concepts (starter_key)
        WHERE starter_key IS NOT NULL;

      -- Where agencies use a word differently: its meaning at each.
      CREATE TABLE glossary_meanings (
        concept_id      TEXT NOT NULL REFERENCES glossary_concepts (id) ON DELETE CASCADE,
        organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        en              TEXT NOT NULL DEFAULT '',
        fr              TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (concept_id, organization_id)
      ) STRICT;
      CREATE INDEX glossary_meanings_organization ON glossary_meanings (organization_id);

      -- See-also links, stored in both directions so each concept lists the other.
      CREATE TABLE glossary_links (
        concept_id TEXT NOT NULL REFERENCES glossary_concepts (id) ON DELETE CASCADE,
        other_id   TEXT NOT NULL REFERENCES glossary_concepts (id) ON DELETE CASCADE,
        PRIMARY KEY (concept_id, other_id),
        CHECK (concept_id <> other_id)
      ) STRICT;
      CREATE INDEX glossary_links_other ON glossary_links (other_id);

      -- All-capital words people said are not acronyms to define ("not a term").
      CREATE TABLE glossary_ignored_acronyms (
        acronym    TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE VIRTUAL TABLE glossary_fts USING fts5(
        en_terms, fr_terms, en_text, fr_text,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

      CREATE TRIGGER glossary_fts_ai AFTER INSERT ON glossary_concepts
        WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO glossary_fts (rowid, en_terms, fr_terms, en_text, fr_text) VALUES (
          new.num,
          new.en_term || ' ' || (SELECT coalesce(group_concat(value, ' '), '')
            FROM json_each(new.en_abbreviations)) || ' ' || (SELECT coalesce(group_concat(value, ' '), '')
            FROM json_each(new.en_synonyms)),
          new.fr_term || ' ' || (SELECT coalesce(group_concat(value, ' '), '')
            FROM json_each(new.fr_abbreviations)) || ' ' || (SELECT coalesce(group_concat(value, ' '), '')
            FROM json_each(new.fr_synonyms)),
          new.en_definition || ' ' || new.en_note,
          new.fr_definition || ' ' || new.fr_note);
      END;
      CREATE TRIGGER glossary_fts_au AFTER UPDATE ON glossary_concepts BEGIN
        DELETE FROM glossary_fts WHERE rowid = old.num;
        INSERT INTO glossary_fts (rowid, en_terms, fr_terms, en_text, fr_text) SELECT
          new.num,
          new.en_term || ' ' || (SELECT coalesce(group_concat(value, ' '), '')
            FROM json_each(new.en_abbreviations)) || ' ' || (SELECT coalesce(group_concat(value, ' '), '')
            FROM json_each(new.en_synonyms)),
          new.fr_term || ' ' || (SELECT coalesce(group_concat(value, ' '), '')
            FROM json_each(new.fr_abbreviations)) || ' ' || (SELECT coalesce(group_concat(value, ' '), '')
            FROM json_each(new.fr_synonyms)),
          new.en_definition || ' ' || new.en_note,
          new.fr_definition || ' ' || new.fr_note
        WHERE new.deleted_at IS NULL;
      END;
      CREATE TRIGGER glossary_fts_ad AFTER DELETE ON glossary_concepts BEGIN
        DELETE FROM glossary_fts WHERE rowid = old.num;
      END;
    `);
  },
};
