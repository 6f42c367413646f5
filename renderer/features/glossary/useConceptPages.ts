import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/contract';
import { useApi } from '../../app/useApi';

/** How many concepts a page of the list loads ("Show more" loads the next). */
export const PAGE_SIZE = 200;

type Filter = Omit<MethodInput<'glossary.list'>, 'limit' | 'offset'>;

/**
 * The glossary's concepts, a page at a time. The key starts with the method's name like every core
 * query, so the core's `data.changed` reloads the pages already shown.
 */
export function useConceptPages(filter: Filter) {
  const api = useApi();
  const query = useInfiniteQuery({
    queryKey: ['glossary.list', filter, 'pages'],
    queryFn: ({ pageParam }) =>
      api.call('glossary.list', { ...filter, limit: PAGE_SIZE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, page) => n + page.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
    // Typing in the search keeps the last list on screen until the next one is ready.
    placeholderData: keepPreviousData,
  });
  const pages = query.data?.pages;
  const last = pages?.at(-1);
  return {
    query,
    concepts: pages?.flatMap((page) => page.items),
    total: last?.total ?? 0,
    letters: last?.letters,
  };
}
