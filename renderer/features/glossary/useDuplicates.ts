import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState, type RefObject } from 'react';
import type { MethodInput, MethodOutput } from '../../../shared/contract';
import { queryKey } from '../../app/useCore';
import { useApi } from '../../app/useApi';
import { useDebouncedValue } from '../../components/useDebouncedValue';

/** What the core compares: each side's term and acronyms, and the concept being edited. */
export type DuplicateProbe = MethodInput<'glossary.findDuplicates'>;
export type DuplicateMatch = MethodOutput<'glossary.findDuplicates'>[number];

/** Long enough to let a word be typed, short enough to warn before the person moves on. */
const TYPING_PAUSE_MS = 400;

const isEmpty = (probe: DuplicateProbe) =>
  [probe.en, probe.fr].every(
    (side) => side.term.trim() === '' && side.abbreviations.every((a) => a.trim() === ''),
  );

/** The contract's limits: a draft that breaks them is refused by the form, not looked up. */
function trimmed(probe: DuplicateProbe): DuplicateProbe {
  const side = (s: DuplicateProbe['en']) => ({
    term: s.term.trim().slice(0, 200),
    abbreviations: s.abbreviations
      .map((a) => a.trim())
      .filter((a) => a !== '')
      .slice(0, 10)
      .map((a) => a.slice(0, 40)),
  });
  return {
    en: side(probe.en),
    fr: side(probe.fr),
    ...(probe.exceptId ? { exceptId: probe.exceptId } : {}),
  };
}

/**
 * Concepts the one being typed would double, looked up once typing pauses, and `check` for the
 * values as they are at saving. A lookup that fails warns of nothing: the core still saves.
 */
export function useDuplicates(probe: DuplicateProbe) {
  const api = useApi();
  const queryClient = useQueryClient();
  // Compared as text: a new object on every render would restart the pause for ever.
  const typed = useDebouncedValue(JSON.stringify(trimmed(probe)), TYPING_PAUSE_MS);
  const settled = useMemo(() => JSON.parse(typed) as DuplicateProbe, [typed]);
  const query = useQuery({
    queryKey: queryKey('glossary.findDuplicates', settled),
    queryFn: () => api.call('glossary.findDuplicates', settled),
    enabled: !isEmpty(settled),
    throwOnError: false,
  });
  return {
    matches: (!isEmpty(settled) && query.data) || [],
    check: async (now: DuplicateProbe): Promise<DuplicateMatch[]> => {
      const input = trimmed(now);
      if (isEmpty(input)) return [];
      try {
        return await queryClient.fetchQuery({
          queryKey: queryKey('glossary.findDuplicates', input),
          queryFn: () => api.call('glossary.findDuplicates', input),
        });
      } catch {
        return [];
      }
    },
  };
}

const keyOf = (probe: DuplicateProbe) => JSON.stringify(trimmed(probe));

/**
 * The duplicate check of a form that adds a concept: the warning as the person types, and at
 * saving, `mayAdd` holds the form back once, until "Add anyway" (`addAnyway`) submits it again
 * with the same values. Changing the term or acronyms asks again.
 */
export function useDuplicateGuard(probe: DuplicateProbe, form: RefObject<HTMLFormElement | null>) {
  const { matches, check } = useDuplicates(probe);
  const [blocked, setBlocked] = useState<{ key: string; matches: DuplicateMatch[] } | null>(null);
  const accepted = useRef('');
  const confirming = blocked !== null && blocked.key === keyOf(probe);
  return {
    matches: confirming ? blocked.matches : matches,
    confirming,
    /** True when saving may go on: nothing doubled, or "Add anyway" said for these values. */
    mayAdd: async (now: DuplicateProbe): Promise<boolean> => {
      const key = keyOf(now);
      if (accepted.current === key) return true;
      const found = await check(now);
      if (found.length === 0) return true;
      setBlocked({ key, matches: found });
      return false;
    },
    addAnyway: () => {
      if (!blocked) return;
      accepted.current = blocked.key;
      form.current?.requestSubmit();
    },
  };
}

/** A draft's side as the duplicate check takes it. */
export const probeSide = (side: { term?: string; abbreviations?: string[] } | undefined) => ({
  term: side?.term ?? '',
  abbreviations: side?.abbreviations ?? [],
});
