import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultState, VaultStatus } from '../../../shared/contract';
import { useApi } from '../../app/useApi';
import { useCoreQuery } from '../../app/useCore';
import { Button } from '../../components/Button';
import { flushAllNotes } from '../notes/useNoteAutosave';
import { AppLock } from './AppLock';
import { LockScreen } from './LockScreen';
import { SetupScreen } from './SetupScreen';
import { VAULT_STATUS_KEY, VaultContext, type VaultValue } from './vault-context';

/** What the lock screen itself reads: everything else is dropped from memory when the data closes. */
const KEPT_WHILE_CLOSED = new Set(['vault.status', 'settings.get', 'app.info']);

/** The longest the app waits for the core's reload after an unlock before it shows the data. */
const REFRESH_GRACE_MS = 1500;

/**
 * The app exists only while the vault is open: in `setup` the passphrase is chosen, while
 * `locked` the lock screen stands alone, and the app's screens (and their data) are not rendered
 * at all. The router is above, so the route is kept: unlocking returns to the same screen, and
 * the open forms come back from their drafts.
 */
export function VaultGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const query = useCoreQuery('vault.status', {}, { handleErrors: true });
  const status = query.data;
  const { ready, reopened } = useReadyAfterUnlock(status?.state);

  useEffect(
    () =>
      api.on('vault.changed', ({ state }) => {
        // Closing hides the data at once; opening waits for the status to be read again.
        if (state !== 'open') {
          queryClient.setQueryData<VaultStatus>(
            VAULT_STATUS_KEY,
            (old) => old && { ...old, state },
          );
        }
        void queryClient.invalidateQueries({ queryKey: VAULT_STATUS_KEY });
      }),
    [api, queryClient],
  );

  const lockNow = useCallback(
    async (options: { idle?: boolean } = {}) => {
      // What is being typed goes to the core first: once locked, it refuses every save.
      await flushAllNotes(api);
      queryClient.setQueryData(
        VAULT_STATUS_KEY,
        await api.call('vault.lock', { idle: options.idle ?? false }),
      );
    },
    [api, queryClient],
  );

  const open = status?.state === 'open';
  useEffect(() => {
    if (!status || open) return;
    // Nothing of the data stays in this window's memory while it is closed.
    queryClient.removeQueries({
      predicate: (q) => !KEPT_WHILE_CLOSED.has(String(q.queryKey[0])),
    });
  }, [status, open, queryClient]);

  const value = useMemo<VaultValue | null>(
    () => (status && open ? { status, lockNow } : null),
    [status, open, lockNow],
  );

  if (!status) {
    return (
      <main className="startup">
        {query.isError ? (
          <div role="alert">
            <h1>{t('errors.title')}</h1>
            <p>{t('errors.unavailable')}</p>
            <Button variant="primary" onPress={() => void query.refetch()}>
              {t('errors.tryAgain')}
            </Button>
          </div>
        ) : (
          <p role="status">{t('app.loading')}</p>
        )}
      </main>
    );
  }
  if (status.state === 'setup') return <SetupScreen status={status} />;
  if (status.state === 'locked') return <LockScreen status={status} />;
  if (!ready || !value) {
    return (
      <main className="startup">
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  }
  return (
    <VaultContext value={value}>
      {reopened && <Reopened />}
      <AppLock />
      {children}
    </VaultContext>
  );
}

/**
 * Back after a lock: the data was dropped and loads as the screens mount; what the lock screen
 * kept is read again (the settings come from the real file after an unlock at start-up).
 */
function Reopened() {
  const queryClient = useQueryClient();
  useEffect(() => {
    void queryClient.invalidateQueries({
      predicate: (q) =>
        q.queryKey[0] !== 'vault.status' && KEPT_WHILE_CLOSED.has(String(q.queryKey[0])),
    });
    // Whatever had focus was on the lock screen: start at the screen's content.
    document.getElementById('main')?.focus();
  }, [queryClient]);
  return null;
}

/**
 * Unlocking makes the core announce `data.changed ['*']`, which DataChanges (inside the app)
 * takes for a restored backup: it would close the open forms and drop what was typed in them.
 * So the app is mounted only once that announcement has passed, which it has nearly always by
 * the time the status is read again (both events come down the same stream, before the answer),
 * or after a moment when the stream is down.
 */
function useReadyAfterUnlock(state: VaultState | undefined): {
  ready: boolean;
  /** The data was closed at least once since the app started. */
  reopened: boolean;
} {
  const api = useApi();
  const [reloads, setReloads] = useState(0);
  const [seen, setSeen] = useState(state);
  const [reloadsAtClose, setReloadsAtClose] = useState<number | null>(null);
  const [graceOver, setGraceOver] = useState(false);

  useEffect(
    () =>
      api.on('data.changed', ({ domains }) => {
        if (domains.includes('*')) setReloads((n) => n + 1);
      }),
    [api],
  );

  if (state !== seen) {
    setSeen(state);
    if (state !== undefined && state !== 'open' && (seen === undefined || seen === 'open')) {
      setReloadsAtClose(reloads);
      setGraceOver(false);
    }
  }

  const waiting = state === 'open' && reloadsAtClose === reloads && !graceOver;
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setGraceOver(true), REFRESH_GRACE_MS);
    return () => clearTimeout(timer);
  }, [waiting]);
  return { ready: !waiting, reopened: reloadsAtClose !== null };
}
