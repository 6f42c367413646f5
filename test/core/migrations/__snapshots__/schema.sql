CREATE INDEX memberships_organization ON memberships (organization_id);

CREATE INDEX memberships_person ON memberships (person_id);

CREATE UNIQUE INDEX organizations_name_key ON organizations (name_key);

CREATE INDEX organizations_short_key ON organizations (short_key) WHERE short_key <> '';

CREATE INDEX people_name_key ON people (name_key);

CREATE TABLE memberships (
        id              TEXT PRIMARY KEY,
        person_id       TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE RESTRICT,
        role            TEXT NOT NULL DEFAULT '',
        start_date      TEXT,
        end_date        TEXT,
        created_at      INTEGER NOT NULL,
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      ) STRICT;

CREATE TABLE organizations (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        short_name    TEXT NOT NULL DEFAULT '',
        kind          TEXT NOT NULL CHECK (kind IN ('funded_program', 'external_partner', 'other')),
        services      TEXT NOT NULL DEFAULT '',
        phone         TEXT NOT NULL DEFAULT '',
        email         TEXT NOT NULL DEFAULT '',
        website       TEXT NOT NULL DEFAULT '',
        address       TEXT NOT NULL DEFAULT '',
        notes         TEXT NOT NULL DEFAULT '',
        last_verified TEXT,
        archived_at   INTEGER,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL,
        -- accent-, case- and punctuation-folded name and short name: "Société X" and "societe x"
        -- are one organization, and CSV files may refer to either
        name_key      TEXT NOT NULL,
        short_key     TEXT NOT NULL DEFAULT '',
        -- folded name, services and contacts, for the directory search
        search_text   TEXT NOT NULL DEFAULT ''
      ) STRICT;

CREATE TABLE people (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        email       TEXT NOT NULL DEFAULT '',
        phone       TEXT NOT NULL DEFAULT '',
        notes       TEXT NOT NULL DEFAULT '',
        archived_at INTEGER,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        name_key    TEXT NOT NULL,
        search_text TEXT NOT NULL DEFAULT ''
      ) STRICT;

CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;