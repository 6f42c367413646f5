import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';

/** The value of a picker's "nobody" / "no agency" option. */
export const NONE = '';

/** "Sam Tremblay (SPVM)": the agency tells homonyms apart. */
function personLabel(person: PersonSummary): string {
  const job = person.current[0];
  const agency = job ? job.organizationShortName || job.organizationName : '';
  return agency ? `${person.name} (${agency})` : person.name;
}

/**
 * People and agencies to pick from. Archived records are left out unless already chosen (`keep`),
 * so editing an old meeting does not silently drop its chair.
 */
export function useDirectoryOptions(keep: readonly (string | null)[] = []) {
  const { t } = useTranslation();
  const people = useCoreQuery('person.list', { includeArchived: true });
  const organizations = useCoreQuery('org.list', { includeArchived: true });
  const kept = new Set(keep.filter(Boolean));
  const none = { id: NONE, label: t('meetings.fields.nobody') };
  const noAgency = { id: NONE, label: t('meetings.fields.noAgency') };
  return {
    people: people.data ?? [],
    organizations: organizations.data ?? [],
    personOptions: [
      none,
      ...(people.data ?? [])
        .filter((p) => p.archivedAt === null || kept.has(p.id))
        .map((p) => ({ id: p.id, label: personLabel(p) })),
    ],
    organizationOptions: [
      noAgency,
      ...(organizations.data ?? [])
        .filter((o) => o.archivedAt === null || kept.has(o.id))
        .map((o) => ({ id: o.id, label: o.name })),
    ],
  };
}
