CREATE INDEX access_log_at ON access_log (at);

CREATE INDEX action_reviews_meeting ON action_reviews (meeting_id);

CREATE INDEX actions_created ON actions (created_at) WHERE deleted_at IS NULL;

CREATE INDEX actions_due ON actions (due_date, created_at) WHERE deleted_at IS NULL;

CREATE INDEX actions_item ON actions (item_id) WHERE item_id IS NOT NULL;

CREATE INDEX actions_meeting ON actions (meeting_id, created_at);

CREATE INDEX actions_organization ON actions (organization_id, due_date, created_at)
        WHERE deleted_at IS NULL;

CREATE INDEX actions_person ON actions (person_id, due_date, created_at)
        WHERE deleted_at IS NULL;

CREATE INDEX actions_series ON actions (series_id, status, due_date) WHERE deleted_at IS NULL;

CREATE INDEX actions_status_due ON actions (status, due_date, created_at)
        WHERE deleted_at IS NULL;

CREATE INDEX actions_status_order ON actions (
        (CASE status WHEN 'open' THEN 0 WHEN 'done' THEN 1 ELSE 2 END),
        (due_date IS NULL), due_date, created_at) WHERE deleted_at IS NULL;

CREATE INDEX actions_status_order_desc ON actions (
        (CASE status WHEN 'open' THEN 0 WHEN 'done' THEN 1 ELSE 2 END) DESC,
        (due_date IS NULL), due_date, created_at) WHERE deleted_at IS NULL;

CREATE INDEX actions_typed_name ON actions (
        person_id, (nullif(lower(trim(person_name)), '')), due_date, created_at)
        WHERE deleted_at IS NULL AND person_id IS NULL;

CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);

CREATE INDEX agenda_items_parked_from ON agenda_items (parked_from_meeting_id)
        WHERE parked_from_meeting_id IS NOT NULL;

CREATE INDEX agenda_items_series ON agenda_items (series_id, position);

CREATE INDEX agenda_items_source ON agenda_items (source_item_id)
        WHERE source_item_id IS NOT NULL;

CREATE INDEX attendance_meeting ON attendance (meeting_id, position);

CREATE INDEX attendance_meeting_organization ON attendance (meeting_id, organization_id, status);

CREATE INDEX attendance_organization ON attendance (organization_id);

CREATE INDEX attendance_person ON attendance (person_id);

CREATE INDEX case_agencies_organization ON case_agencies (organization_id);

CREATE INDEX case_reviews_case ON case_reviews (case_id) WHERE case_id IS NOT NULL;

CREATE INDEX cases_closed ON cases (closed_on) WHERE status = 'closed';

CREATE UNIQUE INDEX cases_code ON cases (code COLLATE NOCASE) WHERE deleted_at IS NULL;

CREATE INDEX cases_lead ON cases (lead_organization_id)
        WHERE lead_organization_id IS NOT NULL;

CREATE INDEX cases_review_due ON cases (next_review_date)
        WHERE deleted_at IS NULL AND status = 'open';

CREATE INDEX change_notices_organization ON change_notices (organization_id);

CREATE INDEX change_notices_pending ON change_notices (change_id) WHERE notified_on IS NULL;

CREATE INDEX decisions_item ON decisions (item_id) WHERE item_id IS NOT NULL;

CREATE INDEX decisions_meeting ON decisions (meeting_id, created_at);

CREATE INDEX decisions_series ON decisions (series_id, created_at) WHERE series_id IS NOT NULL;

CREATE INDEX glossary_en_key ON glossary_concepts (en_key) WHERE deleted_at IS NULL;

CREATE INDEX glossary_fr_key ON glossary_concepts (fr_key) WHERE deleted_at IS NULL;

CREATE INDEX glossary_links_other ON glossary_links (other_id);

CREATE INDEX glossary_meanings_organization ON glossary_meanings (organization_id);

CREATE INDEX glossary_organization ON glossary_concepts (organization_id)
        WHERE organization_id IS NOT NULL;

CREATE INDEX glossary_preferred ON glossary_concepts (preferred_id)
        WHERE preferred_id IS NOT NULL;

CREATE UNIQUE INDEX glossary_starter_key ON glossary_concepts (starter_key)
        WHERE starter_key IS NOT NULL;

CREATE INDEX glossary_subject ON glossary_concepts (subject) WHERE deleted_at IS NULL;

CREATE INDEX meetings_date ON meetings (date, start_time);

CREATE UNIQUE INDEX meetings_occurrence ON meetings (series_id, occurrence_date)
        WHERE series_id IS NOT NULL;

CREATE INDEX meetings_starts_at ON meetings (starts_at);

CREATE INDEX memberships_organization ON memberships (organization_id);

CREATE INDEX memberships_person ON memberships (person_id);

CREATE INDEX networking_contacts_series ON networking_contacts (series_id)
        WHERE series_id IS NOT NULL;

CREATE INDEX networking_participants_meeting ON networking_participants (meeting_id, position);

CREATE INDEX networking_participants_person ON networking_participants (person_id)
        WHERE person_id IS NOT NULL;

CREATE INDEX org_connections_from ON org_connections (from_id);

CREATE INDEX org_connections_to ON org_connections (to_id);

CREATE UNIQUE INDEX org_connections_unique ON org_connections (from_id, to_id, kind)
        WHERE deleted_at IS NULL;

CREATE INDEX org_presence_date ON org_presence (date);

CREATE INDEX org_presence_meeting ON org_presence (meeting_id);

CREATE INDEX org_presence_organization ON org_presence (organization_id, date);

CREATE UNIQUE INDEX organizations_name_key ON organizations (name_key);

CREATE INDEX organizations_short_key ON organizations (short_key) WHERE short_key <> '';

CREATE INDEX partner_contacts_date ON partner_contacts (date, created_at)
        WHERE deleted_at IS NULL;

CREATE INDEX partner_contacts_organization ON partner_contacts (organization_id, date, created_at)
        WHERE deleted_at IS NULL;

CREATE INDEX partner_contacts_organization_all ON partner_contacts (organization_id);

CREATE INDEX partner_contacts_person ON partner_contacts (person_id)
        WHERE person_id IS NOT NULL;

CREATE INDEX people_name_key ON people (name_key);

CREATE INDEX search_docs_meeting ON search_docs (meeting_id);

CREATE INDEX significant_changes_created ON significant_changes (created_at)
        WHERE deleted_at IS NULL;

CREATE INDEX significant_changes_organization ON significant_changes (organization_id)
        WHERE organization_id IS NOT NULL;

CREATE INDEX system_issue_raises_issue ON system_issue_raises (issue_id, raised_on);

CREATE INDEX system_issue_raises_meeting ON system_issue_raises (meeting_id)
        WHERE meeting_id IS NOT NULL;

CREATE INDEX system_issue_tags_key ON system_issue_tags (key, issue_id);

CREATE TABLE access_log (
        id      TEXT PRIMARY KEY,
        at      INTEGER NOT NULL,
        action  TEXT NOT NULL CHECK (action IN
                  ('export', 'purge', 'backup', 'restore', 'archive', 'unlock', 'rekey')),
        what    TEXT NOT NULL,
        os_user TEXT NOT NULL
      ) STRICT;

CREATE TABLE action_reviews (
        action_id   TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        meeting_id  TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        outcome     TEXT NOT NULL CHECK (outcome IN ('carried', 'done', 'dropped')),
        reviewed_at INTEGER NOT NULL,
        PRIMARY KEY (action_id, meeting_id)
      ) STRICT;

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

CREATE TABLE agenda_items (
        id                        TEXT PRIMARY KEY,
        meeting_id                TEXT REFERENCES meetings (id) ON DELETE CASCADE,
        series_id                 TEXT REFERENCES series (id) ON DELETE CASCADE,
        position                  INTEGER NOT NULL,
        title                     TEXT NOT NULL,
        kind                      TEXT NOT NULL CHECK (kind IN ('discussion', 'round', 'case_review',
                                    'presentation', 'break', 'action_review', 'other')),
        presenter_person_id       TEXT REFERENCES people (id) ON DELETE SET NULL,
        presenter_organization_id TEXT REFERENCES organizations (id) ON DELETE SET NULL,
        planned_minutes           INTEGER NOT NULL CHECK (planned_minutes BETWEEN 0 AND 1440),
        notes                     TEXT NOT NULL DEFAULT '',
        status                    TEXT NOT NULL DEFAULT 'pending'
                                    CHECK (status IN ('pending', 'discussed', 'deferred')),
        recurring                 INTEGER NOT NULL DEFAULT 0 CHECK (recurring IN (0, 1)),
        speaker_seconds           INTEGER,
        actual_started_at         INTEGER,
        actual_ended_at           INTEGER,
        spent_ms                  INTEGER NOT NULL DEFAULT 0,
        -- JSON SpeakingRound, for a round item once it has been current
        round                     TEXT,
        -- the item this one was carried forward or parked from
        source_item_id            TEXT,
        parked_from_meeting_id    TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        deleted_at                INTEGER,
        created_at                INTEGER NOT NULL,
        updated_at                INTEGER NOT NULL, notes_text TEXT NOT NULL DEFAULT '', confidentiality TEXT NOT NULL DEFAULT 'shareable'
        CHECK (confidentiality IN ('shareable', 'internal', 'confidential')),
        CHECK (meeting_id IS NOT NULL OR series_id IS NOT NULL)
      ) STRICT;

CREATE TABLE attendance (
        id                 TEXT PRIMARY KEY,
        meeting_id         TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        organization_id    TEXT REFERENCES organizations (id) ON DELETE SET NULL,
        person_id          TEXT REFERENCES people (id) ON DELETE SET NULL,
        guest_name         TEXT NOT NULL DEFAULT '',
        guest_organization TEXT NOT NULL DEFAULT '',
        status             TEXT NOT NULL DEFAULT 'expected'
                             CHECK (status IN ('expected', 'present', 'regrets', 'absent')),
        position           INTEGER NOT NULL,
        created_at         INTEGER NOT NULL
      ) STRICT;

CREATE TABLE case_agencies (
        case_id         TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        consent         TEXT NOT NULL DEFAULT 'unknown'
                          CHECK (consent IN ('yes', 'limited', 'no', 'unknown')),
        consent_date    TEXT,
        expires_on      TEXT,
        -- where the signed form is kept (a file number, a binder), never the form itself
        form_reference  TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, organization_id)
      ) STRICT;

CREATE TABLE case_code_counters (
        year INTEGER PRIMARY KEY,
        last INTEGER NOT NULL CHECK (last >= 0)
      ) STRICT;

CREATE TABLE case_reviews (
        item_id          TEXT PRIMARY KEY REFERENCES agenda_items (id) ON DELETE CASCADE,
        case_id          TEXT REFERENCES cases (id) ON DELETE SET NULL,
        situation        TEXT NOT NULL DEFAULT '',
        questions        TEXT NOT NULL DEFAULT '',
        offers           TEXT NOT NULL DEFAULT '[]',
        next_review_date TEXT,
        updated_at       INTEGER NOT NULL
      ) STRICT;

CREATE TABLE cases (
        id                   TEXT PRIMARY KEY,
        code                 TEXT NOT NULL CHECK (code <> ''),
        initials             TEXT NOT NULL DEFAULT '',
        lead_organization_id TEXT REFERENCES organizations (id) ON DELETE SET NULL,
        status               TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        opened_on            TEXT NOT NULL,
        closed_on            TEXT,
        close_reason         TEXT NOT NULL DEFAULT '',
        next_review_date     TEXT,
        -- when retention emptied its notes and initials
        purged_at            INTEGER,
        deleted_at           INTEGER,
        created_at           INTEGER NOT NULL,
        updated_at           INTEGER NOT NULL,
        CHECK ((status = 'open') = (closed_on IS NULL))
      ) STRICT;

CREATE TABLE change_notices (
        change_id       TEXT NOT NULL REFERENCES significant_changes (id) ON DELETE CASCADE,
        organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        notified_on     TEXT,
        created_at      INTEGER NOT NULL,
        PRIMARY KEY (change_id, organization_id)
      ) STRICT;

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

CREATE VIRTUAL TABLE glossary_fts USING fts5(
        en_terms, fr_terms, en_text, fr_text,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

CREATE TABLE 'glossary_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'glossary_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3);

CREATE TABLE 'glossary_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'glossary_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'glossary_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE glossary_ignored_acronyms (
        acronym    TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL
      ) STRICT;

CREATE TABLE glossary_links (
        concept_id TEXT NOT NULL REFERENCES glossary_concepts (id) ON DELETE CASCADE,
        other_id   TEXT NOT NULL REFERENCES glossary_concepts (id) ON DELETE CASCADE,
        PRIMARY KEY (concept_id, other_id),
        CHECK (concept_id <> other_id)
      ) STRICT;

CREATE TABLE glossary_meanings (
        concept_id      TEXT NOT NULL REFERENCES glossary_concepts (id) ON DELETE CASCADE,
        organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        en              TEXT NOT NULL DEFAULT '',
        fr              TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (concept_id, organization_id)
      ) STRICT;

CREATE TABLE meetings (
        id              TEXT PRIMARY KEY,
        series_id       TEXT REFERENCES series (id) ON DELETE SET NULL,
        occurrence_date TEXT,
        title           TEXT NOT NULL,
        kind            TEXT NOT NULL CHECK (kind IN
                          ('case_consultation', 'interagency', 'speed_networking', 'committee', 'other')),
        date            TEXT NOT NULL,
        start_time      TEXT NOT NULL,
        end_time        TEXT NOT NULL,
        time_zone       TEXT NOT NULL,
        starts_at       INTEGER NOT NULL,
        ends_at         INTEGER NOT NULL,
        location        TEXT NOT NULL DEFAULT '',
        goal            TEXT NOT NULL DEFAULT '',
        chair_id        TEXT REFERENCES people (id) ON DELETE SET NULL,
        note_taker_id   TEXT REFERENCES people (id) ON DELETE SET NULL,
        status          TEXT NOT NULL DEFAULT 'planned'
                          CHECK (status IN ('planned', 'in_progress', 'ended', 'cancelled')),
        started_at      INTEGER,
        ended_at        INTEGER,
        -- run state, set while in progress: the current item, its countdown (JSON TimerState)
        current_item_id TEXT,
        timer           TEXT,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
      , notes TEXT NOT NULL DEFAULT '', notes_text TEXT NOT NULL DEFAULT '') STRICT;

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

CREATE TABLE networking_contacts (
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        series_id  TEXT REFERENCES series (id) ON DELETE SET NULL,
        a_key      TEXT NOT NULL,
        b_key      TEXT NOT NULL,
        round      INTEGER NOT NULL,
        PRIMARY KEY (meeting_id, a_key, b_key),
        CHECK (a_key < b_key)
      ) STRICT;

CREATE TABLE networking_participants (
        id               TEXT PRIMARY KEY,
        meeting_id       TEXT NOT NULL REFERENCES networking_sessions (meeting_id) ON DELETE CASCADE,
        person_id        TEXT REFERENCES people (id) ON DELETE SET NULL,
        organization_id  TEXT REFERENCES organizations (id) ON DELETE SET NULL,
        name             TEXT NOT NULL,
        agency           TEXT NOT NULL DEFAULT '',
        host             INTEGER NOT NULL DEFAULT 0,
        present          INTEGER NOT NULL DEFAULT 1,
        from_round       INTEGER NOT NULL DEFAULT 1,
        left_after_round INTEGER,
        position         INTEGER NOT NULL,
        created_at       INTEGER NOT NULL
      ) STRICT;

CREATE TABLE networking_rounds (
        meeting_id  TEXT NOT NULL REFERENCES networking_sessions (meeting_id) ON DELETE CASCADE,
        number      INTEGER NOT NULL CHECK (number >= 1),
        tables      TEXT NOT NULL,
        sitting_out TEXT NOT NULL DEFAULT '[]',
        held        INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (meeting_id, number)
      ) STRICT;

CREATE TABLE networking_sessions (
        meeting_id        TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
        group_size        INTEGER NOT NULL DEFAULT 2 CHECK (group_size BETWEEN 2 AND 8),
        rounds            INTEGER NOT NULL DEFAULT 6 CHECK (rounds >= 1),
        round_seconds     INTEGER NOT NULL DEFAULT 420,
        switch_seconds    INTEGER NOT NULL DEFAULT 60,
        auto_advance      INTEGER NOT NULL DEFAULT 1,
        separate_same_org INTEGER NOT NULL DEFAULT 1,
        use_history       INTEGER NOT NULL DEFAULT 1,
        seed              INTEGER NOT NULL DEFAULT 1,
        -- JSON [[participant id, participant id], …]
        keep_apart        TEXT NOT NULL DEFAULT '[]',
        phase             TEXT NOT NULL DEFAULT 'setup'
          CHECK (phase IN ('setup', 'round', 'switch', 'done')),
        round             INTEGER NOT NULL DEFAULT 0,
        plan_repeats      INTEGER,
        plan_violations   INTEGER,
        planned_at        INTEGER,
        -- what the plan was made from (participants, format, rules), to tell a stale plan
        plan_key          TEXT,
        undo              TEXT,
        created_at        INTEGER NOT NULL,
        updated_at        INTEGER NOT NULL
      ) STRICT;

CREATE TABLE org_connections (
        id         TEXT PRIMARY KEY,
        from_id    TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        to_id      TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN
                     ('refers_to', 'receives_referrals_from', 'partners_with', 'funds', 'co_located')),
        note       TEXT NOT NULL DEFAULT '',
        since      TEXT,
        deleted_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK (from_id <> to_id)
      ) STRICT;

CREATE TABLE org_presence (
        organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        meeting_id      TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        date            TEXT NOT NULL,
        PRIMARY KEY (organization_id, meeting_id)
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

CREATE TABLE partner_contacts (
        id              TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        person_id       TEXT REFERENCES people (id) ON DELETE SET NULL,
        date            TEXT NOT NULL,
        channel         TEXT NOT NULL CHECK (channel IN ('meeting', 'call', 'email', 'visit', 'other')),
        summary         TEXT NOT NULL DEFAULT '',
        follow_up_date  TEXT,
        deleted_at      INTEGER,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
      ) STRICT;

CREATE TABLE partner_profiles (
        organization_id TEXT PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
        network_status  TEXT NOT NULL DEFAULT 'member'
                          CHECK (network_status IN ('member', 'potential')),
        cadence         TEXT NOT NULL DEFAULT 'monthly'
                          CHECK (cadence IN ('weekly', 'biweekly', 'monthly', 'quarterly', 'none')),
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
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

CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body,
        content = 'search_docs', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

CREATE TABLE 'search_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'search_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'search_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'search_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE series (
        id            TEXT PRIMARY KEY,
        title         TEXT NOT NULL,
        kind          TEXT NOT NULL CHECK (kind IN
                        ('case_consultation', 'interagency', 'speed_networking', 'committee', 'other')),
        rrule         TEXT NOT NULL,
        start_date    TEXT NOT NULL,
        start_time    TEXT NOT NULL,
        end_time      TEXT NOT NULL,
        time_zone     TEXT NOT NULL,
        location      TEXT NOT NULL DEFAULT '',
        goal          TEXT NOT NULL DEFAULT '',
        chair_id      TEXT REFERENCES people (id) ON DELETE SET NULL,
        note_taker_id TEXT REFERENCES people (id) ON DELETE SET NULL,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL
      ) STRICT;

CREATE TABLE series_exceptions (
        series_id     TEXT NOT NULL REFERENCES series (id) ON DELETE CASCADE,
        original_date TEXT NOT NULL,
        kind          TEXT NOT NULL CHECK (kind IN ('cancelled', 'moved')),
        moved_date    TEXT,
        moved_time    TEXT,
        PRIMARY KEY (series_id, original_date),
        CHECK (kind = 'cancelled' OR (moved_date IS NOT NULL AND moved_time IS NOT NULL))
      ) STRICT;

CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

CREATE TABLE significant_changes (
        id              TEXT PRIMARY KEY,
        title           TEXT NOT NULL,
        description     TEXT NOT NULL DEFAULT '',
        -- whose change it is; NULL for the user's own agency
        organization_id TEXT REFERENCES organizations (id) ON DELETE CASCADE,
        effective_date  TEXT,
        deleted_at      INTEGER,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
      ) STRICT;

CREATE TABLE system_issue_raises (
        id         TEXT PRIMARY KEY,
        issue_id   TEXT NOT NULL REFERENCES system_issues (id) ON DELETE CASCADE,
        meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        raised_on  TEXT NOT NULL,
        note       TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL
      ) STRICT;

CREATE TABLE system_issue_tags (
        issue_id TEXT NOT NULL REFERENCES system_issues (id) ON DELETE CASCADE,
        -- as first typed; key: the same, lower-cased, for matching and uniqueness
        tag      TEXT NOT NULL,
        key      TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (issue_id, key)
      ) STRICT;

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

CREATE TABLE templates (
        kind     TEXT NOT NULL CHECK (kind IN
                   ('case_consultation', 'interagency', 'speed_networking', 'committee', 'other')),
        language TEXT NOT NULL CHECK (language IN ('en', 'fr')),
        items    TEXT NOT NULL,
        PRIMARY KEY (kind, language)
      ) STRICT;

CREATE TRIGGER actions_search_ad AFTER DELETE ON actions BEGIN
        DELETE FROM search_docs WHERE kind = 'action' AND ref_id = old.id;
      END;

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

CREATE TRIGGER agenda_items_search_ad AFTER DELETE ON agenda_items BEGIN
        DELETE FROM search_docs WHERE kind = 'item' AND ref_id = old.id;
      END;

CREATE TRIGGER agenda_items_search_ai AFTER INSERT ON agenda_items
        WHEN new.meeting_id IS NOT NULL AND new.deleted_at IS NULL BEGIN
        INSERT INTO search_docs (kind, ref_id, meeting_id, item_id, title, body)
          VALUES ('item', new.id, new.meeting_id, new.id, CASE WHEN new.kind = 'case_review' THEN trim(coalesce((
    SELECT c.code FROM case_reviews r JOIN cases c ON c.id = r.case_id AND c.deleted_at IS NULL
    WHERE r.item_id = new.id), '') || ' Case review Discussion de cas') ELSE new.title END, new.notes_text);
      END;

CREATE TRIGGER agenda_items_search_au
        AFTER UPDATE OF title, kind, notes_text, meeting_id, deleted_at ON agenda_items BEGIN
        DELETE FROM search_docs WHERE kind = 'item' AND ref_id = old.id
          AND (new.meeting_id IS NULL OR new.deleted_at IS NOT NULL);
        INSERT INTO search_docs (kind, ref_id, meeting_id, item_id, title, body)
          SELECT 'item', new.id, new.meeting_id, new.id, CASE WHEN new.kind = 'case_review' THEN trim(coalesce((
    SELECT c.code FROM case_reviews r JOIN cases c ON c.id = r.case_id AND c.deleted_at IS NULL
    WHERE r.item_id = new.id), '') || ' Case review Discussion de cas') ELSE new.title END, new.notes_text
          WHERE new.meeting_id IS NOT NULL AND new.deleted_at IS NULL
          ON CONFLICT (kind, ref_id) DO UPDATE SET
            meeting_id = excluded.meeting_id, title = excluded.title, body = excluded.body;
      END;

CREATE TRIGGER case_reviews_search_ad AFTER DELETE ON case_reviews BEGIN

  UPDATE search_docs SET title = (SELECT CASE WHEN i.kind = 'case_review' THEN trim(coalesce((
    SELECT c.code FROM case_reviews r JOIN cases c ON c.id = r.case_id AND c.deleted_at IS NULL
    WHERE r.item_id = i.id), '') || ' Case review Discussion de cas') ELSE i.title END FROM agenda_items i
    WHERE i.id = search_docs.ref_id)
  WHERE kind = 'item' AND ref_id IN (
    SELECT i.id FROM agenda_items i WHERE i.kind = 'case_review' AND i.id IN (old.item_id));
      END;

CREATE TRIGGER case_reviews_search_ai AFTER INSERT ON case_reviews BEGIN

  UPDATE search_docs SET title = (SELECT CASE WHEN i.kind = 'case_review' THEN trim(coalesce((
    SELECT c.code FROM case_reviews r JOIN cases c ON c.id = r.case_id AND c.deleted_at IS NULL
    WHERE r.item_id = i.id), '') || ' Case review Discussion de cas') ELSE i.title END FROM agenda_items i
    WHERE i.id = search_docs.ref_id)
  WHERE kind = 'item' AND ref_id IN (
    SELECT i.id FROM agenda_items i WHERE i.kind = 'case_review' AND i.id IN (new.item_id));
      END;

CREATE TRIGGER case_reviews_search_au AFTER UPDATE OF case_id ON case_reviews BEGIN

  UPDATE search_docs SET title = (SELECT CASE WHEN i.kind = 'case_review' THEN trim(coalesce((
    SELECT c.code FROM case_reviews r JOIN cases c ON c.id = r.case_id AND c.deleted_at IS NULL
    WHERE r.item_id = i.id), '') || ' Case review Discussion de cas') ELSE i.title END FROM agenda_items i
    WHERE i.id = search_docs.ref_id)
  WHERE kind = 'item' AND ref_id IN (
    SELECT i.id FROM agenda_items i WHERE i.kind = 'case_review' AND i.id IN (new.item_id));
      END;

CREATE TRIGGER cases_search_au AFTER UPDATE OF code, deleted_at ON cases BEGIN

  UPDATE search_docs SET title = (SELECT CASE WHEN i.kind = 'case_review' THEN trim(coalesce((
    SELECT c.code FROM case_reviews r JOIN cases c ON c.id = r.case_id AND c.deleted_at IS NULL
    WHERE r.item_id = i.id), '') || ' Case review Discussion de cas') ELSE i.title END FROM agenda_items i
    WHERE i.id = search_docs.ref_id)
  WHERE kind = 'item' AND ref_id IN (
    SELECT i.id FROM agenda_items i WHERE i.kind = 'case_review' AND i.id IN (SELECT item_id FROM case_reviews WHERE case_id = new.id));
      END;

CREATE TRIGGER decisions_search_ad AFTER DELETE ON decisions BEGIN
        DELETE FROM search_docs WHERE kind = 'decision' AND ref_id = old.id;
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

CREATE TRIGGER glossary_fts_ad AFTER DELETE ON glossary_concepts BEGIN
        DELETE FROM glossary_fts WHERE rowid = old.num;
      END;

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

CREATE TRIGGER meetings_search_ai AFTER INSERT ON meetings BEGIN
        INSERT INTO search_docs (kind, ref_id, meeting_id, item_id, title, body)
          VALUES ('meeting', new.id, new.id, NULL, new.title, new.notes_text);
      END;

CREATE TRIGGER meetings_search_au AFTER UPDATE OF title, notes_text ON meetings BEGIN
        UPDATE search_docs SET title = new.title, body = new.notes_text
          WHERE kind = 'meeting' AND ref_id = new.id;
      END;

CREATE TRIGGER org_presence_attendance_ad AFTER DELETE ON attendance
      WHEN old.status = 'present' AND old.organization_id IS NOT NULL BEGIN
        DELETE FROM org_presence
        WHERE organization_id = old.organization_id AND meeting_id = old.meeting_id
          AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = old.meeting_id
            AND a.organization_id = old.organization_id AND a.status = 'present');
      END;

CREATE TRIGGER org_presence_attendance_ai AFTER INSERT ON attendance
      WHEN new.status = 'present' AND new.organization_id IS NOT NULL BEGIN
        INSERT OR IGNORE INTO org_presence (organization_id, meeting_id, date)
          SELECT new.organization_id, m.id, m.date FROM meetings m
          WHERE m.id = new.meeting_id AND m.status IN ('in_progress', 'ended');
      END;

CREATE TRIGGER org_presence_attendance_au
      AFTER UPDATE OF status, organization_id, meeting_id ON attendance BEGIN
        DELETE FROM org_presence
        WHERE organization_id = old.organization_id AND meeting_id = old.meeting_id
          AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = old.meeting_id
            AND a.organization_id = old.organization_id AND a.status = 'present');
        INSERT OR IGNORE INTO org_presence (organization_id, meeting_id, date)
          SELECT new.organization_id, m.id, m.date FROM meetings m
          WHERE new.status = 'present' AND new.organization_id IS NOT NULL
            AND m.id = new.meeting_id AND m.status IN ('in_progress', 'ended');
      END;

CREATE TRIGGER org_presence_meetings_au AFTER UPDATE OF status, date ON meetings
      WHEN old.status IS NOT new.status OR old.date IS NOT new.date BEGIN
        DELETE FROM org_presence WHERE meeting_id = new.id;
        INSERT OR IGNORE INTO org_presence (organization_id, meeting_id, date)
          SELECT a.organization_id, new.id, new.date FROM attendance a
          WHERE new.status IN ('in_progress', 'ended') AND a.meeting_id = new.id
            AND a.status = 'present' AND a.organization_id IS NOT NULL;
      END;

CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
        INSERT INTO search_fts (search_fts, rowid, title, body)
          VALUES ('delete', old.id, old.title, old.body);
      END;

CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
        INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
      END;

CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
        INSERT INTO search_fts (search_fts, rowid, title, body)
          VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
      END;