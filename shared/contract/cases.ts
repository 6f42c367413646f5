import { z } from 'zod';
import { Empty, Id, IdInput, Instant, IsoDate, optionalText, requiredText } from './common';
import { ActionStatus, ExportedFile } from './notes';

/*
 * Complex case consultations (issue 7): cases known by a code, never a name; consent per agency;
 * case reviews on agendas; the timeline; retention and the access log; the system issues log.
 */

/* ------------------------------------------------------------------ cases and consent */

export const CaseStatus = z.enum(['open', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** Whether the client agreed that their situation may be shared with an agency. */
export const ConsentState = z.enum(['yes', 'limited', 'no', 'unknown']);
export type ConsentState = z.infer<typeof ConsentState>;

/** A case code as agencies write them: letters, digits and dashes (e.g. CC-2026-014). */
export const CaseCode = optionalText(40).refine(
  (v) => v === '' || /^[\p{L}\p{N}][\p{L}\p{N}\-_/.]*$/u.test(v),
  {
    error: 'invalidCaseCode',
  },
);

/**
 * At most four letters (with optional dots): initials, never a name. The length allowed is more
 * than initials need, so that a name typed here ("John Smith") is told it is not initials.
 */
export const Initials = optionalText(40).refine(
  (v) => v === '' || /^(\p{Lu}\.?\s?){1,4}$/u.test(v),
  {
    error: 'invalidInitials',
  },
);

export const CaseAgency = z.object({
  organizationId: Id,
  name: z.string(),
  shortName: z.string(),
  consent: ConsentState,
  /** The day consent was given (or refused). */
  consentDate: z.string().nullable(),
  expiresOn: z.string().nullable(),
  /** Where the signed form is: a file number, a binder, a document id. Never the form itself. */
  formReference: z.string(),
  /** Consent given but past its expiry (relative to today). */
  expired: z.boolean(),
});
export type CaseAgency = z.infer<typeof CaseAgency>;

export const CaseDraft = z.strictObject({
  /** Empty: the next generated code, CC-<year>-<NNN>. */
  code: CaseCode.default(''),
  initials: Initials.default(''),
  leadOrganizationId: Id.nullable().default(null),
  /** Agencies involved (consent starts as unknown); the lead is always involved. */
  agencyIds: z.array(Id).max(100).default([]),
  nextReviewDate: IsoDate.nullable().default(null),
});
export type CaseDraft = z.input<typeof CaseDraft>;

export const CaseChanges = z
  .strictObject({
    code: CaseCode.refine((v) => v !== '', { error: 'required' }),
    initials: Initials,
    leadOrganizationId: Id.nullable(),
    nextReviewDate: IsoDate.nullable(),
  })
  .partial();

export const Case = z.object({
  id: Id,
  code: z.string(),
  initials: z.string(),
  leadOrganizationId: Id.nullable(),
  leadOrganizationName: z.string().nullable(),
  status: CaseStatus,
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  closeReason: z.string(),
  nextReviewDate: z.string().nullable(),
  agencies: z.array(CaseAgency),
  /** When retention purged its notes and initials; null until then. */
  purgedAt: Instant.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Case = z.infer<typeof Case>;

export const CaseSummary = Case.extend({
  reviewCount: z.number().int(),
  lastReviewDate: z.string().nullable(),
  openActions: z.number().int(),
  /** Agencies involved whose consent is no, unknown, limited or expired. */
  consentGaps: z.number().int(),
  /** The next review date is today or past (open cases only). */
  reviewDue: z.boolean(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const ConsentDraft = z.strictObject({
  caseId: Id,
  organizationId: Id,
  consent: ConsentState,
  consentDate: IsoDate.nullable().default(null),
  expiresOn: IsoDate.nullable().default(null),
  formReference: optionalText(200).default(''),
});

/* ------------------------------------------------------------------ case reviews */

/** What one agency can offer the client, as said at a review. */
export const AgencyOffer = z.strictObject({
  organizationId: Id,
  offer: optionalText(2000),
});

/**
 * The structured part of a `case_review` agenda item, in the field's order: presenting agency
 * (the item's presenter organization), situation (de-identified), clarifying questions, what each
 * agency can offer, agreed actions (the item's actions), next review.
 */
export const CaseReview = z.object({
  itemId: Id,
  caseId: Id.nullable(),
  caseCode: z.string().nullable(),
  situation: z.string(),
  questions: z.string(),
  offers: z.array(z.object({ organizationId: Id, name: z.string(), offer: z.string() })),
  /** Setting it also moves the case's next review date. */
  nextReviewDate: z.string().nullable(),
  updatedAt: Instant.nullable(),
});
export type CaseReview = z.infer<typeof CaseReview>;

export const CaseReviewChanges = z.strictObject({
  itemId: Id,
  caseId: Id.nullable().optional(),
  situation: optionalText(10000).optional(),
  questions: optionalText(10000).optional(),
  offers: z.array(AgencyOffer).max(100).optional(),
  nextReviewDate: IsoDate.nullable().optional(),
});

export const TimelineAction = z.object({
  id: Id,
  description: z.string(),
  organizationName: z.string().nullable(),
  personName: z.string(),
  dueDate: z.string().nullable(),
  status: ActionStatus,
});

export const CaseTimeline = z.object({
  case: Case,
  /** Every review of the case, oldest first. */
  reviews: z.array(
    z.object({
      review: CaseReview,
      meetingId: Id,
      meetingTitle: z.string(),
      meetingDate: z.string(),
      meetingStatus: z.string(),
      presentingAgency: z.string().nullable(),
      decisions: z.array(z.object({ id: Id, text: z.string() })),
      actions: z.array(TimelineAction),
    }),
  ),
});
export type CaseTimeline = z.infer<typeof CaseTimeline>;

/** Agencies present at a meeting that the client has not consented to share with. */
export const ConsentCheck = z.object({
  caseId: Id,
  caseCode: z.string(),
  /**
   * Present agencies without consent on file, and why: no, limited, unknown, expired, not listed.
   * A guest (not in the directory) has no organization id: named by the agency they typed, else
   * "Guest", always `not_involved`.
   */
  withoutConsent: z.array(
    z.object({
      organizationId: Id.nullable(),
      name: z.string(),
      reason: z.enum(['no', 'limited', 'unknown', 'expired', 'not_involved']),
    }),
  ),
  /** Present agencies with valid consent. */
  withConsent: z.array(z.object({ organizationId: Id, name: z.string() })),
});
export type ConsentCheck = z.infer<typeof ConsentCheck>;

/* ------------------------------------------------------------------ retention and access log */

export const RetentionPreview = z.object({
  /** Cases closed on or before this day are due for purging. */
  cutoff: z.string().nullable(),
  months: z.number().int(),
  cases: z.array(
    z.object({
      id: Id,
      code: z.string(),
      closedOn: z.string(),
      hasInitials: z.boolean(),
      /** Case review items and their notes that will be emptied. */
      reviews: z.number().int(),
      notes: z.number().int(),
      /** Kept: decisions and actions (with their outcomes). */
      keptDecisions: z.number().int(),
      keptActions: z.number().int(),
    }),
  ),
});
export type RetentionPreview = z.infer<typeof RetentionPreview>;

export const AccessAction = z.enum([
  'export',
  'purge',
  'backup',
  'restore',
  'archive',
  'unlock',
  'rekey',
]);
export type AccessAction = z.infer<typeof AccessAction>;

export const AccessLogEntry = z.object({
  id: Id,
  at: Instant,
  action: AccessAction,
  /** What was exported or purged, in words a person reads (no client identifiers). */
  what: z.string(),
  /** The operating-system account that did it. */
  osUser: z.string(),
});
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;

/* ------------------------------------------------------------------ system issues */

export const SystemIssueCategory = z.enum(['difficulty', 'change_needed']);
export type SystemIssueCategory = z.infer<typeof SystemIssueCategory>;

export const SystemIssueStatus = z.enum(['open', 'escalated', 'resolved']);
export type SystemIssueStatus = z.infer<typeof SystemIssueStatus>;

/** Suggested tags; people may type their own. */
export const SYSTEM_ISSUE_TAGS = [
  'housing_supply',
  'intake',
  'discharge_planning',
  'funding',
  'mental_health',
  'addictions',
  'income',
  'transportation',
  'waitlists',
  'information_sharing',
] as const;

const Tag = z.string().trim().min(1, { error: 'required' }).max(60, { error: 'tooLong' });

const issueFields = {
  title: requiredText(300),
  description: optionalText(5000),
  category: SystemIssueCategory,
  tags: z.array(Tag).max(20, { error: 'tooMany' }),
  status: SystemIssueStatus,
};

export const SystemIssueDraft = z.strictObject({
  ...issueFields,
  description: issueFields.description.default(''),
  category: issueFields.category.default('difficulty'),
  tags: issueFields.tags.default([]),
  status: issueFields.status.default('open'),
  /** The first time it was raised: a meeting, or none (raised elsewhere). */
  meetingId: Id.nullable().default(null),
  raisedOn: IsoDate,
  note: optionalText(2000).default(''),
});
export type SystemIssueDraft = z.input<typeof SystemIssueDraft>;

export const SystemIssueChanges = z.strictObject(issueFields).partial();

export const IssueRaise = z.object({
  id: Id,
  meetingId: Id.nullable(),
  meetingTitle: z.string().nullable(),
  raisedOn: z.string(),
  note: z.string(),
});

export const SystemIssue = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  category: SystemIssueCategory,
  tags: z.array(z.string()),
  status: SystemIssueStatus,
  /** Every time it was raised, oldest first; the last one cannot be removed (delete the issue). */
  raises: z.array(IssueRaise),
  raisedCount: z.number().int(),
  lastRaised: z.string().nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type SystemIssue = z.infer<typeof SystemIssue>;

export const SystemIssueFilter = z.strictObject({
  tag: z.string().max(60).optional(),
  status: SystemIssueStatus.optional(),
  category: SystemIssueCategory.optional(),
  /** `frequency`: most raised first (recent first among equals); `recent`: last raised first. */
  sort: z.enum(['frequency', 'recent']).default('frequency'),
});

export const casesContract = {
  'case.list': {
    input: z.strictObject({
      status: CaseStatus.optional(),
      query: z.string().max(100).optional(),
    }),
    output: z.array(CaseSummary),
  },
  'case.get': { input: IdInput, output: Case },
  'case.create': { input: CaseDraft, output: Case },
  'case.update': { input: z.strictObject({ id: Id, changes: CaseChanges }), output: Case },
  'case.close': {
    input: z.strictObject({ id: Id, closedOn: IsoDate, reason: requiredText(500) }),
    output: Case,
  },
  'case.reopen': { input: IdInput, output: Case },
  'case.delete': { input: IdInput, output: z.object({ id: Id }) },
  'case.undelete': { input: IdInput, output: Case },
  /** Sets one agency's consent, adding the agency to the case if needed. */
  'case.setConsent': { input: ConsentDraft, output: Case },
  'case.removeAgency': {
    input: z.strictObject({ caseId: Id, organizationId: Id }),
    output: Case,
  },
  'case.timeline': { input: IdInput, output: CaseTimeline },
  /** Open cases whose next review falls on or before `by` (default: today + 14 days). */
  'case.due': {
    input: z.strictObject({ by: IsoDate.optional() }),
    output: z.array(CaseSummary),
  },
  /** Agencies present at the meeting checked against the case's consent. */
  'case.consentCheck': {
    input: z.strictObject({ caseId: Id, meetingId: Id }),
    output: ConsentCheck,
  },

  'caseReview.get': { input: z.strictObject({ itemId: Id }), output: CaseReview },
  'caseReview.save': { input: CaseReviewChanges, output: CaseReview },

  'retention.preview': { input: Empty, output: RetentionPreview },
  /** Purges the listed cases (they must be due); written to the access log. */
  'retention.purge': {
    input: z.strictObject({ caseIds: z.array(Id).min(1).max(10000) }),
    output: z.object({ purged: z.number().int() }),
  },
  'accessLog.list': {
    input: z.strictObject({ limit: z.number().int().min(1).max(5000).default(500) }),
    output: z.array(AccessLogEntry),
  },

  'systemIssue.list': { input: SystemIssueFilter, output: z.array(SystemIssue) },
  'systemIssue.get': { input: IdInput, output: SystemIssue },
  'systemIssue.add': { input: SystemIssueDraft, output: SystemIssue },
  'systemIssue.update': {
    input: z.strictObject({ id: Id, changes: SystemIssueChanges }),
    output: SystemIssue,
  },
  /** Records that it was raised again (at a meeting, or elsewhere). */
  'systemIssue.raise': {
    input: z.strictObject({
      id: Id,
      meetingId: Id.nullable().default(null),
      raisedOn: IsoDate,
      note: optionalText(2000).default(''),
    }),
    output: SystemIssue,
  },
  'systemIssue.removeRaise': {
    input: z.strictObject({ id: Id, raiseId: Id }),
    output: SystemIssue,
  },
  'systemIssue.delete': { input: IdInput, output: z.object({ id: Id }) },
  'systemIssue.undelete': { input: IdInput, output: SystemIssue },
  /** The list as CSV, or a short report (Markdown or HTML) for funders; both in `language`. */
  'systemIssue.export': {
    input: z.strictObject({
      format: z.enum(['csv', 'markdown', 'html']),
      language: z.enum(['en', 'fr']),
      filter: SystemIssueFilter.default({ sort: 'frequency' }),
    }),
    output: ExportedFile,
  },
};
