import { z } from 'zod';
import { Language } from './app';
import {
  Confidentiality,
  Id,
  IdInput,
  Instant,
  IsoDate,
  optionalText,
  requiredText,
  RichDocument,
  SearchQuery,
} from './common';

/* ------------------------------------------------------------------ notes */

/** Where a note belongs: an agenda item of the meeting, or the meeting as a whole (item null). */
const NotePlace = { meetingId: Id, itemId: Id.nullable() };

export const NoteSaved = z.object({
  meetingId: Id,
  itemId: Id.nullable(),
  /** When the core stored it; the editor's "Saved" indicator shows it. */
  savedAt: Instant,
});
export type NoteSaved = z.infer<typeof NoteSaved>;

/* ------------------------------------------------------------------ decisions */

export const Decision = z.object({
  id: Id,
  meetingId: Id,
  itemId: Id.nullable(),
  seriesId: Id.nullable(),
  text: z.string(),
  /** Where it was decided, for the log and the link back. */
  meetingTitle: z.string(),
  meetingDate: z.string(),
  itemTitle: z.string().nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Decision = z.infer<typeof Decision>;

export const DecisionDraft = z.strictObject({
  meetingId: Id,
  itemId: Id.nullable().default(null),
  text: requiredText(2000),
});
export type DecisionDraft = z.input<typeof DecisionDraft>;

/* ------------------------------------------------------------------ actions */

export const ActionStatus = z.enum(['open', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** What a review of open actions at a later meeting did with one. */
export const ReviewOutcome = z.enum(['carried', 'done', 'dropped']);
export type ReviewOutcome = z.infer<typeof ReviewOutcome>;

const actionFields = {
  description: requiredText(1000),
  /** The owning agency. */
  organizationId: Id.nullable(),
  /** The person responsible: from the directory, or a name typed when they are not in it. */
  personId: Id.nullable(),
  personName: optionalText(200),
  dueDate: IsoDate.nullable(),
  status: ActionStatus,
};

export const ActionDraft = z.strictObject({
  meetingId: Id,
  itemId: Id.nullable().default(null),
  description: actionFields.description,
  organizationId: actionFields.organizationId.default(null),
  personId: actionFields.personId.default(null),
  personName: actionFields.personName.default(''),
  dueDate: actionFields.dueDate.default(null),
});
export type ActionDraft = z.input<typeof ActionDraft>;

/** Reassigning, rescheduling, marking done, dropping or reopening are all changes. */
export const ActionChanges = z.strictObject(actionFields).partial();

export const Action = z.object({
  id: Id,
  meetingId: Id,
  itemId: Id.nullable(),
  seriesId: Id.nullable(),
  description: z.string(),
  organizationId: Id.nullable(),
  organizationName: z.string().nullable(),
  personId: Id.nullable(),
  /** The directory's name for `personId`, or the typed name. */
  personName: z.string(),
  dueDate: z.string().nullable(),
  status: ActionStatus,
  /** When it was marked done or dropped. */
  closedAt: Instant.nullable(),
  meetingTitle: z.string(),
  meetingDate: z.string(),
  itemTitle: z.string().nullable(),
  seriesTitle: z.string().nullable(),
  /** The level of the item it was decided under (shareable when under no item). */
  confidentiality: Confidentiality,
  createdAt: Instant,
  updatedAt: Instant,
});
export type Action = z.infer<typeof Action>;

/** An open action as a later meeting's "Review open actions" item shows it. */
export const ReviewedAction = Action.extend({
  /** What this meeting decided about it; null until reviewed. */
  outcome: ReviewOutcome.nullable(),
});
export type ReviewedAction = z.infer<typeof ReviewedAction>;

export const DueFilter = z.enum(['any', 'overdue', 'this_week', 'no_date']);
export const ActionSort = z.enum(['due', 'created', 'agency', 'person', 'status']);

export const ActionFilter = z.strictObject({
  organizationId: Id.optional(),
  personId: Id.optional(),
  seriesId: Id.optional(),
  meetingId: Id.optional(),
  /** Any of these; all statuses when left out. */
  status: z.array(ActionStatus).max(3).optional(),
  due: DueFilter.default('any'),
  /** The person's today, for "overdue" and "this week" (their calendar, not the machine's UTC). */
  today: IsoDate,
  sort: ActionSort.default('due'),
  descending: z.boolean().default(false),
});
export type ActionFilter = z.input<typeof ActionFilter>;

/* ------------------------------------------------------------------ minutes */

export const MinutesFormat = z.enum(['markdown', 'html', 'docx', 'pdf']);
export type MinutesFormat = z.infer<typeof MinutesFormat>;

const MinutesRequest = {
  meetingId: Id,
  /** Internal items go out only when the person exporting ticks "include internal". */
  includeInternal: z.boolean().default(false),
  /** The language of the minutes' headings and labels. */
  language: Language,
  /** Append "Terms used in this meeting": the glossary's concepts found in what is exported. */
  includeTerms: z.boolean().default(false),
};

/** A glossary concept the exported minutes mention, in the minutes' language when it has that side. */
export const MinutesTerm = z.object({
  id: Id,
  term: z.string(),
  abbreviations: z.array(z.string()),
  definition: z.string(),
  /**
   * How the minutes wrote it when that is none of the above: a deprecated term or acronym replaced
   * by its preferred concept ("LHIN" for Ontario Health atHome), so readers find the word they saw.
   */
  written: z.array(z.string()),
});

export const MinutesAction = z.object({
  id: Id,
  description: z.string(),
  organizationName: z.string().nullable(),
  personName: z.string(),
  dueDate: z.string().nullable(),
  status: ActionStatus,
  /**
   * The agenda item's number as the app shows it (its place among the meeting's items, withheld
   * ones included, so the numbers match the agenda people saw); null when decided under no item.
   */
  itemNumber: z.number().int().nullable(),
});

/** An action from an earlier meeting of the series, as this meeting's review left it. */
export const MinutesReviewedAction = z.object({
  id: Id,
  description: z.string(),
  organizationName: z.string().nullable(),
  personName: z.string(),
  dueDate: z.string().nullable(),
  /** What this meeting decided about it; null when the review did not get to it. */
  outcome: ReviewOutcome.nullable(),
  /** The date of the meeting where it was decided. */
  fromMeetingDate: z.string(),
});

const WithheldCounts = z.object({ internal: z.number().int(), confidential: z.number().int() });

export const AttendanceGroup = z.object({
  /** The agency's name, or null for people attending on their own. */
  organization: z.string().nullable(),
  people: z.array(z.string()),
});

/** Everything the minutes say, already filtered by confidentiality: every format renders this. */
export const Minutes = z.object({
  language: Language,
  meeting: z.object({
    id: Id,
    title: z.string(),
    seriesTitle: z.string().nullable(),
    date: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    timeZone: z.string(),
    location: z.string(),
    goal: z.string(),
    chairName: z.string().nullable(),
    noteTakerName: z.string().nullable(),
  }),
  attendance: z.object({
    present: z.array(AttendanceGroup),
    regrets: z.array(AttendanceGroup),
    absent: z.array(AttendanceGroup),
    /**
     * People still "expected": while the meeting has not ended (attendance not taken yet) they are
     * here, and `notRecorded` is empty; once it has ended they are in `notRecorded` (nobody
     * marked them), so nobody on the list silently disappears from the minutes.
     */
    expected: z.array(AttendanceGroup),
    notRecorded: z.array(AttendanceGroup),
  }),
  generalNotes: RichDocument.nullable(),
  items: z.array(
    z.object({
      number: z.number().int(),
      title: z.string(),
      presenter: z.string().nullable(),
      confidentiality: Confidentiality,
      /** Put off to a later meeting: the minutes say so under its title. */
      deferred: z.boolean(),
      notes: RichDocument.nullable(),
      decisions: z.array(z.string()),
      actions: z.array(MinutesAction),
      /**
       * Under the meeting's "Review open actions" item (the first one exported): the open actions
       * of earlier meetings of the series with what this meeting decided, the ones whose source
       * item may not leave the app left out. Null under every other item.
       */
      reviewedActions: z.array(MinutesReviewedAction).nullable(),
    }),
  ),
  /** Decisions taken under no agenda item. */
  otherDecisions: z.array(z.string()),
  /** Every action of the meeting that is exported, for the table at the end. */
  actions: z.array(MinutesAction),
  /**
   * How many agenda items were left out, by level, and how many reviewed actions (listed under an
   * exported review item, but decided under an item of that level): the minutes say so.
   */
  withheld: WithheldCounts.extend({ reviewedActions: WithheldCounts }),
  nextMeetingDate: z.string().nullable(),
  /** Empty unless asked for; alphabetical. */
  terms: z.array(MinutesTerm),
  generatedAt: Instant,
});
export type Minutes = z.infer<typeof Minutes>;

export const ExportedFile = z.object({
  filename: z.string(),
  mimeType: z.string(),
  /** Text formats as UTF-8 text; DOCX and PDF as base64. */
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

/* ------------------------------------------------------------------ search */

export const SearchKind = z.enum(['meeting', 'item', 'decision', 'action']);
export type SearchKind = z.infer<typeof SearchKind>;

/** Marks around the matched words in a snippet (private-use characters, never typed). */
export const SNIPPET_OPEN = '\uE000';
export const SNIPPET_CLOSE = '\uE001';

export const SearchHit = z.object({
  kind: SearchKind,
  /** The meeting's, the item's, the decision's or the action's id. */
  id: Id,
  meetingId: Id,
  itemId: Id.nullable(),
  meetingTitle: z.string(),
  meetingDate: z.string(),
  /** The item's title, or the decision's or action's text cut short. */
  title: z.string(),
  /** The words around the match, with matches between SNIPPET_OPEN and SNIPPET_CLOSE. */
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const notesContract = {
  /** Autosave: the note of an agenda item (or of the meeting when itemId is null). */
  'note.save': {
    input: z.strictObject({ ...NotePlace, doc: RichDocument }),
    output: NoteSaved,
  },

  'decision.add': { input: DecisionDraft, output: Decision },
  'decision.update': {
    input: z.strictObject({ id: Id, text: requiredText(2000) }),
    output: Decision,
  },
  'decision.delete': { input: IdInput, output: z.object({ id: Id }) },
  'decision.undelete': { input: IdInput, output: Decision },
  /** A meeting's decisions in the order taken, or a series' log (newest first), searchable. */
  'decision.list': {
    input: z.strictObject({
      meetingId: Id.optional(),
      seriesId: Id.optional(),
      query: SearchQuery.optional(),
    }),
    output: z.array(Decision),
  },

  'action.add': { input: ActionDraft, output: Action },
  'action.update': { input: z.strictObject({ id: Id, changes: ActionChanges }), output: Action },
  'action.delete': { input: IdInput, output: z.object({ id: Id }) },
  'action.undelete': { input: IdInput, output: Action },
  /** The action register: filtered, sorted, a page at a time. */
  'action.list': {
    input: ActionFilter.extend({
      limit: z.number().int().min(1).max(1000).default(200),
      offset: z.number().int().min(0).default(0),
    }),
    output: z.object({ items: z.array(Action), total: z.number().int() }),
  },
  /** Open actions of the meeting's series from earlier meetings, and those this meeting reviewed. */
  'action.forReview': { input: z.strictObject({ meetingId: Id }), output: z.array(ReviewedAction) },
  /** Records a review outcome (done and dropped close the action); null undoes the review. */
  'action.review': {
    input: z.strictObject({ actionId: Id, meetingId: Id, outcome: ReviewOutcome.nullable() }),
    output: ReviewedAction,
  },
  /** The register as CSV, with the same filters; confidential items' actions never leave. */
  'action.exportCsv': {
    input: ActionFilter.extend({ includeInternal: z.boolean().default(false), language: Language }),
    output: z.object({ csv: z.string(), filename: z.string(), withheld: z.number().int() }),
  },

  'minutes.get': { input: z.strictObject(MinutesRequest), output: Minutes },
  /** PDF needs a host that can print (the desktop app); elsewhere it is `unavailable`. */
  'minutes.export': {
    input: z.strictObject({ ...MinutesRequest, format: MinutesFormat }),
    output: ExportedFile,
  },

  /** Full-text search across meeting notes, agenda items, decisions and actions. */
  'search.query': {
    input: z.strictObject({
      query: SearchQuery,
      kinds: z.array(SearchKind).max(4).optional(),
      limit: z.number().int().min(1).max(100).default(30),
    }),
    output: z.array(SearchHit),
  },
};
