import type { Migration } from '../migrate';

/**
 * Meetings, recurring series, agendas, attendance and the live run state.
 *
 * - A series holds the rule; meetings are created for its occurrences when prepared (the first at
 *   once, the next at carry-forward), so an endless rule never fills the table. A meeting keeps the
 *   occurrence's original date (its RECURRENCE-ID), unique per series.
 * - Agenda items with no meeting wait in their series' parking lot. Deleting an item only stamps
 *   `deleted_at`, so it can be undone; ending the meeting purges them.
 * - The run state (current item, countdown, speaking round) is persisted on the meeting, so a
 *   reload or a restart resumes it.
 */
export const m0002: Migration = {
  version: 2,
  name: '0002-meetings',
  up(db) {
    db.exec(`
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
      ) STRICT;
      CREATE UNIQUE INDEX meetings_occurrence ON meetings (series_id, occurrence_date)
        WHERE series_id IS NOT NULL;
      CREATE INDEX meetings_starts_at ON meetings (starts_at);

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
        updated_at                INTEGER NOT NULL,
        CHECK (meeting_id IS NOT NULL OR series_id IS NOT NULL)
      ) STRICT;
      CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);
      -- Not partial: deleting a series looks its parking lot up by series_id alone.
      CREATE INDEX agenda_items_series ON agenda_items (series_id, position);
      -- Whether an item was parked already, and which items of a meeting were.
      CREATE INDEX agenda_items_source ON agenda_items (source_item_id)
        WHERE source_item_id IS NOT NULL;
      CREATE INDEX agenda_items_parked_from ON agenda_items (parked_from_meeting_id)
        WHERE parked_from_meeting_id IS NOT NULL;

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
      CREATE INDEX attendance_meeting ON attendance (meeting_id, position);
      CREATE INDEX attendance_organization ON attendance (organization_id);
      CREATE INDEX attendance_person ON attendance (person_id);

      -- A user's own version of a kind's agenda template in one language (JSON TemplateItem[]).
      CREATE TABLE templates (
        kind     TEXT NOT NULL CHECK (kind IN
                   ('case_consultation', 'interagency', 'speed_networking', 'committee', 'other')),
        language TEXT NOT NULL CHECK (language IN ('en', 'fr')),
        items    TEXT NOT NULL,
        PRIMARY KEY (kind, language)
      ) STRICT;
    `);
  },
};
