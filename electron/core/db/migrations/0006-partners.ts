import type { Migration } from '../migrate';

/**
 * The partner network (issue 8): cadence profiles, the contact log, significant changes and who
 * has been told, and connections between organizations.
 *
 * - Every organization not archived is a partner. `partner_profiles` holds a row only once its
 *   status or cadence has been set: no row reads as a member contacted monthly, so the directory
 *   never has to create one.
 * - Contacts, changes and connections are deleted softly (`deleted_at`), for Undo. Meetings
 *   attended count as contacts too, but are derived from attendance when read, never copied here.
 * - Everything hangs off its organization with ON DELETE CASCADE: an organization is deleted only
 *   when it was a mistake (the directory archives real ones), and its log, checklist entries,
 *   connections and its own changes mean nothing without it. A person deleted leaves the contact
 *   without a name.
 * - `org_presence` (derived by triggers, like search_docs) lists who was present at each meeting
 *   held, with the meeting's date: the dashboards' "last contact" and "last attended" are one
 *   index lookup per organization.
 * - The indexes serve the dashboards: the latest contact per organization (a min/max lookup per
 *   partner), the log newest first, live connections unique per (from, to, kind), an agency's
 *   rows on a meeting's list, and the upcoming meetings by day.
 */
export const m0006: Migration = {
  version: 6,
  name: '0006-partners',
  up(db) {
    db.exec(`
      CREATE TABLE partner_profiles (
        organization_id TEXT PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
        network_status  TEXT NOT NULL DEFAULT 'member'
                          CHECK (network_status IN ('member', 'potential')),
        cadence         TEXT NOT NULL DEFAULT 'monthly'
                          CHECK (cadence IN ('weekly', 'biweekly', 'monthly', 'quarterly', 'none')),
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
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
      -- The latest contact of each partner, and one partner's log newest first.
      CREATE INDEX partner_contacts_organization ON partner_contacts (organization_id, date, created_at)
        WHERE deleted_at IS NULL;
      -- The whole log newest first.
      CREATE INDEX partner_contacts_date ON partner_contacts (date, created_at)
        WHERE deleted_at IS NULL;
      -- Not partial on deleted_at: a person's deletion must reach deleted contacts too.
      CREATE INDEX partner_contacts_person ON partner_contacts (person_id)
        WHERE person_id IS NOT NULL;
      -- An organization's deletion must reach deleted contacts as well.
      CREATE INDEX partner_contacts_organization_all ON partner_contacts (organization_id);

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
      CREATE INDEX significant_changes_created ON significant_changes (created_at)
        WHERE deleted_at IS NULL;
      CREATE INDEX significant_changes_organization ON significant_changes (organization_id)
        WHERE organization_id IS NOT NULL;

      -- The checklist: one row per partner to tell, with the day it was told (NULL: not yet).
      CREATE TABLE change_notices (
        change_id       TEXT NOT NULL REFERENCES significant_changes (id) ON DELETE CASCADE,
        organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        notified_on     TEXT,
        created_at      INTEGER NOT NULL,
        PRIMARY KEY (change_id, organization_id)
      ) STRICT;
      CREATE INDEX change_notices_organization ON change_notices (organization_id);
      -- The changes some partner has not been told about (the home dashboard).
      CREATE INDEX change_notices_pending ON change_notices (change_id) WHERE notified_on IS NULL;

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
      -- The same connection twice is a slip; a deleted one may be recorded again.
      CREATE UNIQUE INDEX org_connections_unique ON org_connections (from_id, to_id, kind)
        WHERE deleted_at IS NULL;
      CREATE INDEX org_connections_from ON org_connections (from_id);
      CREATE INDEX org_connections_to ON org_connections (to_id);

      -- Who was present at which meeting held (started or ended), one row per organization and
      -- meeting: derived from attendance and meetings by the triggers below, as search_docs is
      -- (no write path can forget it), and left out of archives. The dashboards read the latest
      -- meeting an organization attended from one index entry instead of joining every
      -- attendance row it ever had to its meeting.
      CREATE TABLE org_presence (
        organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        meeting_id      TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        date            TEXT NOT NULL,
        PRIMARY KEY (organization_id, meeting_id)
      ) STRICT;
      CREATE INDEX org_presence_organization ON org_presence (organization_id, date);
      CREATE INDEX org_presence_date ON org_presence (date);
      CREATE INDEX org_presence_meeting ON org_presence (meeting_id);
      -- An agency's rows on a meeting's list: participation reads them without the table, and
      -- the triggers check "anyone else present from it?" with them.
      CREATE INDEX attendance_meeting_organization ON attendance (meeting_id, organization_id, status);

      CREATE TRIGGER org_presence_attendance_ai AFTER INSERT ON attendance
      WHEN new.status = 'present' AND new.organization_id IS NOT NULL BEGIN
        INSERT OR IGNORE INTO org_presence (organization_id, meeting_id, date)
          SELECT new.organization_id, m.id, m.date FROM meetings m
          WHERE m.id = new.meeting_id AND m.status IN ('in_progress', 'ended');
      END;
      -- A row gone or changed: the agency stays present if someone else from it still is.
      CREATE TRIGGER org_presence_attendance_ad AFTER DELETE ON attendance
      WHEN old.status = 'present' AND old.organization_id IS NOT NULL BEGIN
        DELETE FROM org_presence
        WHERE organization_id = old.organization_id AND meeting_id = old.meeting_id
          AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = old.meeting_id
            AND a.organization_id = old.organization_id AND a.status = 'present');
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
      -- A meeting started, ended, reopened, cancelled or moved to another day (run mode writes
      -- the status at every step, hence the WHEN).
      CREATE TRIGGER org_presence_meetings_au AFTER UPDATE OF status, date ON meetings
      WHEN old.status IS NOT new.status OR old.date IS NOT new.date BEGIN
        DELETE FROM org_presence WHERE meeting_id = new.id;
        INSERT OR IGNORE INTO org_presence (organization_id, meeting_id, date)
          SELECT a.organization_id, new.id, new.date FROM attendance a
          WHERE new.status IN ('in_progress', 'ended') AND a.meeting_id = new.id
            AND a.status = 'present' AND a.organization_id IS NOT NULL;
      END;

      INSERT OR IGNORE INTO org_presence (organization_id, meeting_id, date)
        SELECT a.organization_id, m.id, m.date FROM attendance a JOIN meetings m ON m.id = a.meeting_id
        WHERE a.status = 'present' AND a.organization_id IS NOT NULL
          AND m.status IN ('in_progress', 'ended');

      -- The next meetings from a day on.
      CREATE INDEX meetings_date ON meetings (date, start_time);
    `);
  },
};
