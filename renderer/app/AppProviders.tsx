import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { isAppError } from '../../shared/errors';
import type { ApiClient } from '../api/client';
import { Toasts } from '../components/Toasts';
import { ApiContext } from './api-context';
import { DataChanges } from './DataChanges';
import { DraftsContext } from './drafts';
import { createQueryClient, HEALTH_KEY } from './query-client';
import { SettingsProvider } from './SettingsProvider';

/**
 * A call the disk refused may mean the file is damaged: check its health again. The core says so
 * with an event too, but over HTTP that can arrive later, or be missed while reconnecting.
 */
function watchStorageErrors(client: ApiClient, queryClient: QueryClient): ApiClient {
  return {
    ...client,
    async call(method, input) {
      try {
        return await client.call(method, input);
      } catch (error) {
        if (isAppError(error) && error.code === 'storage') {
          void queryClient.invalidateQueries({ queryKey: HEALTH_KEY });
        }
        throw error;
      }
    },
  };
}

export function AppProviders({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [api] = useState(() => watchStorageErrors(client, queryClient));
  const [drafts] = useState(() => new Map<string, unknown>());

  return (
    <ApiContext value={api}>
      <QueryClientProvider client={queryClient}>
        <SettingsProvider>
          <DraftsContext value={drafts}>
            <Toasts>
              <DataChanges>{children}</DataChanges>
            </Toasts>
          </DraftsContext>
        </SettingsProvider>
      </QueryClientProvider>
    </ApiContext>
  );
}
