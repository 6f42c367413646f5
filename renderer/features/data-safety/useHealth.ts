import { useQuery } from '@tanstack/react-query';
import { HEALTH_KEY } from '../../app/query-client';
import { useApi } from '../../app/useApi';

/**
 * The database's integrity check, asked in the background at start-up. It is fetched again only
 * when the core says health may have changed (see `refreshAfterChange`) or a call was refused by
 * the disk, never on each screen that reads it.
 */
export function useHealth() {
  const api = useApi();
  const query = useQuery({
    queryKey: HEALTH_KEY,
    queryFn: () => api.call('data.health', {}),
    staleTime: Infinity,
    // A check that could not run says nothing about the file: the screens carry on.
    throwOnError: false,
  });
  return { health: query.data, damaged: query.data?.status === 'damaged' };
}
