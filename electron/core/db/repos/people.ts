import type { Membership, MembershipView, Person } from '../../../../shared/contract';
import { foldForSearch, likeContains, nameKey } from '../../../../shared/domain/search-text';
import type { Db } from '../open';
import { perDb } from './per-db';

interface PersonRow {
  id: string;
  name: string;
  email: string;
  phone: string;
  notes: string;
  archived_at: number | null;
  created_at: number;
  updated_at: number;
}

interface MembershipRow {
  id: string;
  person_id: string;
  organization_id: string;
  role: string;
  start_date: string | null;
  end_date: string | null;
}

interface MembershipViewRow extends MembershipRow {
  person_name: string;
  organization_name: string;
  organization_short_name: string;
}

const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  name: r.name,
  email: r.email,
  phone: r.phone,
  notes: r.notes,
  archivedAt: r.archived_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toMembership = (r: MembershipRow): Membership => ({
  id: r.id,
  personId: r.person_id,
  organizationId: r.organization_id,
  role: r.role,
  startDate: r.start_date,
  endDate: r.end_date,
});

const toMembershipView = (r: MembershipViewRow): MembershipView => ({
  ...toMembership(r),
  personName: r.person_name,
  organizationName: r.organization_name,
  organizationShortName: r.organization_short_name,
});

const PERSON_COLUMNS = 'id, name, email, phone, notes, archived_at, created_at, updated_at';
const MEMBERSHIP_VIEW = `
  SELECT m.id, m.person_id, m.organization_id, m.role, m.start_date, m.end_date,
    p.name AS person_name, o.name AS organization_name, o.short_name AS organization_short_name
  FROM memberships m JOIN people p ON p.id = m.person_id JOIN organizations o ON o.id = m.organization_id`;
// Current jobs first, then the most recent; undated ones after dated ones.
const MEMBERSHIP_ORDER = `ORDER BY m.end_date IS NOT NULL, coalesce(m.end_date, '9999') DESC,
  coalesce(m.start_date, '') DESC, m.created_at DESC`;

export const peopleRepo = perDb((db: Db) => {
  const byId = db.prepare<[string], PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people WHERE id = ?`);
  const byNameAndEmail = db.prepare<[string, string], PersonRow>(
    `SELECT ${PERSON_COLUMNS} FROM people WHERE name_key = ? AND lower(email) = lower(?) LIMIT 1`,
  );
  // A person matches on their own details or on the name of an organization they belong to now.
  const list = db.prepare<
    { query: string | null; organizationId: string | null; includeArchived: number },
    PersonRow
  >(`
    SELECT ${PERSON_COLUMNS} FROM people p
    WHERE (:includeArchived = 1 OR archived_at IS NULL)
      AND (:organizationId IS NULL OR EXISTS (SELECT 1 FROM memberships m
            WHERE m.person_id = p.id AND m.organization_id = :organizationId AND m.end_date IS NULL))
      AND (:query IS NULL OR search_text LIKE :query ESCAPE '\\' OR EXISTS (
            SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id
            WHERE m.person_id = p.id AND m.end_date IS NULL AND o.search_text LIKE :query ESCAPE '\\'))
    ORDER BY name_key, name`);
  const all = db.prepare<[], PersonRow>(
    `SELECT ${PERSON_COLUMNS} FROM people ORDER BY name_key, name`,
  );
  const insert = db.prepare(`
    INSERT INTO people (${PERSON_COLUMNS}, name_key, search_text)
    VALUES (:id, :name, :email, :phone, :notes, :archivedAt, :createdAt, :updatedAt, :nameKey, :searchText)`);
  const update = db.prepare(`
    UPDATE people SET name = :name, email = :email, phone = :phone, notes = :notes,
      archived_at = :archivedAt, updated_at = :updatedAt, name_key = :nameKey, search_text = :searchText
    WHERE id = :id`);
  const remove = db.prepare<[string]>('DELETE FROM people WHERE id = ?');

  const membershipById = db.prepare<[string], MembershipRow>(
    'SELECT id, person_id, organization_id, role, start_date, end_date FROM memberships WHERE id = ?',
  );
  const membershipsOfPerson = db.prepare<[string], MembershipViewRow>(
    `${MEMBERSHIP_VIEW} WHERE m.person_id = ? ${MEMBERSHIP_ORDER}`,
  );
  const membershipsOfOrganization = db.prepare<[string], MembershipViewRow>(
    `${MEMBERSHIP_VIEW} WHERE m.organization_id = ? ${MEMBERSHIP_ORDER}, p.name_key`,
  );
  const currentMemberships = db.prepare<[], MembershipViewRow>(
    `${MEMBERSHIP_VIEW} WHERE m.end_date IS NULL ${MEMBERSHIP_ORDER}`,
  );
  const allMemberships = db.prepare<[], MembershipViewRow>(
    `${MEMBERSHIP_VIEW} ORDER BY p.name_key, p.name, m.end_date IS NOT NULL, coalesce(m.start_date, '') DESC`,
  );
  const insertMembership = db.prepare(`
    INSERT INTO memberships (id, person_id, organization_id, role, start_date, end_date, created_at)
    VALUES (:id, :personId, :organizationId, :role, :startDate, :endDate, :createdAt)`);
  const updateMembership = db.prepare(
    'UPDATE memberships SET role = :role, start_date = :startDate, end_date = :endDate WHERE id = :id',
  );
  const removeMembership = db.prepare<[string]>('DELETE FROM memberships WHERE id = ?');

  const searchTextOf = (p: Person) => foldForSearch([p.name, p.email, p.phone].join(' '));

  return {
    get: (id: string) => {
      const row = byId.get(id);
      return row ? toPerson(row) : undefined;
    },
    /** Same name and same email (or both without one): how an import recognises someone. */
    findByNameAndEmail: (name: string, email: string) => {
      const row = byNameAndEmail.get(nameKey(name), email);
      return row ? toPerson(row) : undefined;
    },
    list: (filter: { query?: string; organizationId?: string; includeArchived?: boolean }) =>
      list
        .all({
          query: filter.query?.trim() ? likeContains(filter.query) : null,
          organizationId: filter.organizationId ?? null,
          includeArchived: filter.includeArchived ? 1 : 0,
        })
        .map(toPerson),
    all: () => all.all().map(toPerson),
    insert: (p: Person) =>
      insert.run({ ...p, nameKey: nameKey(p.name), searchText: searchTextOf(p) }),
    update: (p: Person) =>
      update.run({ ...p, nameKey: nameKey(p.name), searchText: searchTextOf(p) }),
    remove: (id: string) => remove.run(id),

    membership: (id: string) => {
      const row = membershipById.get(id);
      return row ? toMembership(row) : undefined;
    },
    membershipsOfPerson: (personId: string) =>
      membershipsOfPerson.all(personId).map(toMembershipView),
    membershipsOfOrganization: (organizationId: string) =>
      membershipsOfOrganization.all(organizationId).map(toMembershipView),
    allMemberships: () => allMemberships.all().map(toMembershipView),
    currentMemberships: () => currentMemberships.all().map(toMembershipView),
    insertMembership: (m: Membership, createdAt: number) =>
      insertMembership.run({ ...m, createdAt }),
    updateMembership: (m: Membership) => updateMembership.run(m),
    removeMembership: (id: string) => removeMembership.run(id),
  };
});
