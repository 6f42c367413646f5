import { useQueryClient } from '@tanstack/react-query';
import { use, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clearStaleToasts, ToastQueueContext } from '../components/toast-queue';
import { useToast } from '../components/useToast';
import { DataGenerationContext } from './data-generation';
import { DraftsContext } from './drafts';
import { refreshAfterChange } from './query-client';
import { useApi } from './useApi';

/**
 * Follows the core's `data.changed`: whatever is on screen reloads. When everything was replaced
 * (`*`: a backup restored, here or in another window), open forms are closed and their drafts
 * dropped, with a word to the person: saving them would write edits of the old data over the
 * restored one. Toasts about the old data go too.
 */
export function DataChanges({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const drafts = use(DraftsContext);
  const toast = useToast();
  const toasts = use(ToastQueueContext);
  const [generation, setGeneration] = useState(0);

  useEffect(
    () =>
      api.on('data.changed', ({ domains }) => {
        if (domains.includes('*')) {
          // An Undo about the old data would act on records that are gone.
          if (toasts) clearStaleToasts(toasts);
          if (drafts.size > 0) {
            toast.info(t('dataSafety.formsClosed'), undefined, { aboutReplacedData: true });
          }
          drafts.clear();
          setGeneration((g) => g + 1);
        }
        void refreshAfterChange(queryClient, domains);
      }),
    [api, queryClient, drafts, toast, toasts, t],
  );

  return <DataGenerationContext value={generation}>{children}</DataGenerationContext>;
}
