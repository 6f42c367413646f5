import { z } from 'zod';
import {
  Email,
  Id,
  IdInput,
  Instant,
  IsoDate,
  Phone,
  SearchQuery,
  Website,
  optionalText,
  requiredText,
} from './common';

export const OrgKind = z.enum(['funded_program', 'external_partner', 'other']);
export type OrgKind = z.infer<typeof OrgKind>;

const organizationFields = {
  name: requiredText(200),
  shortName: optionalText(40),
  kind: OrgKind,
  services: optionalText(2000),
  phone: Phone,
  email: Email,
  website: Website,
  address: optionalText(500),
  notes: optionalText(5000),
  lastVerified: IsoDate.nullable(),
};

/** An update names only what changes (no defaults, or they would overwrite the rest). */
export const OrganizationChanges = z.strictObject(organizationFields).partial();

export const OrganizationDraft = z.strictObject({
  ...organizationFields,
  shortName: organizationFields.shortName.default(''),
  kind: organizationFields.kind.default('external_partner'),
  services: organizationFields.services.default(''),
  phone: organizationFields.phone.default(''),
  email: organizationFields.email.default(''),
  website: organizationFields.website.default(''),
  address: organizationFields.address.default(''),
  notes: organizationFields.notes.default(''),
  lastVerified: organizationFields.lastVerified.default(null),
});
export type OrganizationDraft = z.input<typeof OrganizationDraft>;

export const Organization = z.object({
  id: Id,
  name: z.string(),
  shortName: z.string(),
  kind: OrgKind,
  services: z.string(),
  phone: z.string(),
  email: z.string(),
  website: z.string(),
  address: z.string(),
  notes: z.string(),
  lastVerified: z.string().nullable(),
  archivedAt: Instant.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Organization = z.infer<typeof Organization>;

export const OrganizationSummary = Organization.extend({ currentPeople: z.number().int() });
export type OrganizationSummary = z.infer<typeof OrganizationSummary>;

const personFields = {
  name: requiredText(200),
  email: Email,
  phone: Phone,
  notes: optionalText(5000),
};

export const PersonChanges = z.strictObject(personFields).partial();

export const PersonDraft = z.strictObject({
  ...personFields,
  email: personFields.email.default(''),
  phone: personFields.phone.default(''),
  notes: personFields.notes.default(''),
});
export type PersonDraft = z.input<typeof PersonDraft>;

export const Person = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  notes: z.string(),
  archivedAt: Instant.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Person = z.infer<typeof Person>;

/** A person's time at an organization: people change jobs, the history stays. */
export const Membership = z.object({
  id: Id,
  personId: Id,
  organizationId: Id,
  role: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});
export type Membership = z.infer<typeof Membership>;

export const MembershipView = Membership.extend({
  personName: z.string(),
  organizationName: z.string(),
  organizationShortName: z.string(),
});
export type MembershipView = z.infer<typeof MembershipView>;

export const PersonSummary = Person.extend({
  /** Memberships with no end date, newest first. */
  current: z.array(MembershipView),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

const membershipFields = {
  role: optionalText(200),
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
};
export const MembershipChanges = z.strictObject(membershipFields).partial();
const MembershipFields = z.strictObject({
  role: membershipFields.role.default(''),
  startDate: membershipFields.startDate.default(null),
  endDate: membershipFields.endDate.default(null),
});

const endNotBeforeStart = (m: { startDate?: string | null; endDate?: string | null }) =>
  !m.startDate || !m.endDate || m.endDate >= m.startDate;
const endBeforeStartIssue = { error: 'endBeforeStart', path: ['endDate'] };

export const MembershipDraft = MembershipFields.extend({
  personId: Id,
  organizationId: Id,
}).refine(endNotBeforeStart, endBeforeStartIssue);

export const CsvEntity = z.enum(['organizations', 'people']);
export type CsvEntity = z.infer<typeof CsvEntity>;

export const ImportResult = z.object({
  created: z.number().int(),
  /** Rows left out on purpose (already in the directory), with their line in the file. */
  skipped: z.array(z.object({ line: z.number().int(), name: z.string() })),
  /** Columns the file has that Roundtable does not use. */
  ignoredColumns: z.array(z.string()),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** Five megabytes of CSV is tens of thousands of rows: more is a wrong file, not a directory. */
export const MAX_CSV_CHARS = 5_000_000;

export const directoryContract = {
  'org.list': {
    input: z.strictObject({
      query: SearchQuery.optional(),
      kind: OrgKind.optional(),
      includeArchived: z.boolean().optional(),
    }),
    output: z.array(OrganizationSummary),
  },
  'org.get': {
    input: IdInput,
    output: z.object({ organization: Organization, members: z.array(MembershipView) }),
  },
  'org.create': { input: OrganizationDraft, output: Organization },
  'org.update': {
    input: z.strictObject({ id: Id, changes: OrganizationChanges }),
    output: Organization,
  },
  'org.setArchived': {
    input: z.strictObject({ id: Id, archived: z.boolean() }),
    output: Organization,
  },
  'org.delete': { input: IdInput, output: z.object({ id: Id }) },

  'person.list': {
    input: z.strictObject({
      query: SearchQuery.optional(),
      organizationId: Id.optional(),
      includeArchived: z.boolean().optional(),
    }),
    output: z.array(PersonSummary),
  },
  'person.get': {
    input: IdInput,
    output: z.object({ person: Person, memberships: z.array(MembershipView) }),
  },
  'person.create': {
    input: PersonDraft.extend({
      /** Optionally place the new person at an organization in the same step. */
      membership: MembershipFields.extend({ organizationId: Id })
        .refine(endNotBeforeStart, endBeforeStartIssue)
        .optional(),
    }),
    output: Person,
  },
  'person.update': {
    input: z.strictObject({ id: Id, changes: PersonChanges }),
    output: Person,
  },
  'person.setArchived': {
    input: z.strictObject({ id: Id, archived: z.boolean() }),
    output: Person,
  },
  'person.delete': { input: IdInput, output: z.object({ id: Id }) },

  'membership.add': { input: MembershipDraft, output: Membership },
  'membership.update': {
    input: z.strictObject({ id: Id, changes: MembershipChanges }),
    output: Membership,
  },
  'membership.remove': { input: IdInput, output: z.object({ id: Id }) },

  'directory.importCsv': {
    input: z.strictObject({
      entity: CsvEntity,
      csv: z.string().max(MAX_CSV_CHARS, { error: 'fileTooLarge' }),
    }),
    output: ImportResult,
  },
  'directory.exportCsv': {
    input: z.strictObject({ entity: CsvEntity }),
    output: z.object({ csv: z.string(), filename: z.string() }),
  },
};
