import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The core is on this machine: being offline must never pause a query.
        networkMode: 'always',
        // A local call that failed will fail again; the error screen offers "Try again".
        retry: false,
        // Data changes only through the core, which says so with `data.changed`.
        refetchOnWindowFocus: false,
        // Show the error screen only when there is nothing to show; otherwise keep the last data.
        throwOnError: (_error, query) => query.state.data === undefined,
      },
      mutations: { networkMode: 'always' },
    },
  });
}
