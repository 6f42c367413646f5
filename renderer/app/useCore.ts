import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { Method, MethodInput, MethodOutput } from '../../shared/contract';
import type { AppError } from '../../shared/errors';
import { refreshAfterChange } from './query-client';
import { useApi } from './useApi';

export const queryKey = <M extends Method>(method: M, input: MethodInput<M>) =>
  [method, input] as const;

export interface CoreQueryOptions {
  /** Keep showing the previous result while the next loads (search as you type). */
  keepPrevious?: boolean;
  /** Let the caller handle errors instead of the screen's error boundary. */
  handleErrors?: boolean;
}

/** Reads from the core; refreshed when the core reports `data.changed` in a domain it reads (query-client.ts). */
export function useCoreQuery<M extends Method>(
  method: M,
  input: MethodInput<M>,
  options: CoreQueryOptions = {},
): UseQueryResult<MethodOutput<M>, AppError> {
  const api = useApi();
  return useQuery({
    queryKey: queryKey(method, input),
    queryFn: () => api.call(method, input),
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
    ...(options.handleErrors ? { throwOnError: false } : {}),
  });
}

/** Writes through the core. Errors are `AppError`s for the caller to show next to the fields. */
export function useCoreMutation<M extends Method>(method: M) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<MethodOutput<M>, AppError, MethodInput<M>>({
    mutationFn: (input) => api.call(method, input),
    // The core's event also refreshes views, but over HTTP it can arrive a moment later:
    // the person who made the change sees it at once.
    onSuccess: () => refreshAfterChange(queryClient),
  });
}
