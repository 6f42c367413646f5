import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, MethodOutput } from '../../../shared/contract';
import { isAppError, type AppError, type ErrorCode } from '../../../shared/errors';
import { refreshAfterChange } from '../../app/query-client';
import { useApi } from '../../app/useApi';
import { useToast } from '../../components/useToast';
import { useDataFormats } from './useDataFormats';

const FAILURES: Partial<Record<ErrorCode, string>> = {
  not_found: 'dataSafety.restore.notFound',
  conflict: 'dataSafety.restore.tooNew',
  storage: 'dataSafety.restore.storage',
};

/**
 * Restores a backup and says which one. The core makes the safety copy first and tells every
 * window that all data changed; this window also reloads at once, health included, without
 * waiting for that event.
 */
export function useRestoreBackup() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { dateTime } = useDataFormats();
  // Callbacks given here run even if the screen was replaced meanwhile (it is, after a restore).
  return useMutation<MethodOutput<'backup.restore'>, AppError, BackupInfo>({
    mutationFn: ({ id }) => api.call('backup.restore', { id }),
    onSuccess: ({ restored, safetyCopy }) => {
      void refreshAfterChange(queryClient, ['*']);
      const date = dateTime(restored.createdAt);
      toast.info(
        t(safetyCopy ? 'dataSafety.restore.doneWithCopy' : 'dataSafety.restore.done', { date }),
        undefined,
        { aboutReplacedData: true },
      );
    },
    onError: (error) => {
      const code = isAppError(error) ? error.code : 'internal';
      toast.error(t(FAILURES[code] ?? 'dataSafety.restore.failed'));
    },
  });
}
