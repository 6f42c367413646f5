import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RetentionPreview as Preview } from '../../../shared/contract';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { useToast } from '../../components/useToast';
import { casePath } from '../cases/links';
import { BACKUPS_PATH } from '../data-safety/links';
import { useErrorToast } from '../meetings/useErrorToast';
import { useMeetingFormat } from '../meetings/useMeetingFormat';

type DueCase = Preview['cases'][number];

/**
 * The cases due for purging under the period set, what would go and what stays for each, and the
 * purge itself: asked first (it cannot be undone), then written to the access log by the core.
 */
export function RetentionPreview() {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const toast = useToast();
  const failed = useErrorToast();
  const preview = useCoreQuery('retention.preview', {});
  const purge = useCoreMutation('retention.purge');
  const [confirming, setConfirming] = useState(false);
  const k = 'privacySettings.preview';

  if (!preview.data) return <p role="status">{t('common.loading')}</p>;
  const { cutoff, cases } = preview.data;
  if (cutoff === null) return <p className="empty">{t(`${k}.off`)}</p>;
  const count = cases.length;

  const run = () => {
    if (purge.isPending) return;
    void purge
      .mutateAsync({ caseIds: cases.map((c) => c.id) })
      .then(({ purged }) => toast.info(t(`${k}.done`, { count: purged })), failed);
  };

  return (
    <>
      <p>{t(`${k}.cutoff`, { date: format.shortDay(cutoff) })}</p>
      <DataTable
        caption={t(`${k}.caption`)}
        className="retention-table"
        columns={[
          t(`${k}.columns.code`),
          t(`${k}.columns.closedOn`),
          t(`${k}.columns.purged`),
          t(`${k}.columns.kept`),
        ]}
        empty={t(`${k}.none`)}
        rows={cases.map((kase) => (
          <DueRow key={kase.id} kase={kase} />
        ))}
      />
      {count > 0 && (
        <div className="retention-purge">
          <p>
            {t(`${k}.backupFirst`)} <Link to={BACKUPS_PATH}>{t(`${k}.backupLink`)}</Link>
          </p>
          <Button variant="danger" onPress={() => setConfirming(true)}>
            {t(`${k}.purge`, { count })}
          </Button>
        </div>
      )}
      {/* Said in words: the button is gone once nothing is left due, and a spinner's
          announcement would outlive it. */}
      <p role="status">{purge.isPending ? t(`${k}.purging`) : ''}</p>
      <ConfirmDialog
        title={t(`${k}.confirmTitle`, { count })}
        body={t(`${k}.confirmBody`, { count })}
        confirmLabel={t(`${k}.confirm`, { count })}
        destructive
        isOpen={confirming}
        onOpenChange={setConfirming}
        onConfirm={run}
      />
    </>
  );
}

function DueRow({ kase }: { kase: DueCase }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const k = 'privacySettings.preview';
  const purged = [
    ...(kase.hasInitials ? [t(`${k}.initials`)] : []),
    ...(kase.reviews > 0 ? [t(`${k}.reviews`, { count: kase.reviews })] : []),
    ...(kase.notes > 0 ? [t(`${k}.notes`, { count: kase.notes })] : []),
  ];
  return (
    <tr>
      <th scope="row">
        <Link to={casePath(kase.id)}>{kase.code}</Link>
      </th>
      <td>{format.shortDay(kase.closedOn)}</td>
      <td>{purged.length > 0 ? purged.join(', ') : t(`${k}.nothingLeft`)}</td>
      <td>
        {[
          t(`${k}.code`),
          t(`${k}.decisions`, { count: kase.keptDecisions }),
          t(`${k}.actions`, { count: kase.keptActions }),
        ].join(', ')}
      </td>
    </tr>
  );
}
