import { z } from 'zod';
import { Empty, Id, IdInput, Instant, IsoDate, optionalText, requiredText } from './common';

/*
 * The partner network (issue 8): contacts with partners and their monthly cadence, significant
 * changes and who has been told, the web of connections between organizations, participation in
 * a series, and the home dashboard that gathers what a chair should act on.
 */

/* ------------------------------------------------------------------ partner profiles */

/** Whether an organization is already in the network or one to reach out to. */
export const NetworkStatus = z.enum(['member', 'potential']);
export type NetworkStatus = z.infer<typeof NetworkStatus>;

/** How often a partner is to be contacted; the field's policy is monthly. `none`: not tracked. */
export const Cadence = z.enum(['weekly', 'biweekly', 'monthly', 'quarterly', 'none']);
export type Cadence = z.infer<typeof Cadence>;

/** `never`: no contact on record yet (due at once, unless the cadence is `none`). */
export const CadenceStatus = z.enum(['on_track', 'due_soon', 'overdue', 'never', 'untracked']);
export type CadenceStatus = z.infer<typeof CadenceStatus>;

export const ContactChannel = z.enum(['meeting', 'call', 'email', 'visit', 'other']);
export type ContactChannel = z.infer<typeof ContactChannel>;

/** One row of the cadence dashboard: an organization with its last contact and where it stands. */
export const PartnerCadence = z.object({
  organizationId: Id,
  name: z.string(),
  shortName: z.string(),
  networkStatus: NetworkStatus,
  cadence: Cadence,
  lastContactDate: z.string().nullable(),
  lastContactChannel: ContactChannel.nullable(),
  /** Whole days from the last contact to today; null when never contacted. */
  daysSince: z.number().int().nullable(),
  /** The day the next contact is due; null when untracked or never contacted (due at once). */
  dueDate: z.string().nullable(),
  status: CadenceStatus,
});
export type PartnerCadence = z.infer<typeof PartnerCadence>;

export const PartnerProfileChanges = z.strictObject({
  organizationId: Id,
  cadence: Cadence.optional(),
  networkStatus: NetworkStatus.optional(),
});

/* ------------------------------------------------------------------ contact log */

const contactFields = {
  organizationId: Id,
  personId: Id.nullable(),
  date: IsoDate,
  channel: ContactChannel,
  summary: optionalText(5000),
  followUpDate: IsoDate.nullable(),
};

export const ContactDraft = z.strictObject({
  ...contactFields,
  personId: contactFields.personId.default(null),
  channel: contactFields.channel.default('call'),
  summary: contactFields.summary.default(''),
  followUpDate: contactFields.followUpDate.default(null),
});
export type ContactDraft = z.input<typeof ContactDraft>;

export const ContactChanges = z.strictObject(contactFields).partial();

/**
 * A logged contact, or (`automatic`) a meeting the organization attended: someone from it was
 * marked present at a meeting that has started or ended. Automatic contacts are derived from
 * attendance, never stored twice, and cannot be edited here.
 */
export const Contact = z.object({
  id: Id,
  organizationId: Id,
  organizationName: z.string(),
  personId: Id.nullable(),
  personName: z.string().nullable(),
  date: z.string(),
  channel: ContactChannel,
  summary: z.string(),
  followUpDate: z.string().nullable(),
  automatic: z.boolean(),
  /** The meeting attended, for an automatic contact. */
  meetingId: Id.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Contact = z.infer<typeof Contact>;

export const ContactFilter = z.strictObject({
  organizationId: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.number().int().min(1).max(1000).default(200),
});

/* ------------------------------------------------------------------ significant changes */

const changeFields = {
  title: requiredText(300),
  description: optionalText(5000),
  /** Whose change it is; null for the user's own agency. */
  organizationId: Id.nullable(),
  effectiveDate: IsoDate.nullable(),
};

export const ChangeDraft = z.strictObject({
  ...changeFields,
  description: changeFields.description.default(''),
  organizationId: changeFields.organizationId.default(null),
  effectiveDate: changeFields.effectiveDate.default(null),
  /** Partners to tell; omitted → every member partner (but the organization whose change it is). */
  partnerIds: z.array(Id).max(1000).optional(),
});
export type ChangeDraft = z.input<typeof ChangeDraft>;

export const ChangeChanges = z.strictObject(changeFields).partial();

export const ChangeNotice = z.object({
  organizationId: Id,
  name: z.string(),
  /** The day this partner was told; null while not yet told. */
  notifiedOn: z.string().nullable(),
});

export const SignificantChange = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  organizationId: Id.nullable(),
  organizationName: z.string().nullable(),
  effectiveDate: z.string().nullable(),
  notices: z.array(ChangeNotice),
  notifiedCount: z.number().int(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type SignificantChange = z.infer<typeof SignificantChange>;

/* ------------------------------------------------------------------ connections */

export const ConnectionKind = z.enum([
  'refers_to',
  'receives_referrals_from',
  'partners_with',
  'funds',
  'co_located',
]);
export type ConnectionKind = z.infer<typeof ConnectionKind>;

const connectionFields = {
  fromId: Id,
  toId: Id,
  kind: ConnectionKind,
  note: optionalText(2000),
  since: IsoDate.nullable(),
};

export const ConnectionDraft = z
  .strictObject({
    ...connectionFields,
    note: connectionFields.note.default(''),
    since: connectionFields.since.default(null),
  })
  .refine((c) => c.fromId !== c.toId, { error: 'selfConnection', path: ['toId'] });
export type ConnectionDraft = z.input<typeof ConnectionDraft>;

export const ConnectionChanges = z
  .strictObject({
    kind: connectionFields.kind,
    note: connectionFields.note,
    since: connectionFields.since,
  })
  .partial();

export const Connection = z.object({
  id: Id,
  fromId: Id,
  fromName: z.string(),
  toId: Id,
  toName: z.string(),
  kind: ConnectionKind,
  note: z.string(),
  since: z.string().nullable(),
  createdAt: Instant,
});
export type Connection = z.infer<typeof Connection>;

/** What an organization named when asked who its connections are. */
export const NamedConnection = z
  .strictObject({
    /** An organization already in the directory… */
    organizationId: Id.nullable().default(null),
    /** …or a new one, created as a potential partner. */
    newName: optionalText(200).default(''),
    kind: ConnectionKind,
    note: optionalText(2000).default(''),
  })
  .refine((n) => n.organizationId !== null || n.newName !== '', {
    error: 'required',
    path: ['newName'],
  });

export const AskForConnections = z.strictObject({
  organizationId: Id,
  askedOn: IsoDate,
  named: z.array(NamedConnection).min(1, { error: 'required' }).max(100, { error: 'tooMany' }),
});

export const NetworkNode = z.object({
  id: Id,
  name: z.string(),
  shortName: z.string(),
  networkStatus: NetworkStatus,
  /** Someone from it was present at a meeting at least once. */
  everRepresented: z.boolean(),
  lastAttended: z.string().nullable(),
});
export type NetworkNode = z.infer<typeof NetworkNode>;

export const NetworkGraph = z.object({
  nodes: z.array(NetworkNode),
  edges: z.array(Connection),
});
export type NetworkGraph = z.infer<typeof NetworkGraph>;

/* ------------------------------------------------------------------ participation */

export const AgencyParticipation = z.object({
  organizationId: Id,
  name: z.string(),
  /** Meetings of the series held (started or ended) since the agency first appeared on one. */
  held: z.number().int(),
  attended: z.number().int(),
  /** Held meetings it was not at but sent regrets for: missed all the same, but said apart. */
  regrets: z.number().int(),
  /** attended / held, 0..1; 0 when nothing was held. */
  rate: z.number(),
  lastAttended: z.string().nullable(),
  /** The most recent held meetings in a row it missed. */
  missedInARow: z.number().int(),
});
export type AgencyParticipation = z.infer<typeof AgencyParticipation>;

export const Participation = z.object({
  seriesId: Id,
  seriesTitle: z.string(),
  held: z.number().int(),
  agencies: z.array(AgencyParticipation),
});
export type Participation = z.infer<typeof Participation>;

/* ------------------------------------------------------------------ home dashboard */

export const HomeDashboard = z.object({
  today: z.string(),
  nextMeetings: z.array(
    z.object({
      id: Id,
      title: z.string(),
      kind: z.string(),
      date: z.string(),
      startTime: z.string(),
      status: z.string(),
    }),
  ),
  /** Open actions due within 7 days or overdue, grouped by owning agency (null: none named). */
  actionsDue: z.array(
    z.object({
      organizationId: Id.nullable(),
      organizationName: z.string().nullable(),
      actions: z.array(
        z.object({
          id: Id,
          description: z.string(),
          dueDate: z.string(),
          overdue: z.boolean(),
          meetingId: Id,
        }),
      ),
    }),
  ),
  /** Overdue, never contacted, or due soon; most urgent first. */
  partnersDue: z.array(PartnerCadence),
  partnersDueTotal: z.number().int(),
  /** Open cases whose next review is within 14 days or past. */
  casesDue: z.array(
    z.object({ id: Id, code: z.string(), nextReviewDate: z.string(), overdue: z.boolean() }),
  ),
  /** Changes some partner has not yet been told about. */
  changesPending: z.array(
    z.object({
      id: Id,
      title: z.string(),
      notifiedCount: z.number().int(),
      totalCount: z.number().int(),
    }),
  ),
});
export type HomeDashboard = z.infer<typeof HomeDashboard>;

export const partnersContract = {
  'partner.cadence': {
    input: z.strictObject({ networkStatus: NetworkStatus.optional() }),
    output: z.array(PartnerCadence),
  },
  'partner.setProfile': { input: PartnerProfileChanges, output: PartnerCadence },

  'contact.list': { input: ContactFilter, output: z.array(Contact) },
  'contact.add': { input: ContactDraft, output: Contact },
  'contact.update': { input: z.strictObject({ id: Id, changes: ContactChanges }), output: Contact },
  'contact.delete': { input: IdInput, output: z.object({ id: Id }) },
  'contact.undelete': { input: IdInput, output: Contact },

  'change.list': {
    input: z.strictObject({ pendingOnly: z.boolean().default(false) }),
    output: z.array(SignificantChange),
  },
  'change.add': { input: ChangeDraft, output: SignificantChange },
  'change.update': {
    input: z.strictObject({ id: Id, changes: ChangeChanges }),
    output: SignificantChange,
  },
  /** Tick (a date) or untick (null) one partner on the checklist; adds it if not yet listed. */
  'change.setNotified': {
    input: z.strictObject({ id: Id, organizationId: Id, notifiedOn: IsoDate.nullable() }),
    output: SignificantChange,
  },
  'change.removePartner': {
    input: z.strictObject({ id: Id, organizationId: Id }),
    output: SignificantChange,
  },
  'change.delete': { input: IdInput, output: z.object({ id: Id }) },
  'change.undelete': { input: IdInput, output: SignificantChange },

  'connection.list': {
    input: z.strictObject({ organizationId: Id.optional() }),
    output: z.array(Connection),
  },
  'connection.add': { input: ConnectionDraft, output: Connection },
  'connection.update': {
    input: z.strictObject({ id: Id, changes: ConnectionChanges }),
    output: Connection,
  },
  'connection.delete': { input: IdInput, output: z.object({ id: Id }) },
  'connection.undelete': { input: IdInput, output: Connection },
  /** Records what an organization named; unknown names become potential partners. */
  'connection.ask': {
    input: AskForConnections,
    output: z.object({ connections: z.array(Connection), createdOrganizationIds: z.array(Id) }),
  },
  'network.graph': { input: Empty, output: NetworkGraph },

  'participation.series': { input: z.strictObject({ seriesId: Id }), output: Participation },

  'home.dashboard': { input: Empty, output: HomeDashboard },
};
