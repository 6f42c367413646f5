import type { NetworkStatus, PartnerCadence } from '../../../shared/contract';
import { byUrgency, cadenceStanding } from '../../../shared/domain/cadence';
import type { Db } from '../db/open';
import { partnerProfilesRepo, type PartnerContactFacts } from '../db/repos/partner-profiles';

/**
 * Where one partner stands: its last contact is the latest of what was logged and the meetings
 * it attended (contacts dated after today do not count yet). On the same day, the logged contact
 * names the channel: it says more than "meeting".
 */
export function cadenceOf(facts: PartnerContactFacts, today: string): PartnerCadence {
  const { loggedDate, attendedDate } = facts;
  const logged = loggedDate !== null && (attendedDate === null || loggedDate >= attendedDate);
  const lastContactDate = logged ? loggedDate : attendedDate;
  return {
    organizationId: facts.organizationId,
    name: facts.name,
    shortName: facts.shortName,
    networkStatus: facts.networkStatus,
    cadence: facts.cadence,
    lastContactDate,
    lastContactChannel: logged ? facts.loggedChannel : attendedDate === null ? null : 'meeting',
    ...cadenceStanding(lastContactDate, facts.cadence, today),
  };
}

/** Every partner (organization not archived), most urgent first. */
export function partnerCadences(
  db: Db,
  today: string,
  networkStatus?: NetworkStatus,
): PartnerCadence[] {
  return partnerProfilesRepo(db)
    .partners(today)
    .filter((p) => networkStatus === undefined || p.networkStatus === networkStatus)
    .map((p) => cadenceOf(p, today))
    .sort(byUrgency);
}

/** What the home dashboard lists: member partners overdue, never contacted or due soon. */
export function partnersDue(cadences: readonly PartnerCadence[], top: number) {
  const due = cadences.filter(
    (p) =>
      p.networkStatus === 'member' &&
      (p.status === 'overdue' || p.status === 'never' || p.status === 'due_soon'),
  );
  return { partnersDue: due.slice(0, top), partnersDueTotal: due.length };
}
