import { z } from 'zod';
import { isLocalTime, isTimeZone, parseRule } from '../domain/recurrence';
import {
  Confidentiality,
  Id,
  IdInput,
  Instant,
  IsoDate,
  optionalText,
  requiredText,
  RichDocument,
} from './common';
import { Language } from './app';

/** What a meeting is for; each kind has its own agenda template and recurrence default. */
export const MeetingKind = z.enum([
  'case_consultation',
  'interagency',
  'speed_networking',
  'committee',
  'other',
]);
export type MeetingKind = z.infer<typeof MeetingKind>;

/** `cancelled` is an occurrence of a series called off; a one-off meeting is deleted instead. */
export const MeetingStatus = z.enum(['planned', 'in_progress', 'ended', 'cancelled']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

export const ItemKind = z.enum([
  'discussion',
  'round',
  'case_review',
  'presentation',
  'break',
  'action_review',
  'other',
]);
export type ItemKind = z.infer<typeof ItemKind>;

export const ItemStatus = z.enum(['pending', 'discussed', 'deferred']);
export type ItemStatus = z.infer<typeof ItemStatus>;

export const AttendanceStatus = z.enum(['expected', 'present', 'regrets', 'absent']);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

/** 'HH:mm', 24-hour, in the meeting's time zone. */
export const LocalTime = z.string({ error: 'invalidTime' }).refine(isLocalTime, {
  error: 'invalidTime',
});

/** An IANA zone such as America/Toronto. */
export const TimeZone = z
  .string({ error: 'invalidTimeZone' })
  .max(64)
  .refine(isTimeZone, { error: 'invalidTimeZone' });

/** An RFC 5545 RRULE value (no "RRULE:" prefix), e.g. FREQ=WEEKLY;INTERVAL=2. */
export const RecurrenceRule = z
  .string({ error: 'invalidRule' })
  .trim()
  .max(500)
  .refine((v) => parseRule(v).ok, { error: 'invalidRule' });

/** Planned minutes for one agenda item: up to a full day. */
export const PlannedMinutes = z
  .number({ error: 'invalidMinutes' })
  .int({ error: 'invalidMinutes' })
  .min(0, { error: 'invalidMinutes' })
  .max(1440, { error: 'invalidMinutes' });

const endAfterStart = (m: { startTime?: string; endTime?: string }) =>
  !m.startTime || !m.endTime || m.endTime > m.startTime;
const endAfterStartIssue = { error: 'endTimeBeforeStart', path: ['endTime'] };

/** What a meeting and a series share: the meeting's shape, without its date. */
const scheduleFields = {
  title: requiredText(200),
  kind: MeetingKind,
  startTime: LocalTime,
  endTime: LocalTime,
  timeZone: TimeZone,
  location: optionalText(500),
  goal: optionalText(2000),
  chairId: Id.nullable(),
  noteTakerId: Id.nullable(),
};

const scheduleDefaults = {
  location: scheduleFields.location.default(''),
  goal: scheduleFields.goal.default(''),
  chairId: scheduleFields.chairId.default(null),
  noteTakerId: scheduleFields.noteTakerId.default(null),
};

const meetingFields = { ...scheduleFields, date: IsoDate };

export const MeetingChanges = z
  .strictObject(meetingFields)
  .partial()
  .refine(endAfterStart, endAfterStartIssue);

export const MeetingDraft = z
  .strictObject({
    ...meetingFields,
    ...scheduleDefaults,
    /** The agenda starts from this language's template for the kind. */
    language: Language,
  })
  .refine(endAfterStart, endAfterStartIssue);
export type MeetingDraft = z.input<typeof MeetingDraft>;

export const Meeting = z.object({
  id: Id,
  seriesId: Id.nullable(),
  /** The date the series' rule gave this meeting (its RECURRENCE-ID), stable when moved. */
  occurrenceDate: z.string().nullable(),
  title: z.string(),
  kind: MeetingKind,
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  timeZone: z.string(),
  /** `date` + `startTime`/`endTime` in `timeZone`, as epoch ms. */
  startsAt: Instant,
  endsAt: Instant,
  location: z.string(),
  goal: z.string(),
  chairId: Id.nullable(),
  noteTakerId: Id.nullable(),
  status: MeetingStatus,
  /** When the chair pressed Start and End. */
  startedAt: Instant.nullable(),
  endedAt: Instant.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingSummary = Meeting.extend({
  seriesTitle: z.string().nullable(),
  itemCount: z.number().int(),
  plannedMinutes: z.number().int(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

/* ------------------------------------------------------------------ agenda items */

const itemFields = {
  title: requiredText(300),
  kind: ItemKind,
  presenterPersonId: Id.nullable(),
  presenterOrganizationId: Id.nullable(),
  plannedMinutes: PlannedMinutes,
  status: ItemStatus,
  /** A standing item: copied into the next meeting of the series. */
  recurring: z.boolean(),
  /** Per-speaker time in a speaking round, in seconds; null for the default. */
  speakerSeconds: z.number().int().min(10).max(3600).nullable(),
  /** What of the item may leave the app in minutes and exports. */
  confidentiality: Confidentiality,
  /** The case a `case_review` item reviews (none for other kinds, or not chosen yet). */
  caseId: Id.nullable(),
};

export const AgendaItemDraft = z.strictObject({
  title: itemFields.title,
  kind: itemFields.kind.default('discussion'),
  presenterPersonId: itemFields.presenterPersonId.default(null),
  presenterOrganizationId: itemFields.presenterOrganizationId.default(null),
  plannedMinutes: itemFields.plannedMinutes.default(10),
  /** Notes already written for the item (a carried item keeps its preparation). */
  notes: RichDocument.nullable().default(null),
  status: itemFields.status.default('pending'),
  recurring: itemFields.recurring.default(false),
  speakerSeconds: itemFields.speakerSeconds.default(null),
  /** Left out: `internal` for a case review, `shareable` otherwise (shared/domain/item-confidentiality.ts). */
  confidentiality: itemFields.confidentiality.optional(),
  caseId: itemFields.caseId.default(null),
});
export type AgendaItemDraft = z.input<typeof AgendaItemDraft>;

/** Notes are saved on their own, as the note-taker types (`note.save`). */
export const AgendaItemChanges = z.strictObject(itemFields).partial();

export const AgendaItem = z.object({
  id: Id,
  /** Null while the item waits in its series' parking lot. */
  meetingId: Id.nullable(),
  seriesId: Id.nullable(),
  position: z.number().int(),
  title: z.string(),
  kind: ItemKind,
  presenterPersonId: Id.nullable(),
  presenterOrganizationId: Id.nullable(),
  /** Display names of the presenter, resolved from the directory. */
  presenterName: z.string().nullable(),
  presenterOrganizationName: z.string().nullable(),
  plannedMinutes: z.number().int(),
  /** Null until something is written. */
  notes: RichDocument.nullable(),
  status: ItemStatus,
  recurring: z.boolean(),
  speakerSeconds: z.number().int().nullable(),
  confidentiality: Confidentiality,
  caseId: Id.nullable(),
  /** The linked case's code; null without a case, or when the case was deleted. */
  caseCode: z.string().nullable(),
  /** First became current; last left (run mode records both). */
  actualStartedAt: Instant.nullable(),
  actualEndedAt: Instant.nullable(),
  /** Time already spent on the item before it became current again. */
  spentMs: z.number().int(),
  /** The meeting it was parked from, for a parking-lot item. */
  parkedFromMeetingId: Id.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/* ------------------------------------------------------------------ attendance */

export const AttendanceDraft = z
  .strictObject({
    meetingId: Id,
    organizationId: Id.nullable().default(null),
    personId: Id.nullable().default(null),
    /** A guest not in the directory: a name typed on the spot, and their agency as typed. */
    guestName: optionalText(200).default(''),
    guestOrganization: optionalText(200).default(''),
    status: AttendanceStatus.default('expected'),
  })
  .refine((a) => a.organizationId !== null || a.personId !== null || a.guestName !== '', {
    error: 'attendeeRequired',
    path: ['personId'],
  });
export type AttendanceDraft = z.input<typeof AttendanceDraft>;

export const Attendance = z.object({
  id: Id,
  meetingId: Id,
  organizationId: Id.nullable(),
  personId: Id.nullable(),
  guestName: z.string(),
  guestOrganization: z.string(),
  status: AttendanceStatus,
  /** Resolved for display: the directory's names, or the guest's. */
  personName: z.string().nullable(),
  organizationName: z.string().nullable(),
  organizationShortName: z.string().nullable(),
});
export type Attendance = z.infer<typeof Attendance>;

/* ------------------------------------------------------------------ run mode */

export const TimerState = z.object({
  status: z.enum(['idle', 'running', 'paused']),
  durationMs: z.number(),
  adjustedMs: z.number(),
  startedAt: z.number().nullable(),
  deadline: z.number().nullable(),
  remainingMs: z.number().nullable(),
});

export const SpeakingRoundState = z.object({
  queue: z.array(z.string()),
  current: z.string().nullable(),
  spoken: z.array(z.string()),
  passed: z.array(z.string()),
  allotmentMs: z.number(),
});

export const Speaker = z.object({
  /** An organization id, a person id, or an attendance id for a guest. */
  id: z.string(),
  name: z.string(),
});

/** The live state of a meeting in progress; everything a presenter needs is derived from it. */
export const RunState = z.object({
  currentItemId: Id.nullable(),
  /** The current item's countdown (a speaker's turn during a round). */
  timer: TimerState,
  round: SpeakingRoundState.nullable(),
  /** Names for the round's speaker ids. */
  speakers: z.array(Speaker),
});
export type RunState = z.infer<typeof RunState>;

export const MeetingDetail = z.object({
  meeting: Meeting,
  seriesTitle: z.string().nullable(),
  chairName: z.string().nullable(),
  noteTakerName: z.string().nullable(),
  /** In agenda order, without deleted items. */
  items: z.array(AgendaItem),
  attendance: z.array(Attendance),
  /** Agencies on the attendance list with nobody present (once the meeting has started or ended). */
  unrepresented: z.array(z.object({ id: Id, name: z.string() })),
  /** Null unless the meeting is in progress. */
  run: RunState.nullable(),
  /** The meeting's general notes (those not under an agenda item); null until written. */
  notes: RichDocument.nullable(),
  /** The date of the series' next meeting after this one that is not cancelled. */
  nextMeetingDate: z.string().nullable(),
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;

/* ------------------------------------------------------------------ series */

export const SeriesChanges = z
  .strictObject({
    ...scheduleFields,
    rrule: RecurrenceRule,
    startDate: IsoDate,
  })
  .partial()
  .refine(endAfterStart, endAfterStartIssue);

export const SeriesDraft = z
  .strictObject({
    ...scheduleFields,
    ...scheduleDefaults,
    rrule: RecurrenceRule,
    /** The first meeting's date; it must match the rule. */
    startDate: IsoDate,
    language: Language,
  })
  .refine(endAfterStart, endAfterStartIssue);
export type SeriesDraft = z.input<typeof SeriesDraft>;

export const Series = z.object({
  id: Id,
  title: z.string(),
  kind: MeetingKind,
  rrule: z.string(),
  startDate: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  timeZone: z.string(),
  location: z.string(),
  goal: z.string(),
  chairId: Id.nullable(),
  noteTakerId: Id.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Series = z.infer<typeof Series>;

export const OccurrenceView = z.object({
  /** Where it takes place (the new date when moved). */
  date: z.string(),
  time: z.string(),
  originalDate: z.string(),
  status: z.enum(['scheduled', 'moved', 'cancelled']),
  startsAt: Instant,
  /** The meeting prepared for this occurrence, if any. */
  meetingId: Id.nullable(),
  meetingStatus: MeetingStatus.nullable(),
});
export type OccurrenceView = z.infer<typeof OccurrenceView>;

export const SeriesSummary = Series.extend({
  /** The next occurrence that is not cancelled, from today. */
  next: OccurrenceView.nullable(),
  parkedCount: z.number().int(),
});
export type SeriesSummary = z.infer<typeof SeriesSummary>;

/* ------------------------------------------------------------------ templates */

export const TemplateItem = z.strictObject({
  title: requiredText(300),
  kind: ItemKind,
  plannedMinutes: PlannedMinutes,
  recurring: z.boolean(),
});
export type TemplateItem = z.infer<typeof TemplateItem>;

export const Template = z.object({
  kind: MeetingKind,
  language: Language,
  items: z.array(TemplateItem),
  /** False while the shipped template is in use. */
  customised: z.boolean(),
});
export type Template = z.infer<typeof Template>;

const TemplateKey = z.strictObject({ kind: MeetingKind, language: Language });

/* ------------------------------------------------------------------ carry-forward */

/** Why an item is proposed for the next meeting; `added` is one the chair typed into the proposal. */
export const CarryReason = z.enum([
  'recurring',
  'not_discussed',
  'deferred',
  'action_review',
  'added',
  /** An open case whose review is due by the next meeting (case consultations). */
  'case_due',
]);

export const ProposedItem = z.strictObject({
  ...AgendaItemDraft.shape,
  /** Why it is proposed; the item it came from, if any. */
  reason: CarryReason,
  fromItemId: Id.nullable(),
});
export type ProposedItem = z.input<typeof ProposedItem>;

export const NextMeetingProposal = z.object({
  seriesId: Id,
  /** The occurrence proposed: the series' next one after this meeting that is not cancelled. */
  occurrence: OccurrenceView,
  items: z.array(ProposedItem),
});
export type NextMeetingProposal = z.infer<typeof NextMeetingProposal>;

const IcsFile = z.object({ ics: z.string(), filename: z.string() });

const MeetingRef = z.strictObject({ meetingId: Id });

export const meetingsContract = {
  'meeting.list': {
    input: z.strictObject({
      /** Meetings on or after this date (the meeting's own date). */
      from: IsoDate.optional(),
      to: IsoDate.optional(),
      seriesId: Id.optional(),
    }),
    output: z.array(MeetingSummary),
  },
  'meeting.get': { input: IdInput, output: MeetingDetail },
  'meeting.create': { input: MeetingDraft, output: Meeting },
  'meeting.update': {
    input: z.strictObject({ id: Id, changes: MeetingChanges }),
    output: Meeting,
  },
  'meeting.delete': { input: IdInput, output: z.object({ id: Id }) },
  'meeting.exportIcs': { input: IdInput, output: IcsFile },
  /** After a meeting of a series: what the next one would start with. Nothing is saved. */
  'meeting.proposeNext': {
    input: z.strictObject({ meetingId: Id, language: Language }),
    output: NextMeetingProposal,
  },
  /** Saves a (possibly edited) proposal: prepares the occurrence, or adds to it if prepared. */
  'meeting.acceptNext': {
    input: z.strictObject({
      meetingId: Id,
      originalDate: IsoDate,
      items: z.array(ProposedItem).max(200),
    }),
    output: Meeting,
  },

  'series.list': { input: z.strictObject({}), output: z.array(SeriesSummary) },
  'series.get': {
    input: z.strictObject({
      id: Id,
      from: IsoDate.optional(),
      count: z.number().int().min(1).max(100).optional(),
    }),
    output: z.object({
      series: Series,
      /** Upcoming occurrences from `from` (default today), `count` of them (default 8). */
      occurrences: z.array(OccurrenceView),
      parkingLot: z.array(AgendaItem),
    }),
  },
  /** Creates the series and prepares its first meeting from the template. */
  'series.create': {
    input: SeriesDraft,
    output: z.object({ series: Series, firstMeeting: Meeting }),
  },
  'series.update': {
    input: z.strictObject({ id: Id, changes: SeriesChanges }),
    output: Series,
  },
  /** Deletes the series and its meetings that have not taken place; past meetings are kept. */
  'series.delete': { input: IdInput, output: z.object({ id: Id }) },
  'series.moveOccurrence': {
    input: z.strictObject({ id: Id, originalDate: IsoDate, date: IsoDate, time: LocalTime }),
    output: OccurrenceView,
  },
  'series.cancelOccurrence': {
    input: z.strictObject({ id: Id, originalDate: IsoDate }),
    output: OccurrenceView,
  },
  /** Undoes a move or a cancellation. */
  'series.restoreOccurrence': {
    input: z.strictObject({ id: Id, originalDate: IsoDate }),
    output: OccurrenceView,
  },
  /** Prepares the meeting of an occurrence from the template (or returns the one prepared). */
  'series.prepareOccurrence': {
    input: z.strictObject({ id: Id, originalDate: IsoDate, language: Language }),
    output: Meeting,
  },
  'series.exportIcs': { input: IdInput, output: IcsFile },

  'template.get': { input: TemplateKey, output: Template },
  'template.save': {
    input: TemplateKey.extend({ items: z.array(TemplateItem).max(100) }),
    output: Template,
  },
  'template.reset': { input: TemplateKey, output: Template },

  'agenda.add': {
    input: z.strictObject({
      meetingId: Id,
      item: AgendaItemDraft,
      /** Index to insert at; the end when left out. */
      position: z.number().int().min(0).optional(),
    }),
    output: AgendaItem,
  },
  'agenda.update': {
    input: z.strictObject({ id: Id, changes: AgendaItemChanges }),
    output: AgendaItem,
  },
  /** Removes an item, recoverably: `agenda.undelete` puts it back where it was. */
  'agenda.delete': { input: IdInput, output: z.object({ id: Id }) },
  'agenda.undelete': { input: IdInput, output: AgendaItem },
  /** The meeting's items in their new order: every item exactly once. */
  'agenda.reorder': {
    input: z.strictObject({ meetingId: Id, itemIds: z.array(Id).max(500) }),
    output: z.array(AgendaItem),
  },
  /** Defers an item to its series' parking lot (a copy waits there; this one is marked deferred). */
  'agenda.park': { input: IdInput, output: AgendaItem },

  'parking.add': {
    input: z.strictObject({ seriesId: Id, item: AgendaItemDraft }),
    output: AgendaItem,
  },
  /** Moves a parking-lot item into a meeting of the same series (at the end). */
  'parking.pull': {
    input: z.strictObject({ id: Id, meetingId: Id }),
    output: AgendaItem,
  },

  'attendance.add': { input: AttendanceDraft, output: Attendance },
  'attendance.setStatus': {
    input: z.strictObject({ id: Id, status: AttendanceStatus }),
    output: Attendance,
  },
  'attendance.remove': { input: IdInput, output: z.object({ id: Id }) },

  /** Enters run mode: the first pending item becomes current and its countdown starts. */
  'run.start': { input: MeetingRef, output: MeetingDetail },
  /** The current item is discussed; the next pending one starts. */
  'run.next': { input: MeetingRef, output: MeetingDetail },
  'run.previous': { input: MeetingRef, output: MeetingDetail },
  'run.goto': { input: z.strictObject({ meetingId: Id, itemId: Id }), output: MeetingDetail },
  'run.pause': { input: MeetingRef, output: MeetingDetail },
  'run.resume': { input: MeetingRef, output: MeetingDetail },
  /** Adds or removes time on the current countdown (a minute at a time from the buttons). */
  'run.adjust': {
    input: z.strictObject({
      meetingId: Id,
      deltaMs: z.number().int().min(-3_600_000).max(3_600_000),
    }),
    output: MeetingDetail,
  },
  /** Speaking-round commands on the current round item. */
  'run.round': {
    input: z.strictObject({
      meetingId: Id,
      action: z.enum(['next', 'skip', 'pass', 'moveToEnd']),
      speakerId: z.string().max(64).optional(),
    }),
    output: MeetingDetail,
  },
  /** Ends the meeting: the current item's time is recorded and the timer stops. */
  'run.end': { input: MeetingRef, output: MeetingDetail },
};
