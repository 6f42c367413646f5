import type { SignificantChange } from '../../../shared/contract';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { partnerProfilesRepo } from '../db/repos/partner-profiles';
import {
  significantChangesRepo,
  type ChangeRecord,
  type Checklist,
} from '../db/repos/significant-changes';
import { found } from '../handlers/require';

/** A change with its checklist, as the contract shows it. */
export function changeView(
  { deletedAt: _deletedAt, ...change }: ChangeRecord,
  { entries, notifiedCount }: Checklist,
): SignificantChange {
  return { ...change, notices: entries, notifiedCount };
}

/** Some partner on the checklist has not been told yet. */
export const isPending = (change: SignificantChange) =>
  change.notices.some((n) => n.notifiedOn === null);

export function readChange(db: Db, id: string): SignificantChange {
  const repo = significantChangesRepo(db);
  return changeView(found(repo.get(id), 'change', id), repo.checklist(id));
}

/** A change that exists and has not been deleted (a deleted one is only reachable by undelete). */
export function liveChange(ctx: CoreContext, id: string): ChangeRecord {
  const change = significantChangesRepo(ctx.db).get(id);
  return found(change?.deletedAt === null ? change : undefined, 'change', id);
}

/** Every live change with its checklist, newest first. */
export function listChanges(db: Db, pendingOnly: boolean): SignificantChange[] {
  const repo = significantChangesRepo(db);
  const live = repo.list();
  const checklists = repo.checklists(live.map((c) => c.id));
  const changes = live.map((c) => changeView(c, checklists.get(c.id)!));
  return pendingOnly ? changes.filter(isPending) : changes;
}

/**
 * Who is to be told when none are named: every member partner still in the directory, but the
 * organization whose change it is (it knows). Potential partners are not in the network yet.
 */
export function memberPartnersToTell(db: Db, exceptId: string | null): string[] {
  return partnerProfilesRepo(db)
    .memberIds()
    .filter((id) => id !== exceptId);
}
