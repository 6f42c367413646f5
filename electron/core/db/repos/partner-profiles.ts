import type { Cadence, ContactChannel, NetworkStatus } from '../../../../shared/contract';
import type { Db } from '../open';
import { perDb } from './per-db';

/** A partner with what the cadence needs: its profile (defaults filled in) and latest contacts. */
export interface PartnerContactFacts {
  organizationId: string;
  name: string;
  shortName: string;
  networkStatus: NetworkStatus;
  cadence: Cadence;
  /** The latest logged contact on or before the day asked about, and its channel. */
  loggedDate: string | null;
  loggedChannel: ContactChannel | null;
  /** The latest meeting attended (someone present, meeting started or ended) on or before it. */
  attendedDate: string | null;
}

/** An organization on the network map: its status and whether anyone ever came to a meeting. */
export interface NetworkFacts {
  id: string;
  name: string;
  shortName: string;
  networkStatus: NetworkStatus;
  lastAttended: string | null;
}

interface FactsRow {
  id: string;
  name: string;
  short_name: string;
  network_status: NetworkStatus;
  cadence: Cadence;
  logged: string | null;
  attended_date: string | null;
}

/** No profile row: a member, contacted monthly (see 0006-partners.ts). */
const PROFILE = `
  coalesce(p.network_status, 'member') AS network_status,
  coalesce(p.cadence, 'monthly') AS cadence`;

/** The latest meeting held that someone from `o` attended (org_presence is kept by triggers). */
const LAST_ATTENDED = (until: string) => `
  (SELECT max(pr.date) FROM org_presence pr WHERE pr.organization_id = o.id ${until})`;

/*
 * One row per partner, each latest contact looked up through an index (a descending walk that
 * stops at the first row) rather than aggregating the whole log. The logged date and channel come
 * back as one "date channel" string, so one lookup gives both.
 */
const FACTS = `
  SELECT o.id, o.name, o.short_name, ${PROFILE},
    (SELECT c.date || ' ' || c.channel FROM partner_contacts c
      WHERE c.organization_id = o.id AND c.deleted_at IS NULL AND c.date <= :today
      ORDER BY c.date DESC, c.created_at DESC LIMIT 1) AS logged,
    ${LAST_ATTENDED('AND pr.date <= :today')} AS attended_date
  FROM organizations o LEFT JOIN partner_profiles p ON p.organization_id = o.id`;

const toFacts = (r: FactsRow): PartnerContactFacts => {
  const space = r.logged?.indexOf(' ') ?? -1;
  return {
    organizationId: r.id,
    name: r.name,
    shortName: r.short_name,
    networkStatus: r.network_status,
    cadence: r.cadence,
    loggedDate: r.logged && space > 0 ? r.logged.slice(0, space) : null,
    loggedChannel: r.logged && space > 0 ? (r.logged.slice(space + 1) as ContactChannel) : null,
    attendedDate: r.attended_date,
  };
};

export const partnerProfilesRepo = perDb((db: Db) => {
  const partners = db.prepare<{ today: string }, FactsRow>(
    `${FACTS} WHERE o.archived_at IS NULL ORDER BY o.name_key, o.name`,
  );
  const partner = db.prepare<{ today: string; id: string }, FactsRow>(`${FACTS} WHERE o.id = :id`);
  const network = db.prepare<[], Omit<FactsRow, 'cadence' | 'logged'>>(`
    SELECT o.id, o.name, o.short_name, ${PROFILE}, ${LAST_ATTENDED('')} AS attended_date
    FROM organizations o LEFT JOIN partner_profiles p ON p.organization_id = o.id
    WHERE o.archived_at IS NULL ORDER BY o.name_key, o.name`);
  const members = db.prepare<[], { id: string }>(`
    SELECT o.id FROM organizations o LEFT JOIN partner_profiles p ON p.organization_id = o.id
    WHERE o.archived_at IS NULL AND coalesce(p.network_status, 'member') = 'member'
    ORDER BY o.name_key, o.name`);
  const upsert = db.prepare(`
    INSERT INTO partner_profiles (organization_id, network_status, cadence, created_at, updated_at)
    VALUES (:organizationId, :networkStatus, :cadence, :now, :now)
    ON CONFLICT (organization_id) DO UPDATE SET network_status = excluded.network_status,
      cadence = excluded.cadence, updated_at = excluded.updated_at`);

  return {
    /** Every partner (organization not archived), by name. */
    partners: (today: string) => partners.all({ today }).map(toFacts),
    /** One organization, archived or not. */
    partner: (id: string, today: string) => {
      const row = partner.get({ id, today });
      return row ? toFacts(row) : undefined;
    },
    /** The member partners' ids (organizations not archived), by name. */
    memberIds: () => members.all().map((r) => r.id),
    network: (): NetworkFacts[] =>
      network.all().map((r) => ({
        id: r.id,
        name: r.name,
        shortName: r.short_name,
        networkStatus: r.network_status,
        lastAttended: r.attended_date,
      })),
    save: (
      p: { organizationId: string; networkStatus: NetworkStatus; cadence: Cadence },
      now: number,
    ) => upsert.run({ ...p, now }),
  };
});
