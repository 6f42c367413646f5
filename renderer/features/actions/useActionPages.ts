import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/contract';
import { useApi } from '../../app/useApi';

/** How many actions a page of the register loads ("Show more" loads the next). */
export const PAGE_SIZE = 200;

type Filter = Omit<MethodInput<'action.list'>, 'limit' | 'offset'>;

/**
 * The register's actions, a page at a time. The key starts with the method's name like every core
 * query, so the core's `data.changed` reloads the pages already shown.
 */
export function useActionPages(filter: Filter) {
  const api = useApi();
  const query = useInfiniteQuery({
    queryKey: ['action.list', filter, 'pages'],
    queryFn: ({ pageParam }) =>
      api.call('action.list', { ...filter, limit: PAGE_SIZE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, page) => n + page.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
    // Changing a filter keeps the last list on screen until the new one is ready.
    placeholderData: keepPreviousData,
  });
  const pages = query.data?.pages;
  return {
    query,
    actions: pages?.flatMap((page) => page.items),
    total: pages?.at(-1)?.total ?? 0,
  };
}
