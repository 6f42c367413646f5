import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { isAppError } from '../../shared/errors';
import type { ApiClient } from '../api/client';
import { Toasts } from '../components/Toasts';
import { PrivacyProvider } from '../features/cases/PrivacyProvider';
import { VaultGate } from '../features/security/VaultGate';
import { VAULT_STATUS_KEY } from '../features/security/vault-context';
import { ApiContext } from './api-context';
import { DataChanges } from './DataChanges';
import {
  DraftsContext,
  hasUnsavedDrafts,
  saveDraftsForReload,
  takeDraftsSavedForReload,
} from './drafts';
import { createQueryClient, HEALTH_KEY } from './query-client';
import { SettingsProvider } from './SettingsProvider';

/**
 * A call the disk refused may mean the file is damaged: check its health again; a call refused
 * as `locked` means another window locked the app: read the vault's state again. The core says
 * so with an event too, but over HTTP that can arrive later, or be missed while reconnecting.
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
        if (isAppError(error) && error.code === 'locked') {
          void queryClient.invalidateQueries({ queryKey: VAULT_STATUS_KEY });
        }
        throw error;
      }
    },
  };
}

/** Asks before the page is reloaded or closed with unsaved typing, and keeps it for the reload. */
function useUnsavedDraftsGuard(drafts: Map<string, unknown>) {
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      // The browser asks the user; in the desktop app the main process asks (will-prevent-unload).
      if (!hasUnsavedDrafts(drafts)) return;
      event.preventDefault();
      // Older browsers only ask when a return value is set.
      event.returnValue = '';
    };
    const pageHide = () => saveDraftsForReload(drafts);
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('pagehide', pageHide);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('pagehide', pageHide);
    };
  }, [drafts]);
}

export function AppProviders({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [api] = useState(() => watchStorageErrors(client, queryClient));
  // A reload (or a window closed and reopened from history) comes back with its open forms.
  const [drafts] = useState(takeDraftsSavedForReload);
  useUnsavedDraftsGuard(drafts);

  return (
    <ApiContext value={api}>
      <QueryClientProvider client={queryClient}>
        <SettingsProvider>
          {/* Locked, nothing below is rendered: no screen, no toast, nothing of the data. */}
          <VaultGate>
            <DraftsContext value={drafts}>
              <Toasts>
                <DataChanges>
                  <PrivacyProvider>{children}</PrivacyProvider>
                </DataChanges>
              </Toasts>
            </DraftsContext>
          </VaultGate>
        </SettingsProvider>
      </QueryClientProvider>
    </ApiContext>
  );
}
