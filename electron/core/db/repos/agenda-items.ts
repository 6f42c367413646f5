import {
  SpeakingRoundState,
  type AgendaItem,
  type Confidentiality,
  type ItemKind,
  type ItemStatus,
} from '../../../../shared/contract';
import { parseStoredDoc, storedDoc } from './stored-doc';
import type { RichDoc } from '../../../../shared/domain/rich-text';
import type { SpeakingRound } from '../../../../shared/domain/speaking-round';
import type { Db } from '../open';
import { perDb } from './per-db';

/** An agenda item with what only the core needs: its speaking round, origin and deletion stamp. */
export interface AgendaItemRecord extends AgendaItem {
  round: SpeakingRound | null;
  /** The item this one was carried forward or parked from. */
  sourceItemId: string | null;
  /** Set while deleted (undoable until the meeting ends). */
  deletedAt: number | null;
}

/** What is stored; the presenter's names and the case's code are resolved when read. */
export type NewAgendaItem = Omit<
  AgendaItemRecord,
  'presenterName' | 'presenterOrganizationName' | 'caseCode'
>;

/** What run mode writes as items become current, are left and are timed. */
export interface AgendaItemRunFields {
  status: ItemStatus;
  actualStartedAt: number | null;
  actualEndedAt: number | null;
  spentMs: number;
  round: SpeakingRound | null;
  updatedAt: number;
}

interface AgendaItemRow {
  id: string;
  meeting_id: string | null;
  series_id: string | null;
  position: number;
  title: string;
  kind: ItemKind;
  presenter_person_id: string | null;
  presenter_organization_id: string | null;
  presenter_name: string | null;
  presenter_organization_name: string | null;
  planned_minutes: number;
  notes: string;
  confidentiality: Confidentiality;
  case_id: string | null;
  case_code: string | null;
  status: ItemStatus;
  recurring: 0 | 1;
  speaker_seconds: number | null;
  actual_started_at: number | null;
  actual_ended_at: number | null;
  spent_ms: number;
  round: string | null;
  source_item_id: string | null;
  parked_from_meeting_id: string | null;
  deleted_at: number | null;
  created_at: number;
  updated_at: number;
}

function parseRound(json: string | null): SpeakingRound | null {
  if (json === null) return null;
  try {
    const parsed = SpeakingRoundState.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const toItem = (r: AgendaItemRow): AgendaItemRecord => ({
  id: r.id,
  meetingId: r.meeting_id,
  seriesId: r.series_id,
  position: r.position,
  title: r.title,
  kind: r.kind,
  presenterPersonId: r.presenter_person_id,
  presenterOrganizationId: r.presenter_organization_id,
  presenterName: r.presenter_name,
  presenterOrganizationName: r.presenter_organization_name,
  plannedMinutes: r.planned_minutes,
  notes: parseStoredDoc(r.notes),
  confidentiality: r.confidentiality,
  caseId: r.case_id,
  caseCode: r.case_code,
  status: r.status,
  recurring: r.recurring === 1,
  speakerSeconds: r.speaker_seconds,
  actualStartedAt: r.actual_started_at,
  actualEndedAt: r.actual_ended_at,
  spentMs: r.spent_ms,
  round: parseRound(r.round),
  sourceItemId: r.source_item_id,
  parkedFromMeetingId: r.parked_from_meeting_id,
  deletedAt: r.deleted_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const itemParams = (i: NewAgendaItem) => ({
  id: i.id,
  meetingId: i.meetingId,
  seriesId: i.seriesId,
  position: i.position,
  title: i.title,
  kind: i.kind,
  presenterPersonId: i.presenterPersonId,
  presenterOrganizationId: i.presenterOrganizationId,
  plannedMinutes: i.plannedMinutes,
  ...storedDoc(i.notes),
  confidentiality: i.confidentiality,
  status: i.status,
  recurring: i.recurring ? 1 : 0,
  speakerSeconds: i.speakerSeconds,
  actualStartedAt: i.actualStartedAt,
  actualEndedAt: i.actualEndedAt,
  spentMs: i.spentMs,
  round: i.round === null ? null : JSON.stringify(i.round),
  sourceItemId: i.sourceItemId,
  parkedFromMeetingId: i.parkedFromMeetingId,
  deletedAt: i.deletedAt,
  createdAt: i.createdAt,
  updatedAt: i.updatedAt,
});

const SELECT = `
  SELECT a.id, a.meeting_id, a.series_id, a.position, a.title, a.kind, a.presenter_person_id,
    a.presenter_organization_id, p.name AS presenter_name, o.name AS presenter_organization_name,
    a.planned_minutes, a.notes, a.confidentiality, a.status, a.recurring, a.speaker_seconds, a.actual_started_at,
    a.actual_ended_at, a.spent_ms, a.round, a.source_item_id, a.parked_from_meeting_id,
    a.deleted_at, a.created_at, a.updated_at, r.case_id, c.code AS case_code
  FROM agenda_items a
    LEFT JOIN people p ON p.id = a.presenter_person_id
    LEFT JOIN organizations o ON o.id = a.presenter_organization_id
    LEFT JOIN case_reviews r ON r.item_id = a.id AND a.kind = 'case_review'
    LEFT JOIN cases c ON c.id = r.case_id AND c.deleted_at IS NULL`;
// Ties (a restored item meeting one renumbered by a reorder) fall back to creation order.
const ORDER = 'ORDER BY a.position, a.created_at, a.id';

export const agendaItemsRepo = perDb((db: Db) => {
  const byId = db.prepare<[string], AgendaItemRow>(`${SELECT} WHERE a.id = ?`);
  const byMeeting = db.prepare<[string], AgendaItemRow>(
    `${SELECT} WHERE a.meeting_id = ? AND a.deleted_at IS NULL ${ORDER}`,
  );
  const parkingLot = db.prepare<[string], AgendaItemRow>(
    `${SELECT} WHERE a.meeting_id IS NULL AND a.series_id = ? AND a.deleted_at IS NULL ${ORDER}`,
  );
  const parkedCopies = db.prepare<[string], AgendaItemRow>(
    `${SELECT} WHERE a.source_item_id = ? AND a.parked_from_meeting_id IS NOT NULL
       AND a.deleted_at IS NULL ${ORDER}`,
  );
  const parkedFrom = db.prepare<[string], { source_item_id: string }>(
    `SELECT DISTINCT source_item_id FROM agenda_items
     WHERE parked_from_meeting_id = ? AND source_item_id IS NOT NULL AND deleted_at IS NULL`,
  );
  // Deleted items count here: they keep their place for an undo.
  const endOfMeeting = db.prepare<[string], { next: number }>(
    'SELECT coalesce(max(position) + 1, 0) AS next FROM agenda_items WHERE meeting_id = ?',
  );
  const endOfParkingLot = db.prepare<[string], { next: number }>(
    `SELECT coalesce(max(position) + 1, 0) AS next FROM agenda_items
     WHERE meeting_id IS NULL AND series_id = ?`,
  );
  const shiftFrom = db.prepare<{ meetingId: string; position: number; exceptId: string }>(`
    UPDATE agenda_items SET position = position + 1
    WHERE meeting_id = :meetingId AND position >= :position AND id <> :exceptId`);
  const insert = db.prepare(`
    INSERT INTO agenda_items (id, meeting_id, series_id, position, title, kind, presenter_person_id,
      presenter_organization_id, planned_minutes, notes, notes_text, confidentiality, status,
      recurring, speaker_seconds,
      actual_started_at, actual_ended_at, spent_ms, round, source_item_id, parked_from_meeting_id,
      deleted_at, created_at, updated_at)
    VALUES (:id, :meetingId, :seriesId, :position, :title, :kind, :presenterPersonId,
      :presenterOrganizationId, :plannedMinutes, :notes, :notesText, :confidentiality, :status, :recurring, :speakerSeconds,
      :actualStartedAt, :actualEndedAt, :spentMs, :round, :sourceItemId, :parkedFromMeetingId,
      :deletedAt, :createdAt, :updatedAt)`);
  // Everything a person edits, and where the item lives (a pull from the parking lot moves it).
  const update = db.prepare(`
    UPDATE agenda_items SET meeting_id = :meetingId, series_id = :seriesId, position = :position,
      title = :title, kind = :kind, presenter_person_id = :presenterPersonId,
      presenter_organization_id = :presenterOrganizationId, planned_minutes = :plannedMinutes,
      notes = :notes, notes_text = :notesText, confidentiality = :confidentiality,
      status = :status, recurring = :recurring, speaker_seconds = :speakerSeconds,
      deleted_at = :deletedAt, updated_at = :updatedAt
    WHERE id = :id`);
  // A case review's link to its case lives with the review; the rest of the review is only
  // written by caseReview.save. An item that stops being a case review keeps its review row,
  // linked but not shown (the SELECT above): retention still finds it under its case, and
  // turning the item back into a case review brings it back.
  const link = db.prepare<{ itemId: string; caseId: string; at: number }>(`
    INSERT INTO case_reviews (item_id, case_id, updated_at) VALUES (:itemId, :caseId, :at)
    ON CONFLICT (item_id) DO UPDATE SET case_id = excluded.case_id, updated_at = excluded.updated_at
      WHERE case_id IS NOT excluded.case_id`);
  const unlink = db.prepare<{ itemId: string; at: number }>(
    `UPDATE case_reviews SET case_id = NULL, updated_at = :at
     WHERE item_id = :itemId AND case_id IS NOT NULL`,
  );
  const setCase = (item: NewAgendaItem) =>
    item.caseId === null
      ? unlink.run({ itemId: item.id, at: item.updatedAt })
      : link.run({ itemId: item.id, caseId: item.caseId, at: item.updatedAt });
  const setNotes = db.prepare<{ id: string; notes: string; notesText: string; updatedAt: number }>(
    `UPDATE agenda_items SET notes = :notes, notes_text = :notesText, updated_at = :updatedAt
     WHERE id = :id`,
  );
  // What was recorded under an item is deleted and restored with it, under the same stamp, so
  // an undo brings back exactly those and not ones deleted on their own before.
  const recordTables = ['decisions', 'actions'];
  const hideRecords = recordTables.map((table) =>
    db.prepare<{ id: string; at: number }>(
      `UPDATE ${table} SET deleted_at = :at WHERE item_id = :id AND deleted_at IS NULL`,
    ),
  );
  const restoreRecords = recordTables.map((table) =>
    db.prepare<{ id: string; at: number }>(
      `UPDATE ${table} SET deleted_at = NULL WHERE item_id = :id AND deleted_at = :at`,
    ),
  );
  const setPosition = db.prepare<[number, string]>(
    'UPDATE agenda_items SET position = ? WHERE id = ?',
  );
  const setRunFields = db.prepare(`
    UPDATE agenda_items SET status = :status, actual_started_at = :actualStartedAt,
      actual_ended_at = :actualEndedAt, spent_ms = :spentMs, round = :round, updated_at = :updatedAt
    WHERE id = :id`);
  // Ending a meeting makes its deletions final, and those in its series' parking lot with them.
  const purgeDeleted = db.prepare<{ meetingId: string }>(`
    DELETE FROM agenda_items WHERE deleted_at IS NOT NULL AND (meeting_id = :meetingId OR
      (meeting_id IS NULL AND series_id = (SELECT series_id FROM meetings WHERE id = :meetingId)))`);

  return {
    /** Deleted items included (see `deletedAt`), so a deletion can be undone. */
    get: (id: string) => {
      const row = byId.get(id);
      return row ? toItem(row) : undefined;
    },
    /** A meeting's agenda, in order, without deleted items. */
    listByMeeting: (meetingId: string) => byMeeting.all(meetingId).map(toItem),
    /** A series' parked items, in order, without deleted ones. */
    parkingLot: (seriesId: string) => parkingLot.all(seriesId).map(toItem),
    /** Copies made by parking this item (in the parking lot, or since pulled into a meeting). */
    parkedCopiesOf: (itemId: string) => parkedCopies.all(itemId).map(toItem),
    /** The items of a meeting that were parked: each has a copy, waiting or since pulled. */
    parkedItemIdsOf: (meetingId: string) =>
      new Set(parkedFrom.all(meetingId).map((r) => r.source_item_id)),
    endOfMeeting: (meetingId: string) => endOfMeeting.get(meetingId)?.next ?? 0,
    endOfParkingLot: (seriesId: string) => endOfParkingLot.get(seriesId)?.next ?? 0,
    /** Makes room at `position` in a meeting: that item and every later one move down by one. */
    shiftFrom: (meetingId: string, position: number, exceptId = '') =>
      shiftFrom.run({ meetingId, position, exceptId }),
    insert: (item: NewAgendaItem) => {
      insert.run(itemParams(item));
      if (item.kind === 'case_review' && item.caseId !== null) setCase(item);
    },
    update: (item: NewAgendaItem) => {
      update.run(itemParams(item));
      if (item.kind === 'case_review') setCase(item);
    },
    setPosition: (id: string, position: number) => setPosition.run(position, id),
    /** Deletes (recoverably) the decisions and actions recorded under an item deleted at `at`. */
    hideRecordsOf: (id: string, at: number) => hideRecords.forEach((s) => s.run({ id, at })),
    /** Undoes `hideRecordsOf` for the item's deletion at `at`. */
    restoreRecordsOf: (id: string, at: number) => restoreRecords.forEach((s) => s.run({ id, at })),
    /** Autosave: only the notes (and their plain text, which search indexes). */
    setNotes: (id: string, doc: RichDoc | null, updatedAt: number) =>
      setNotes.run({ id, ...storedDoc(doc), updatedAt }),
    setRunFields: (id: string, run: AgendaItemRunFields) =>
      setRunFields.run({
        id,
        ...run,
        round: run.round === null ? null : JSON.stringify(run.round),
      }),
    purgeDeleted: (meetingId: string) => purgeDeleted.run({ meetingId }),
  };
});
