import type {
  Connection,
  ConnectionKind,
  Organization,
  ParsedInput,
} from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { orgConnectionsRepo, type ConnectionRecord } from '../db/repos/org-connections';
import { organizationsRepo } from '../db/repos/organizations';
import { partnerProfilesRepo } from '../db/repos/partner-profiles';
import { found } from '../handlers/require';

/** Only the contract's fields. */
export const publicConnection = ({
  deletedAt: _deletedAt,
  updatedAt: _updatedAt,
  ...c
}: ConnectionRecord): Connection => c;

export const readConnection = (ctx: CoreContext, id: string) =>
  publicConnection(found(orgConnectionsRepo(ctx.db).get(id), 'connection', id));

/** A connection that exists and has not been deleted (a deleted one is only reachable by undelete). */
export function liveConnection(ctx: CoreContext, id: string): ConnectionRecord {
  const connection = orgConnectionsRepo(ctx.db).get(id);
  return found(connection?.deletedAt === null ? connection : undefined, 'connection', id);
}

/** Kinds that read the same both ways: A partners with B is B partners with A. */
const SYMMETRIC = new Set<ConnectionKind>(['partners_with', 'co_located']);
/** The same fact told from the other end: A refers to B is B receives referrals from A. */
const CONVERSE: Partial<Record<ConnectionKind, ConnectionKind>> = {
  refers_to: 'receives_referrals_from',
  receives_referrals_from: 'refers_to',
};

/** Whether `existing` (from `existingFrom`) records the same fact as `kind` from `fromId`. */
function sameFact(
  existing: { kind: ConnectionKind; fromId: string },
  fromId: string,
  kind: ConnectionKind,
): boolean {
  if (existing.fromId === fromId) return existing.kind === kind;
  return existing.kind === kind ? SYMMETRIC.has(kind) : CONVERSE[kind] === existing.kind;
}

/**
 * The live connection already saying this, if any: the same (from, to, kind), or the same fact
 * told the other way round (see SYMMETRIC and CONVERSE), which would draw the same edge twice.
 */
export function equivalentConnection(
  ctx: CoreContext,
  c: { fromId: string; toId: string; kind: ConnectionKind },
  exceptId?: string,
): string | undefined {
  return orgConnectionsRepo(ctx.db)
    .between(c.fromId, c.toId)
    .find((e) => e.id !== exceptId && sameFact(e, c.fromId, c.kind))?.id;
}

export function assertNotRecorded(
  ctx: CoreContext,
  c: { fromId: string; toId: string; kind: ConnectionKind },
  exceptId?: string,
): void {
  if (equivalentConnection(ctx, c, exceptId) !== undefined) {
    throw new AppError(
      'conflict',
      'This connection between these two organizations is already recorded.',
      [{ path: ['kind'], message: 'duplicateConnection' }],
    );
  }
}

/** A new organization someone named, entered as a potential partner to reach out to. */
function createPotentialPartner(ctx: CoreContext, name: string): Organization {
  const now = ctx.clock.now();
  const org: Organization = {
    id: ctx.newId(),
    name,
    shortName: '',
    kind: 'external_partner',
    services: '',
    phone: '',
    email: '',
    website: '',
    address: '',
    notes: '',
    lastVerified: null,
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  organizationsRepo(ctx.db).insert(org);
  partnerProfilesRepo(ctx.db).save(
    { organizationId: org.id, networkStatus: 'potential', cadence: 'monthly' },
    now,
  );
  return org;
}

/**
 * What an organization named when asked who its connections are (the field's "web"): each one
 * becomes a connection from it. A new name is matched to the directory first (accents, case and
 * punctuation ignored, short names too), so asking twice never doubles an organization; only a
 * name not found becomes a new organization, a potential partner. A connection already recorded
 * is returned as it is. The day asked is the connection's "since": it existed by then.
 * Callers run this in their transaction: one bad entry leaves nothing behind.
 */
export function askForConnections(
  ctx: CoreContext,
  input: ParsedInput<'connection.ask'>,
): { connections: Connection[]; createdOrganizationIds: string[] } {
  const organizations = organizationsRepo(ctx.db);
  const connections = orgConnectionsRepo(ctx.db);
  found(organizations.get(input.organizationId), 'organization', input.organizationId);
  const created: string[] = [];
  const ids: string[] = [];
  input.named.forEach((named, index) => {
    let toId: string;
    if (named.organizationId !== null) {
      toId = found(
        organizations.get(named.organizationId),
        'organization',
        named.organizationId,
      ).id;
    } else {
      const existing = organizations.findByNameOrShortName(named.newName);
      toId = existing?.id ?? createPotentialPartner(ctx, named.newName).id;
      if (!existing) created.push(toId);
    }
    if (toId === input.organizationId) {
      throw new AppError('invalid_input', 'An organization cannot be connected to itself.', [
        {
          path: ['named', index, named.organizationId !== null ? 'organizationId' : 'newName'],
          message: 'selfConnection',
        },
      ]);
    }
    const c = { fromId: input.organizationId, toId, kind: named.kind };
    let id = equivalentConnection(ctx, c);
    if (id === undefined) {
      id = ctx.newId();
      const now = ctx.clock.now();
      connections.insert({
        id,
        ...c,
        note: named.note,
        since: input.askedOn,
        deletedAt: null,
        createdAt: now,
        updatedAt: now,
      });
    }
    if (!ids.includes(id)) ids.push(id);
  });
  return {
    connections: ids.map((id) => readConnection(ctx, id)),
    createdOrganizationIds: created,
  };
}
