import type { HomeDashboard } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/calendar-day';
import { dueCases } from '../cases/due';
import type { Db } from '../db/open';
import { perDb } from '../db/repos/per-db';
import { significantChangesRepo } from '../db/repos/significant-changes';
import { partnerCadences, partnersDue } from './cadence';

/** How far ahead the dashboard looks: actions due within a week, reviews within two. */
const ACTIONS_WITHIN_DAYS = 7;
const REVIEWS_WITHIN_DAYS = 14;
const NEXT_MEETINGS = 5;
const TOP_PARTNERS = 10;

interface ActionRow {
  id: string;
  description: string;
  due_date: string;
  meeting_id: string;
  organization_id: string | null;
  organization_name: string | null;
  name_key: string | null;
}

const statements = perDb((db: Db) => ({
  /**
   * Meetings to come: planned from today on, and any still in progress (one left running since
   * yesterday is still the chair's business), soonest first.
   */
  nextMeetings: db.prepare<
    { today: string; limit: number },
    HomeDashboard['nextMeetings'][number]
  >(`
    SELECT id, title, kind, date, start_time AS startTime, status FROM meetings
    WHERE (date >= :today AND status = 'planned') OR status = 'in_progress'
    ORDER BY status = 'in_progress' DESC, date, start_time, starts_at, id
    LIMIT :limit`),
  /**
   * Open actions due by the horizon, overdue ones included, in the order actions_status_due
   * gives them (no sort); the few agencies are ordered afterwards.
   */
  actionsDue: db.prepare<{ by: string }, ActionRow>(`
    SELECT a.id, a.description, a.due_date, a.meeting_id, a.organization_id,
      o.name AS organization_name, o.name_key
    FROM actions a LEFT JOIN organizations o ON o.id = a.organization_id
    WHERE a.deleted_at IS NULL AND a.status = 'open' AND a.due_date <= :by
    ORDER BY a.due_date, a.created_at`),
}));

/**
 * Open actions due within a week or overdue, by owning agency: the agency with the most overdue
 * action first (what the chair chases first), then by name (none named last).
 */
function actionsDue(db: Db, today: string): HomeDashboard['actionsDue'] {
  const groups = new Map<string | null, HomeDashboard['actionsDue'][number] & { key: string }>();
  for (const row of statements(db).actionsDue.all({ by: addDays(today, ACTIONS_WITHIN_DAYS) })) {
    let group = groups.get(row.organization_id);
    if (!group) {
      group = {
        organizationId: row.organization_id,
        organizationName: row.organization_name,
        key: row.name_key ?? '',
        actions: [],
      };
      groups.set(row.organization_id, group);
    }
    group.actions.push({
      id: row.id,
      description: row.description,
      dueDate: row.due_date,
      overdue: row.due_date < today,
      meetingId: row.meeting_id,
    });
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        // Each group's actions come in due-date order: its first is its most overdue.
        (a.actions[0]?.dueDate ?? '').localeCompare(b.actions[0]?.dueDate ?? '') ||
        Number(a.organizationId === null) - Number(b.organizationId === null) ||
        a.key.localeCompare(b.key) ||
        (a.organizationId ?? '').localeCompare(b.organizationId ?? ''),
    )
    .map(({ key: _key, ...group }) => group);
}

/** What a chair should act on, gathered from every domain: one read, no writes. */
export function homeDashboard(db: Db, today: string): HomeDashboard {
  return {
    today,
    nextMeetings: statements(db).nextMeetings.all({ today, limit: NEXT_MEETINGS }),
    actionsDue: actionsDue(db, today),
    ...partnersDue(partnerCadences(db, today), TOP_PARTNERS),
    casesDue: dueCases(db, addDays(today, REVIEWS_WITHIN_DAYS)).map((c) => ({
      ...c,
      overdue: c.nextReviewDate < today,
    })),
    changesPending: significantChangesRepo(db).pending(),
  };
}
