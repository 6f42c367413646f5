import type { z } from 'zod';
import type { OrgKind } from '../../../shared/contract';
import {
  MembershipDraft,
  OrganizationDraft,
  PersonDraft,
  type directoryContract,
  type Membership,
  type Organization,
  type Person,
} from '../../../shared/contract';
import { foldForSearch, nameKey } from '../../../shared/domain/search-text';
import { AppError, type ErrorIssue } from '../../../shared/errors';
import type { CoreContext, HandlersFor } from '../context';
import { organizationsRepo } from '../db/repos/organizations';
import { peopleRepo } from '../db/repos/people';
import { csvError, lineIssue, parseCsv, toCsv, type CsvRow } from '../csv';
import { found } from './require';
import { stripUndefined } from './strip-undefined';
import { writer } from './write';

const write = writer('directory');

/** Archiving keeps the first archive date; restoring clears it. */
const archivedAt = (current: { archivedAt: number | null }, archived: boolean, now: number) =>
  archived ? (current.archivedAt ?? now) : null;

function assertUniqueName(ctx: CoreContext, name: string, exceptId?: string) {
  const clash = organizationsRepo(ctx.db).findByName(name);
  if (clash && clash.id !== exceptId) {
    throw new AppError('conflict', `An organization named “${clash.name}” already exists.`, [
      { path: ['name'], message: 'duplicateName' },
    ]);
  }
}

function createOrganization(
  ctx: CoreContext,
  draft: z.output<typeof OrganizationDraft>,
): Organization {
  assertUniqueName(ctx, draft.name);
  const now = ctx.clock.now();
  const org: Organization = {
    id: ctx.newId(),
    ...draft,
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  organizationsRepo(ctx.db).insert(org);
  return org;
}

function createPerson(ctx: CoreContext, draft: z.output<typeof PersonDraft>): Person {
  const now = ctx.clock.now();
  const person: Person = {
    id: ctx.newId(),
    ...draft,
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  peopleRepo(ctx.db).insert(person);
  return person;
}

function addMembership(ctx: CoreContext, draft: z.output<typeof MembershipDraft>): Membership {
  const people = peopleRepo(ctx.db);
  found(people.get(draft.personId), 'person', draft.personId);
  found(organizationsRepo(ctx.db).get(draft.organizationId), 'organization', draft.organizationId);
  // Two open-ended jobs at one organization is a slip (the old one was never ended), not history.
  const alreadyCurrent = people
    .membershipsOfPerson(draft.personId)
    .some((m) => m.organizationId === draft.organizationId && m.endDate === null);
  if (alreadyCurrent && draft.endDate === null) {
    throw new AppError('conflict', 'This person already works at this organization.', [
      { path: ['organizationId'], message: 'alreadyCurrent' },
    ]);
  }
  const membership: Membership = { id: ctx.newId(), ...draft };
  people.insertMembership(membership, ctx.clock.now());
  return membership;
}

// CSV columns: canonical English names first, then the French and spoken variants people use.
const ORG_COLUMNS = {
  name: ['organization', 'organisation', 'nom', 'agency', 'organisme'],
  short_name: ['acronym', 'abbreviation', 'sigle', 'acronyme', 'nom_court'],
  kind: ['type', 'genre'],
  services: ['services_offered', 'services_offerts'],
  phone: ['telephone', 'tel'],
  email: ['e_mail', 'courriel'],
  website: ['web', 'site', 'site_web', 'url'],
  address: ['adresse'],
  notes: ['note', 'remarques'],
  last_verified: ['verified', 'verifie_le', 'derniere_verification'],
  status: ['statut', 'etat'],
} as const;

const PEOPLE_COLUMNS = {
  name: ['full_name', 'nom', 'nom_complet', 'person', 'personne'],
  email: ['e_mail', 'courriel'],
  phone: ['telephone', 'tel'],
  notes: ['note', 'remarques'],
  organization: ['organisation', 'agency', 'organisme'],
  role: ['title', 'position', 'poste', 'fonction'],
  start_date: ['start', 'since', 'debut', 'date_de_debut'],
  end_date: ['end', 'until', 'fin', 'date_de_fin'],
  status: ['statut', 'etat'],
} as const;

const KIND_WORDS: Record<string, OrgKind> = {
  funded_program: 'funded_program',
  'funded program': 'funded_program',
  'programme finance': 'funded_program',
  external_partner: 'external_partner',
  'external partner': 'external_partner',
  partner: 'external_partner',
  'partenaire externe': 'external_partner',
  partenaire: 'external_partner',
  other: 'other',
  autre: 'other',
};

const ARCHIVED_WORDS = new Set(['archived', 'archive', 'inactive', 'inactif']);
const ACTIVE_WORDS = new Set(['', 'active', 'actif', 'active']);

const orDefault = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);

function rowIssues(
  line: number,
  error: z.ZodError,
  columnOf: (field: string) => string,
): ErrorIssue[] {
  return error.issues.map((i) => lineIssue(line, columnOf(String(i.path[0] ?? '')), i.message));
}

function statusOf(row: CsvRow, issues: ErrorIssue[]): boolean {
  const word = foldForSearch(row.values.status ?? '');
  if (ARCHIVED_WORDS.has(word)) return true;
  if (!ACTIVE_WORDS.has(word)) issues.push(lineIssue(row.line, 'status', 'invalidStatus'));
  return false;
}

function importOrganizations(ctx: CoreContext, rows: CsvRow[]) {
  const repo = organizationsRepo(ctx.db);
  const issues: ErrorIssue[] = [];
  const seen = new Map<string, number>();
  const plan: { line: number; draft: z.output<typeof OrganizationDraft>; archived: boolean }[] = [];
  const skipped: { line: number; name: string }[] = [];
  for (const row of rows) {
    const v = row.values;
    const kindWord = foldForSearch(v.kind ?? '');
    const kind = kindWord === '' ? undefined : KIND_WORDS[kindWord];
    if (kindWord !== '' && !kind) issues.push(lineIssue(row.line, 'kind', 'invalidKind'));
    const archived = statusOf(row, issues);
    const parsed = OrganizationDraft.safeParse({
      name: v.name ?? '',
      shortName: v.short_name,
      kind,
      services: v.services,
      phone: v.phone,
      email: v.email,
      website: v.website,
      address: v.address,
      notes: v.notes,
      lastVerified: orDefault(v.last_verified) ?? null,
    });
    if (!parsed.success) {
      issues.push(
        ...rowIssues(row.line, parsed.error, (f) =>
          f === 'shortName' ? 'short_name' : f === 'lastVerified' ? 'last_verified' : f,
        ),
      );
      continue;
    }
    const key = foldForSearch(parsed.data.name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push(lineIssue(row.line, 'name', 'duplicateInFile'));
      continue;
    }
    seen.set(key, row.line);
    if (repo.findByName(parsed.data.name)) {
      skipped.push({ line: row.line, name: parsed.data.name });
      continue;
    }
    plan.push({ line: row.line, draft: parsed.data, archived });
  }
  if (issues.length) throw csvError(issues);
  for (const { draft, archived } of plan) {
    const org = createOrganization(ctx, draft);
    if (archived) repo.update({ ...org, archivedAt: ctx.clock.now() });
  }
  return { created: plan.length, skipped };
}

function importPeople(ctx: CoreContext, rows: CsvRow[]) {
  const people = peopleRepo(ctx.db);
  const orgs = organizationsRepo(ctx.db);
  const issues: ErrorIssue[] = [];
  const skipped: { line: number; name: string }[] = [];
  // Rows with the same name, email and phone are one person with several jobs (that is how the
  // export writes history); two people who share a name but not their contacts stay two people.
  const planned = new Map<
    string,
    {
      draft: z.output<typeof PersonDraft>;
      archived: boolean;
      jobs: z.output<typeof MembershipDraft>[];
    }
  >();
  for (const row of rows) {
    const v = row.values;
    const archived = statusOf(row, issues);
    const parsed = PersonDraft.safeParse({
      name: v.name ?? '',
      email: v.email,
      phone: v.phone,
      notes: v.notes,
    });
    if (!parsed.success) {
      issues.push(...rowIssues(row.line, parsed.error, (f) => f));
      continue;
    }
    const { name, email, phone } = parsed.data;
    const key = [nameKey(name), email.toLowerCase(), foldForSearch(phone)].join('\u0000');
    if (!planned.has(key) && people.findByNameAndEmail(name, email)) {
      skipped.push({ line: row.line, name: parsed.data.name });
      continue;
    }
    const entry = planned.get(key) ?? { draft: parsed.data, archived, jobs: [] };
    planned.set(key, entry);
    const orgName = v.organization ?? '';
    if (orgName === '') {
      // A role or dates with no organization would be dropped silently: say so instead.
      if (v.role || v.start_date || v.end_date) {
        issues.push(lineIssue(row.line, 'organization', 'organizationRequired'));
      }
      continue;
    }
    const org = orgs.findByNameOrShortName(orgName);
    if (!org) {
      issues.push(lineIssue(row.line, 'organization', 'unknownOrganization'));
      continue;
    }
    const job = MembershipDraft.safeParse({
      personId: 'pending',
      organizationId: org.id,
      role: v.role,
      startDate: orDefault(v.start_date) ?? null,
      endDate: orDefault(v.end_date) ?? null,
    });
    if (!job.success) {
      issues.push(
        ...rowIssues(row.line, job.error, (f) =>
          f === 'startDate' ? 'start_date' : f === 'endDate' ? 'end_date' : f,
        ),
      );
      continue;
    }
    entry.jobs.push(job.data);
  }
  if (issues.length) throw csvError(issues);
  for (const { draft, archived, jobs } of planned.values()) {
    const person = createPerson(ctx, draft);
    if (archived) people.update({ ...person, archivedAt: ctx.clock.now() });
    for (const job of jobs) addMembership(ctx, { ...job, personId: person.id });
  }
  return { created: planned.size, skipped };
}

const ORG_HEADER = Object.keys(ORG_COLUMNS);
const PEOPLE_HEADER = Object.keys(PEOPLE_COLUMNS);

export const directoryHandlers: HandlersFor<typeof directoryContract> = {
  'org.list': (filter, { db }) => organizationsRepo(db).list(filter),

  'org.get': ({ id }, { db }) => ({
    organization: found(organizationsRepo(db).get(id), 'organization', id),
    members: peopleRepo(db).membershipsOfOrganization(id),
  }),

  'org.create': (draft, ctx) => {
    return write(ctx, () => createOrganization(ctx, draft));
  },

  'org.update': ({ id, changes }, ctx) => {
    return write(ctx, () => {
      const repo = organizationsRepo(ctx.db);
      const current = found(repo.get(id), 'organization', id);
      if (changes.name !== undefined) assertUniqueName(ctx, changes.name, id);
      const next: Organization = {
        ...current,
        ...stripUndefined(changes),
        updatedAt: ctx.clock.now(),
      };
      repo.update(next);
      return next;
    });
  },

  'org.setArchived': ({ id, archived }, ctx) => {
    return write(ctx, () => {
      const repo = organizationsRepo(ctx.db);
      const current = found(repo.get(id), 'organization', id);
      const now = ctx.clock.now();
      const next: Organization = {
        ...current,
        archivedAt: archivedAt(current, archived, now),
        updatedAt: now,
      };
      repo.update(next);
      return next;
    });
  },

  'org.delete': ({ id }, ctx) => {
    return write(ctx, () => {
      const repo = organizationsRepo(ctx.db);
      found(repo.get(id), 'organization', id);
      if (repo.isReferenced(id)) {
        throw new AppError(
          'conflict',
          'This organization has people, actions, contacts or cases on record; archive it instead.',
        );
      }
      repo.remove(id);
      return { id };
    });
  },

  'person.list': (filter, { db }) => {
    const repo = peopleRepo(db);
    // One query for everyone's current jobs rather than one per person.
    const current = Map.groupBy(repo.currentMemberships(), (m) => m.personId);
    return repo
      .list(filter)
      .map((person) => ({ ...person, current: current.get(person.id) ?? [] }));
  },

  'person.get': ({ id }, { db }) => ({
    person: found(peopleRepo(db).get(id), 'person', id),
    memberships: peopleRepo(db).membershipsOfPerson(id),
  }),

  'person.create': ({ membership, ...draft }, ctx) => {
    return write(ctx, () => {
      const created = createPerson(ctx, draft);
      if (membership) addMembership(ctx, { ...membership, personId: created.id });
      return created;
    });
  },

  'person.update': ({ id, changes }, ctx) => {
    return write(ctx, () => {
      const repo = peopleRepo(ctx.db);
      const current = found(repo.get(id), 'person', id);
      const next: Person = { ...current, ...stripUndefined(changes), updatedAt: ctx.clock.now() };
      repo.update(next);
      return next;
    });
  },

  'person.setArchived': ({ id, archived }, ctx) => {
    return write(ctx, () => {
      const repo = peopleRepo(ctx.db);
      const current = found(repo.get(id), 'person', id);
      const now = ctx.clock.now();
      const next: Person = {
        ...current,
        archivedAt: archivedAt(current, archived, now),
        updatedAt: now,
      };
      repo.update(next);
      return next;
    });
  },

  'person.delete': ({ id }, ctx) => {
    return write(ctx, () => {
      const repo = peopleRepo(ctx.db);
      found(repo.get(id), 'person', id);
      // Their memberships are their own history and go with them (ON DELETE CASCADE).
      repo.remove(id);
      return { id };
    });
  },

  'membership.add': (draft, ctx) => {
    return write(ctx, () => addMembership(ctx, draft));
  },

  'membership.update': ({ id, changes }, ctx) => {
    return write(ctx, () => {
      const repo = peopleRepo(ctx.db);
      const current = found(repo.membership(id), 'membership', id);
      const next: Membership = { ...current, ...stripUndefined(changes) };
      if (next.startDate && next.endDate && next.endDate < next.startDate) {
        throw new AppError('invalid_input', 'The end date is before the start date.', [
          { path: ['changes', 'endDate'], message: 'endBeforeStart' },
        ]);
      }
      repo.updateMembership(next);
      return next;
    });
  },

  'membership.remove': ({ id }, ctx) => {
    return write(ctx, () => {
      const repo = peopleRepo(ctx.db);
      found(repo.membership(id), 'membership', id);
      repo.removeMembership(id);
      return { id };
    });
  },

  'directory.importCsv': ({ entity, csv }, ctx) => {
    const parsed =
      entity === 'organizations'
        ? parseCsv(csv, ORG_COLUMNS, ['name'])
        : parseCsv(csv, PEOPLE_COLUMNS, ['name']);
    // All or nothing: a failure anywhere rolls back every row.
    const result = write(ctx, () =>
      entity === 'organizations'
        ? importOrganizations(ctx, parsed.rows)
        : importPeople(ctx, parsed.rows),
    );
    return { ...result, ignoredColumns: parsed.ignoredColumns };
  },

  'directory.exportCsv': ({ entity }, { db, clock }) => {
    const day = new Date(clock.now()).toISOString().slice(0, 10);
    if (entity === 'organizations') {
      const rows = organizationsRepo(db)
        .all()
        .map((o) => [
          o.name,
          o.shortName,
          o.kind,
          o.services,
          o.phone,
          o.email,
          o.website,
          o.address,
          o.notes,
          o.lastVerified ?? '',
          o.archivedAt === null ? 'active' : 'archived',
        ]);
      return { csv: toCsv(ORG_HEADER, rows), filename: `roundtable-organizations-${day}.csv` };
    }
    const repo = peopleRepo(db);
    const jobs = Map.groupBy(repo.allMemberships(), (m) => m.personId);
    const rows = repo.all().flatMap((p) => {
      const base = [p.name, p.email, p.phone, p.notes];
      const status = p.archivedAt === null ? 'active' : 'archived';
      const mine = jobs.get(p.id) ?? [];
      if (mine.length === 0) return [[...base, '', '', '', '', status]];
      return mine.map((m) => [
        ...base,
        m.organizationName,
        m.role,
        m.startDate ?? '',
        m.endDate ?? '',
        status,
      ]);
    });
    return { csv: toCsv(PEOPLE_HEADER, rows), filename: `roundtable-people-${day}.csv` };
  },
};
