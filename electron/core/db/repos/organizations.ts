import type { Organization, OrganizationSummary, OrgKind } from '../../../../shared/contract';
import { foldForSearch, likeContains, nameKey } from '../../../../shared/domain/search-text';
import type { Db } from '../open';
import { perDb } from './per-db';

interface OrganizationRow {
  id: string;
  name: string;
  short_name: string;
  kind: OrgKind;
  services: string;
  phone: string;
  email: string;
  website: string;
  address: string;
  notes: string;
  last_verified: string | null;
  archived_at: number | null;
  created_at: number;
  updated_at: number;
}

const toOrganization = (r: OrganizationRow): Organization => ({
  id: r.id,
  name: r.name,
  shortName: r.short_name,
  kind: r.kind,
  services: r.services,
  phone: r.phone,
  email: r.email,
  website: r.website,
  address: r.address,
  notes: r.notes,
  lastVerified: r.last_verified,
  archivedAt: r.archived_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const searchTextOf = (o: Organization) =>
  foldForSearch([o.name, o.shortName, o.services, o.email, o.phone, o.address].join(' '));

const withKeys = (o: Organization) => ({
  ...o,
  nameKey: nameKey(o.name),
  shortKey: foldForSearch(o.shortName),
  searchText: searchTextOf(o),
});

const COLUMNS = `id, name, short_name, kind, services, phone, email, website, address, notes,
  last_verified, archived_at, created_at, updated_at`;

export const organizationsRepo = perDb((db: Db) => {
  const byId = db.prepare<[string], OrganizationRow>(
    `SELECT ${COLUMNS} FROM organizations WHERE id = ?`,
  );
  const byNameKey = db.prepare<[string], OrganizationRow>(
    `SELECT ${COLUMNS} FROM organizations WHERE name_key = ?`,
  );
  const byNameOrShortKey = db.prepare<{ key: string }, OrganizationRow>(
    `SELECT ${COLUMNS} FROM organizations
     WHERE name_key = :key OR (short_key <> '' AND short_key = :key)
     ORDER BY name_key = :key DESC LIMIT 1`,
  );
  const list = db.prepare<
    { query: string | null; kind: string | null; includeArchived: number },
    OrganizationRow & { current_people: number }
  >(`
    SELECT ${COLUMNS},
      (SELECT count(*) FROM memberships m JOIN people p ON p.id = m.person_id
        WHERE m.organization_id = o.id AND m.end_date IS NULL AND p.archived_at IS NULL) AS current_people
    FROM organizations o
    WHERE (:query IS NULL OR search_text LIKE :query ESCAPE '\\')
      AND (:kind IS NULL OR kind = :kind)
      AND (:includeArchived = 1 OR archived_at IS NULL)
    ORDER BY name_key, name`);
  const all = db.prepare<[], OrganizationRow>(
    `SELECT ${COLUMNS} FROM organizations ORDER BY name_key, name`,
  );
  const insert = db.prepare(`
    INSERT INTO organizations (${COLUMNS}, name_key, short_key, search_text)
    VALUES (:id, :name, :shortName, :kind, :services, :phone, :email, :website, :address, :notes,
      :lastVerified, :archivedAt, :createdAt, :updatedAt, :nameKey, :shortKey, :searchText)`);
  const update = db.prepare(`
    UPDATE organizations SET name = :name, short_name = :shortName, kind = :kind, services = :services,
      phone = :phone, email = :email, website = :website, address = :address, notes = :notes,
      last_verified = :lastVerified, archived_at = :archivedAt, updated_at = :updatedAt,
      name_key = :nameKey, short_key = :shortKey, search_text = :searchText
    WHERE id = :id`);
  const remove = db.prepare<[string]>('DELETE FROM organizations WHERE id = ?');
  // Deleting it would erase history: who works there, what it owes, the contacts logged with it,
  // the cases it leads or is involved in (with their consent).
  const referenceCount = db.prepare<[{ id: string }], { n: number }>(
    `SELECT (SELECT count(*) FROM memberships WHERE organization_id = :id)
       + (SELECT count(*) FROM actions WHERE organization_id = :id AND deleted_at IS NULL)
       + (SELECT count(*) FROM partner_contacts WHERE organization_id = :id AND deleted_at IS NULL)
       + (SELECT count(*) FROM cases WHERE lead_organization_id = :id AND deleted_at IS NULL)
       + (SELECT count(*) FROM case_agencies WHERE organization_id = :id) AS n`,
  );

  return {
    get: (id: string) => {
      const row = byId.get(id);
      return row ? toOrganization(row) : undefined;
    },
    /** The organization whose name folds to the same key (names are unique by key). */
    findByName: (name: string) => {
      const row = byNameKey.get(nameKey(name));
      return row ? toOrganization(row) : undefined;
    },
    /** By name or short name, ignoring accents and case: how people refer to an agency in a CSV file. */
    findByNameOrShortName: (name: string) => {
      const row = byNameOrShortKey.get({ key: nameKey(name) });
      return row ? toOrganization(row) : undefined;
    },
    list: (filter: {
      query?: string;
      kind?: OrgKind;
      includeArchived?: boolean;
    }): OrganizationSummary[] =>
      list
        .all({
          query: filter.query?.trim() ? likeContains(filter.query) : null,
          kind: filter.kind ?? null,
          includeArchived: filter.includeArchived ? 1 : 0,
        })
        .map((r) => ({ ...toOrganization(r), currentPeople: r.current_people })),
    all: () => all.all().map(toOrganization),
    insert: (o: Organization) => insert.run(withKeys(o)),
    update: (o: Organization) => update.run(withKeys(o)),
    remove: (id: string) => remove.run(id),
    isReferenced: (id: string) => (referenceCount.get({ id })?.n ?? 0) > 0,
  };
});
