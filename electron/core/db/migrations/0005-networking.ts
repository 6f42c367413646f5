import type { Migration } from '../migrate';

/**
 * Speed networking: a session per speed-networking meeting, its participants, its plan and, once
 * an event ends, who met whom (history for the series' later sessions).
 *
 * - The round and switch countdowns are the meeting's own `timer` while it is in progress, so the
 *   core's timer authority (run/timer-scheduler.ts) runs them like any agenda item's.
 * - Plans are stored a round per row, participant ids as JSON; held rounds are never re-planned.
 * - `undo` holds the participants and rounds as they were before the last live change (a late
 *   arrival or a departure), so it can be undone exactly.
 * - A contact's people are named by a key that survives across sessions: `p:<person id>` for
 *   someone from the directory, `n:<folded name>|<folded agency>` for someone added on the spot;
 *   `a_key < b_key`, so a pair is one row.
 */
export const m0005: Migration = {
  version: 5,
  name: '0005-networking',
  up(db) {
    db.exec(`
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
      CREATE INDEX networking_participants_meeting ON networking_participants (meeting_id, position);
      CREATE INDEX networking_participants_person ON networking_participants (person_id)
        WHERE person_id IS NOT NULL;

      CREATE TABLE networking_rounds (
        meeting_id  TEXT NOT NULL REFERENCES networking_sessions (meeting_id) ON DELETE CASCADE,
        number      INTEGER NOT NULL CHECK (number >= 1),
        tables      TEXT NOT NULL,
        sitting_out TEXT NOT NULL DEFAULT '[]',
        held        INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (meeting_id, number)
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
      CREATE INDEX networking_contacts_series ON networking_contacts (series_id)
        WHERE series_id IS NOT NULL;
    `);
  },
};
