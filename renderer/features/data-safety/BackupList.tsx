import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { useToast } from '../../components/useToast';
import { useDataFormats } from './useDataFormats';
import { useRestoreBackup } from './useRestoreBackup';

/** The backups, newest first, with "Back up now" and a Restore button on each that can be restored. */
export function BackupList({ damaged }: { damaged: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const formats = useDataFormats();
  const list = useCoreQuery('backup.list', {}, { handleErrors: true });
  const config = useCoreQuery('backup.getConfig', {}, { handleErrors: true });
  const create = useCoreMutation('backup.create');
  const restore = useRestoreBackup();
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const activeFolder = config.data?.activeFolder;
  const busy = create.isPending || restore.isPending;

  const backUpNow = () =>
    create.mutateAsync({}).then(
      (made) =>
        toast.info(t('dataSafety.backups.made', { date: formats.dateTime(made.createdAt) })),
      (error: unknown) => {
        const storage = isAppError(error) && error.code === 'storage';
        toast.error(
          storage
            ? t('dataSafety.backups.notWritten', { folder: activeFolder ?? '' })
            : t('dataSafety.backups.failed'),
        );
      },
    );

  if (list.isError) {
    return (
      <p className="notice notice--error">
        <span aria-hidden="true">⚠ </span>
        {t(
          list.error.code === 'unavailable'
            ? 'dataSafety.unavailable'
            : `errors.${list.error.code}`,
        )}
      </p>
    );
  }

  const retention = config.data?.retention;
  return (
    <>
      <p>
        {retention
          ? t('dataSafety.backups.intro', { daily: retention.daily, weekly: retention.weekly })
          : t('common.loading')}
      </p>
      {!damaged && (
        <div className="toolbar">
          <Button
            variant="primary"
            isPending={create.isPending}
            isDisabled={restore.isPending}
            onPress={() => void backUpNow()}
          >
            {create.isPending ? t('dataSafety.backups.making') : t('dataSafety.backups.now')}
          </Button>
        </div>
      )}
      <div role="status" className="data-safety__status">
        {restore.isPending && <p>{t('dataSafety.restore.restoring')}</p>}
      </div>
      {list.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <DataTable
          caption={t('dataSafety.backups.listLabel')}
          className="backups"
          columns={[
            t('dataSafety.backups.columns.date'),
            t('dataSafety.backups.columns.kind'),
            t('dataSafety.backups.columns.contents'),
            { label: t('dataSafety.backups.columns.size'), className: 'table__number' },
          ]}
          hasActions
          empty={t('dataSafety.backups.empty')}
          rows={list.data.map((backup) => {
            const date = formats.dateTime(backup.createdAt);
            return (
              <tr key={backup.id}>
                <th scope="row">
                  {date}
                  {activeFolder !== undefined && backup.folder !== activeFolder && (
                    <span className="backups__folder">
                      {t('dataSafety.backups.inFolder', { folder: backup.folder })}
                    </span>
                  )}
                </th>
                <td>{formats.kind(backup.kind)}</td>
                <td>{formats.summary(backup.summary)}</td>
                <td className="table__number">{formats.size(backup.sizeBytes)}</td>
                <td className="backups__action">
                  {backup.summary === null ? (
                    <span className="muted">{t('dataSafety.backups.cannotRestore')}</span>
                  ) : (
                    <Button isDisabled={busy} onPress={() => setConfirming(backup)}>
                      {t('dataSafety.backups.restore')}{' '}
                      <span className="visually-hidden">
                        {t('dataSafety.backups.restoreWhich', { date })}
                      </span>
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        />
      )}
      <ConfirmDialog
        title={t('dataSafety.restore.title')}
        body={
          confirming
            ? t('dataSafety.restore.body', {
                date: formats.dateTime(confirming.createdAt),
                summary: formats.summary(confirming.summary),
              })
            : ''
        }
        confirmLabel={t('dataSafety.restore.confirm')}
        isOpen={confirming !== null}
        onOpenChange={(open) => {
          if (!open) setConfirming(null);
        }}
        onConfirm={() => {
          if (confirming) restore.mutate(confirming);
        }}
      />
    </>
  );
}
