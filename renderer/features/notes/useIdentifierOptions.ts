import { useMemo } from 'react';
import type { IdentifierOptions } from '../../../shared/domain/identifiers';
import { useCoreQuery } from '../../app/useCore';
import { todayIso } from '../meetings/schedule';

/**
 * What identifier warnings need from the app: today (a date ten years back reads as a date of
 * birth) and the directory's phone lines (agencies' and people's, archived ones included: a
 * program line in an old note is still a program line), which are never flagged.
 *
 * Null until the directory has answered (or failed to), so a program line is never flagged for a
 * moment while it loads. Without a directory, every phone number is flagged.
 */
export function useIdentifierOptions(): Omit<IdentifierOptions, 'ignore'> | null {
  // The same queries as the meeting forms' pickers: one cache, refreshed with the directory.
  const people = useCoreQuery('person.list', { includeArchived: true }, { handleErrors: true });
  const organizations = useCoreQuery('org.list', { includeArchived: true }, { handleErrors: true });
  const today = todayIso();
  const loading = people.isPending || organizations.isPending;
  return useMemo(() => {
    if (loading) return null;
    const knownPhones = [...(organizations.data ?? []), ...(people.data ?? [])]
      .map((entry) => entry.phone)
      .filter((phone) => phone !== '');
    return { today, knownPhones };
  }, [loading, today, organizations.data, people.data]);
}
