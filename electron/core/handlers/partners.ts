import type { partnersContract } from '../../../shared/contract';
import type { CoreContext, HandlersFor } from '../context';
import { orgConnectionsRepo } from '../db/repos/org-connections';
import { partnerContactsRepo, type ContactRecord } from '../db/repos/partner-contacts';
import { partnerProfilesRepo } from '../db/repos/partner-profiles';
import { significantChangesRepo } from '../db/repos/significant-changes';
import { cadenceOf, partnerCadences } from '../partners/cadence';
import { listChanges, liveChange, memberPartnersToTell, readChange } from '../partners/changes';
import {
  askForConnections,
  assertNotRecorded,
  liveConnection,
  publicConnection,
  readConnection,
} from '../partners/connections';
import { assertNotAutomatic, listContacts, publicContact } from '../partners/contacts';
import { homeDashboard } from '../partners/home';
import { seriesParticipation } from '../partners/participation';
import { localToday } from '../partners/today';
import { assertOrganizationsExist, assertPeopleExist } from './references';
import { found } from './require';
import { stripUndefined } from './strip-undefined';
import { writer } from './write';

const write = writer('partners');

/** A logged contact that exists and has not been deleted (undelete reaches deleted ones). */
function liveContact(ctx: CoreContext, id: string): ContactRecord {
  assertNotAutomatic(id);
  const contact = partnerContactsRepo(ctx.db).get(id);
  return found(contact?.deletedAt === null ? contact : undefined, 'contact', id);
}

const readContact = (ctx: CoreContext, id: string) =>
  publicContact(found(partnerContactsRepo(ctx.db).get(id), 'contact', id));

const readCadence = (ctx: CoreContext, organizationId: string) => {
  const today = localToday(ctx.clock);
  const facts = partnerProfilesRepo(ctx.db).partner(organizationId, today);
  return cadenceOf(found(facts, 'organization', organizationId), today);
};

export const partnerHandlers: HandlersFor<typeof partnersContract> = {
  /* ---------------------------------------------------------------- profiles and cadence */

  'partner.cadence': ({ networkStatus }, { db, clock }) =>
    partnerCadences(db, localToday(clock), networkStatus),

  'partner.setProfile': ({ organizationId, ...changes }, ctx) =>
    write(ctx, () => {
      const current = readCadence(ctx, organizationId);
      partnerProfilesRepo(ctx.db).save(
        {
          organizationId,
          networkStatus: changes.networkStatus ?? current.networkStatus,
          cadence: changes.cadence ?? current.cadence,
        },
        ctx.clock.now(),
      );
      return readCadence(ctx, organizationId);
    }),

  /* ---------------------------------------------------------------- contact log */

  'contact.list': (filter, { db }) => listContacts(db, filter),

  'contact.add': (draft, ctx) =>
    write(ctx, () => {
      assertOrganizationsExist(ctx, draft.organizationId);
      assertPeopleExist(ctx, draft.personId);
      const now = ctx.clock.now();
      const id = ctx.newId();
      partnerContactsRepo(ctx.db).insert({
        id,
        ...draft,
        deletedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      return readContact(ctx, id);
    }),

  'contact.update': ({ id, changes }, ctx) =>
    write(ctx, () => {
      const current = liveContact(ctx, id);
      assertOrganizationsExist(ctx, changes.organizationId);
      assertPeopleExist(ctx, changes.personId);
      partnerContactsRepo(ctx.db).update({
        ...current,
        ...stripUndefined(changes),
        updatedAt: ctx.clock.now(),
      });
      return readContact(ctx, id);
    }),

  'contact.delete': ({ id }, ctx) =>
    write(ctx, () => {
      const current = liveContact(ctx, id);
      const now = ctx.clock.now();
      partnerContactsRepo(ctx.db).update({ ...current, deletedAt: now, updatedAt: now });
      return { id };
    }),

  'contact.undelete': ({ id }, ctx) =>
    write(ctx, () => {
      assertNotAutomatic(id);
      const current = found(partnerContactsRepo(ctx.db).get(id), 'contact', id);
      if (current.deletedAt !== null) {
        partnerContactsRepo(ctx.db).update({
          ...current,
          deletedAt: null,
          updatedAt: ctx.clock.now(),
        });
      }
      return readContact(ctx, id);
    }),

  /* ---------------------------------------------------------------- significant changes */

  'change.list': ({ pendingOnly }, { db }) => listChanges(db, pendingOnly),

  'change.add': ({ partnerIds, ...draft }, ctx) =>
    write(ctx, () => {
      assertOrganizationsExist(ctx, draft.organizationId, ...(partnerIds ?? []));
      const now = ctx.clock.now();
      const id = ctx.newId();
      const repo = significantChangesRepo(ctx.db);
      repo.insert({ id, ...draft, deletedAt: null, createdAt: now, updatedAt: now });
      // Named partners are taken as chosen (once each); none named: every member partner.
      const toTell = partnerIds ?? memberPartnersToTell(ctx.db, draft.organizationId);
      for (const organizationId of toTell) repo.addNotice(id, organizationId, now);
      return readChange(ctx.db, id);
    }),

  'change.update': ({ id, changes }, ctx) =>
    write(ctx, () => {
      const current = liveChange(ctx, id);
      assertOrganizationsExist(ctx, changes.organizationId);
      significantChangesRepo(ctx.db).update({
        ...current,
        ...stripUndefined(changes),
        updatedAt: ctx.clock.now(),
      });
      return readChange(ctx.db, id);
    }),

  'change.setNotified': ({ id, organizationId, notifiedOn }, ctx) =>
    write(ctx, () => {
      liveChange(ctx, id);
      assertOrganizationsExist(ctx, organizationId);
      significantChangesRepo(ctx.db).setNotice(id, organizationId, notifiedOn, ctx.clock.now());
      return readChange(ctx.db, id);
    }),

  // Taking a partner off the checklist twice is no error: the second click finds it gone.
  'change.removePartner': ({ id, organizationId }, ctx) =>
    write(ctx, () => {
      liveChange(ctx, id);
      significantChangesRepo(ctx.db).removeNotice(id, organizationId);
      return readChange(ctx.db, id);
    }),

  'change.delete': ({ id }, ctx) =>
    write(ctx, () => {
      const current = liveChange(ctx, id);
      const now = ctx.clock.now();
      significantChangesRepo(ctx.db).update({ ...current, deletedAt: now, updatedAt: now });
      return { id };
    }),

  'change.undelete': ({ id }, ctx) =>
    write(ctx, () => {
      const repo = significantChangesRepo(ctx.db);
      const current = found(repo.get(id), 'change', id);
      if (current.deletedAt !== null) {
        repo.update({ ...current, deletedAt: null, updatedAt: ctx.clock.now() });
      }
      return readChange(ctx.db, id);
    }),

  /* ---------------------------------------------------------------- connections */

  'connection.list': ({ organizationId }, { db }) =>
    orgConnectionsRepo(db).list(organizationId).map(publicConnection),

  'connection.add': (draft, ctx) =>
    write(ctx, () => {
      assertOrganizationsExist(ctx, draft.fromId, draft.toId);
      assertNotRecorded(ctx, draft);
      const now = ctx.clock.now();
      const id = ctx.newId();
      orgConnectionsRepo(ctx.db).insert({
        id,
        ...draft,
        deletedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      return readConnection(ctx, id);
    }),

  'connection.update': ({ id, changes }, ctx) =>
    write(ctx, () => {
      const current = liveConnection(ctx, id);
      const next = { ...current, ...stripUndefined(changes), updatedAt: ctx.clock.now() };
      if (next.kind !== current.kind) assertNotRecorded(ctx, next, id);
      orgConnectionsRepo(ctx.db).update(next);
      return readConnection(ctx, id);
    }),

  'connection.delete': ({ id }, ctx) =>
    write(ctx, () => {
      const current = liveConnection(ctx, id);
      const now = ctx.clock.now();
      orgConnectionsRepo(ctx.db).update({ ...current, deletedAt: now, updatedAt: now });
      return { id };
    }),

  // Recorded again meanwhile: restoring the old one would draw the same edge twice.
  'connection.undelete': ({ id }, ctx) =>
    write(ctx, () => {
      const repo = orgConnectionsRepo(ctx.db);
      const current = found(repo.get(id), 'connection', id);
      if (current.deletedAt !== null) {
        assertNotRecorded(ctx, current, id);
        repo.update({ ...current, deletedAt: null, updatedAt: ctx.clock.now() });
      }
      return readConnection(ctx, id);
    }),

  'connection.ask': (input, ctx) =>
    write(ctx, () => {
      const result = askForConnections(ctx, input);
      // New organizations appear in the directory too.
      if (result.createdOrganizationIds.length > 0) {
        ctx.emit('data.changed', { domains: ['directory'] });
      }
      return result;
    }),

  'network.graph': (_input, { db }) => {
    // Every organization present at least once has a last attended date.
    const nodes = partnerProfilesRepo(db)
      .network()
      .map(({ lastAttended, ...node }) => ({
        ...node,
        everRepresented: lastAttended !== null,
        lastAttended,
      }));
    return { nodes, edges: orgConnectionsRepo(db).edges().map(publicConnection) };
  },

  /* ---------------------------------------------------------------- participation and home */

  'participation.series': ({ seriesId }, { db }) => seriesParticipation(db, seriesId),

  'home.dashboard': (_input, { db, clock }) => homeDashboard(db, localToday(clock)),
};
