import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { ApiClient } from '../api/client';
import { Toasts } from '../components/Toasts';
import { ApiContext } from './api-context';
import { DraftsContext } from './drafts';
import { createQueryClient } from './query-client';
import { SettingsProvider } from './SettingsProvider';

export function AppProviders({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [drafts] = useState(() => new Map<string, unknown>());

  // Another window (or an import) may change data at any time: refresh whatever is on screen.
  useEffect(
    () => client.on('data.changed', () => void queryClient.invalidateQueries()),
    [client, queryClient],
  );

  return (
    <ApiContext value={client}>
      <QueryClientProvider client={queryClient}>
        <SettingsProvider>
          <DraftsContext value={drafts}>
            <Toasts>{children}</Toasts>
          </DraftsContext>
        </SettingsProvider>
      </QueryClientProvider>
    </ApiContext>
  );
}
