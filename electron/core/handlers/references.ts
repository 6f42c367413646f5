import type { CoreContext } from '../context';
import { organizationsRepo } from '../db/repos/organizations';
import { peopleRepo } from '../db/repos/people';
import { found } from './require';

/**
 * A meeting or an item that names someone from the directory must name someone who is there:
 * foreign keys would refuse it too, but as an `internal` error instead of a `not_found`.
 */
export function assertPeopleExist(ctx: CoreContext, ...ids: (string | null | undefined)[]): void {
  const people = peopleRepo(ctx.db);
  for (const id of ids) if (id) found(people.get(id), 'person', id);
}

export function assertOrganizationsExist(
  ctx: CoreContext,
  ...ids: (string | null | undefined)[]
): void {
  const organizations = organizationsRepo(ctx.db);
  for (const id of ids) if (id) found(organizations.get(id), 'organization', id);
}
