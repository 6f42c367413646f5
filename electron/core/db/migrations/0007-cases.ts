import type { Migration } from '../migrate';

/**
 * Complex case consultations: cases, consent per agency, and case reviews on agendas.
 *
 * - A case is known by its code, never a name: initials at most. Its code is unique among live
 *   cases (a deleted case may be undeleted only if nobody took its code meanwhile).
 * - Generated codes (CC-<year>-<NNN>) count per year in `case_code_counters`, which only ever
 *   goes up: a number handed out once is never handed out again, even after a deletion.
 * - Consent is per agency involved in the case. Removing an organization from the directory
 *   removes it from its cases (organizations are archived, not deleted, in ordinary use).
 * - A `case_review` agenda item's structured part lives in `case_reviews`, keyed by the item: it
 *   goes when the item is removed for good. The link to the case may be empty while the chair
 *   has not picked a case yet. Offers are JSON `[{ organizationId, offer }]`.
 */
export const m0007: Migration = {
  version: 7,
  name: '0007-cases',
  up(db) {
    db.exec(`
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
      -- Codes compare as people read them: "cc-2026-014" is CC-2026-014.
      CREATE UNIQUE INDEX cases_code ON cases (code COLLATE NOCASE) WHERE deleted_at IS NULL;
      -- The reviews due (open cases by next review date) and retention (closed cases by date).
      CREATE INDEX cases_review_due ON cases (next_review_date)
        WHERE deleted_at IS NULL AND status = 'open';
      CREATE INDEX cases_closed ON cases (closed_on) WHERE status = 'closed';
      CREATE INDEX cases_lead ON cases (lead_organization_id)
        WHERE lead_organization_id IS NOT NULL;

      CREATE TABLE case_code_counters (
        year INTEGER PRIMARY KEY,
        last INTEGER NOT NULL CHECK (last >= 0)
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
      CREATE INDEX case_agencies_organization ON case_agencies (organization_id);

      CREATE TABLE case_reviews (
        item_id          TEXT PRIMARY KEY REFERENCES agenda_items (id) ON DELETE CASCADE,
        case_id          TEXT REFERENCES cases (id) ON DELETE SET NULL,
        situation        TEXT NOT NULL DEFAULT '',
        questions        TEXT NOT NULL DEFAULT '',
        offers           TEXT NOT NULL DEFAULT '[]',
        next_review_date TEXT,
        updated_at       INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX case_reviews_case ON case_reviews (case_id) WHERE case_id IS NOT NULL;
    `);
  },
};
