import type { z } from 'zod';
import type {
  AgendaItemDraft,
  Language,
  Meeting,
  MeetingKind,
  TemplateItem,
} from '../../../shared/contract';
import { defaultConfidentiality } from '../../../shared/domain/item-confidentiality';
import { wallClockExists, zonedToEpoch } from '../../../shared/domain/recurrence';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { agendaItemsRepo, type NewAgendaItem } from '../db/repos/agenda-items';
import { attendanceRepo } from '../db/repos/attendance';
import { meetingsRepo } from '../db/repos/meetings';
import { templateFor } from './templates';

/** What a person sets on a meeting; the rest (ids, status, instants) the core derives. */
export type MeetingFields = Pick<
  Meeting,
  | 'title'
  | 'kind'
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'timeZone'
  | 'location'
  | 'goal'
  | 'chairId'
  | 'noteTakerId'
>;

export type ItemFields = z.output<typeof AgendaItemDraft>;

/** Where an item goes: a meeting's agenda, or (meetingId null) a series' parking lot. */
export interface ItemPlace {
  meetingId: string | null;
  seriesId: string | null;
  position: number;
}

/** What an item was made from: the item it was carried or parked from, and that meeting. */
export interface ItemOrigin {
  sourceItemId: string | null;
  parkedFromMeetingId: string | null;
}

/** The meeting's wall-clock date and times placed on the time line, in its own time zone. */
export function withInstants<
  M extends Pick<Meeting, 'date' | 'startTime' | 'endTime' | 'timeZone'>,
>(m: M): M & Pick<Meeting, 'startsAt' | 'endsAt'> {
  return {
    ...m,
    startsAt: zonedToEpoch(m.date, m.startTime, m.timeZone),
    endsAt: zonedToEpoch(m.date, m.endTime, m.timeZone),
  };
}

type Timing = Pick<Meeting, 'date' | 'startTime' | 'endTime' | 'timeZone'>;

/**
 * Refuses a start or end in the hour the clocks skip: placed on the time line it would slide an
 * hour later, and a 02:30–03:30 meeting would become 03:30–03:30. `pathOf` names the field.
 */
export function assertTimesExist(
  m: Timing,
  pathOf: (field: 'startTime' | 'endTime') => (string | number)[] = (field) => [field],
): void {
  for (const field of ['startTime', 'endTime'] as const) {
    if (!wallClockExists(m.date, m[field], m.timeZone)) {
      throw new AppError(
        'invalid_input',
        `${m.date} ${m[field]} does not exist in ${m.timeZone}: the clocks change then.`,
        [{ path: pathOf(field), message: 'nonexistentTime' }],
      );
    }
  }
}

export function insertMeeting(
  ctx: CoreContext,
  fields: MeetingFields,
  link: Pick<Meeting, 'seriesId' | 'occurrenceDate'>,
): Meeting {
  const now = ctx.clock.now();
  const meeting: Meeting = withInstants({
    ...fields,
    ...link,
    id: ctx.newId(),
    status: 'planned',
    startedAt: null,
    endedAt: null,
    createdAt: now,
    updatedAt: now,
  });
  meetingsRepo(ctx.db).insert(meeting);
  return meeting;
}

/** Only what a person sets on an item, so that copying a whole item copies nothing else. */
export const itemFieldsOf = (item: ItemFields): ItemFields => ({
  title: item.title,
  kind: item.kind,
  presenterPersonId: item.presenterPersonId,
  presenterOrganizationId: item.presenterOrganizationId,
  plannedMinutes: item.plannedMinutes,
  notes: item.notes,
  status: item.status,
  recurring: item.recurring,
  speakerSeconds: item.speakerSeconds,
  confidentiality: item.confidentiality,
  caseId: item.caseId,
});

/** A new item: nothing about it has happened yet, whatever the item it came from went through. */
export function insertItem(
  ctx: CoreContext,
  fields: ItemFields,
  place: ItemPlace,
  origin: ItemOrigin = { sourceItemId: null, parkedFromMeetingId: null },
): string {
  const now = ctx.clock.now();
  const item: NewAgendaItem = {
    id: ctx.newId(),
    ...place,
    ...itemFieldsOf(fields),
    confidentiality: fields.confidentiality ?? defaultConfidentiality(fields.kind),
    actualStartedAt: null,
    actualEndedAt: null,
    spentMs: 0,
    round: null,
    ...origin,
    deletedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  agendaItemsRepo(ctx.db).insert(item);
  return item.id;
}

/** A template line as an agenda item: nobody presents it yet and it has no notes. */
export const fromTemplate = (t: TemplateItem): ItemFields => ({
  ...t,
  presenterPersonId: null,
  presenterOrganizationId: null,
  notes: null,
  status: 'pending',
  speakerSeconds: null,
  confidentiality: defaultConfidentiality(t.kind),
  caseId: null,
});

/** A new meeting's agenda: the kind's template in that language (the user's own, or shipped). */
export function addTemplateAgenda(
  ctx: CoreContext,
  meetingId: string,
  kind: MeetingKind,
  language: Language,
): void {
  templateFor(ctx.db, kind, language).items.forEach((t, position) =>
    insertItem(ctx, fromTemplate(t), { meetingId, seriesId: null, position }),
  );
}

/**
 * The partner agencies keep being invited: the previous meeting's list comes over, everyone
 * `expected` again. Guests typed on the spot were invited once; a guest from a directory agency
 * leaves the agency on the list (once).
 */
export function copyInvitations(ctx: CoreContext, fromMeetingId: string, toMeetingId: string) {
  const repo = attendanceRepo(ctx.db);
  const agencies = new Set<string>();
  const now = ctx.clock.now();
  let position = 0;
  for (const row of repo.listByMeeting(fromMeetingId)) {
    const agencyOnly = row.personId === null;
    if (agencyOnly && (row.organizationId === null || agencies.has(row.organizationId))) continue;
    if (agencyOnly && row.organizationId !== null) agencies.add(row.organizationId);
    repo.insert({
      id: ctx.newId(),
      meetingId: toMeetingId,
      organizationId: row.organizationId,
      personId: row.personId,
      guestName: '',
      guestOrganization: '',
      status: 'expected',
      position: position++,
      createdAt: now,
    });
  }
}
