import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { Link } from 'react-router';
import type { Health } from '../../../shared/contract';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { BACKUPS_PATH } from './links';
import { useDataFormats } from './useDataFormats';
import { useRestoreBackup } from './useRestoreBackup';

/**
 * Shown instead of the app when the database file is damaged: what happened in plain words, that
 * nothing more is written, and the way back (the latest good backup, or the list of backups).
 */
export function DamagedNotice({ health }: { health: Health }) {
  const { t } = useTranslation();
  const formats = useDataFormats();
  const restore = useRestoreBackup();
  const [confirming, setConfirming] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const backup = health.latestGoodBackup;

  // Whatever had focus is gone: start reading here.
  useEffect(() => title.current?.focus(), []);

  return (
    <main className="damaged" id="main">
      <div className="damaged__panel">
        <h1 ref={title} tabIndex={-1} className="page-title">
          <span aria-hidden="true">⚠</span>
          {t('dataSafety.damaged.title')}
        </h1>
        <p className="lead">{t('dataSafety.damaged.body')}</p>
        <p className="lead">
          <strong>{t('dataSafety.damaged.stopped')}</strong>
        </p>
        {backup ? (
          <section aria-labelledby="latest-backup-title" className="damaged__backup">
            <h2 id="latest-backup-title">{t('dataSafety.damaged.latest')}</h2>
            <p className="damaged__backup-date">{formats.dateTime(backup.createdAt)}</p>
            <p>
              {formats.kind(backup.kind)} · {formats.summary(backup.summary)}
            </p>
            <p>{t('dataSafety.damaged.latestBody')}</p>
            <div role="status">
              {restore.isPending && <p>{t('dataSafety.restore.restoring')}</p>}
            </div>
            <Button
              variant="primary"
              isPending={restore.isPending}
              onPress={() => setConfirming(true)}
            >
              {t('dataSafety.damaged.restore')}
            </Button>
          </section>
        ) : (
          <p className="notice notice--error">{t('dataSafety.damaged.noBackup')}</p>
        )}
        <p>
          <Link to={BACKUPS_PATH}>{t('dataSafety.damaged.allBackups')}</Link>
        </p>
        {health.problems.length > 0 && (
          <Disclosure className="disclosure">
            <Heading className="disclosure__heading">
              <Button slot="trigger" variant="quiet">
                {t('dataSafety.damaged.details')}
              </Button>
            </Heading>
            <DisclosurePanel className="disclosure__panel">
              {/* The core words these for whoever investigates, in English. */}
              <ul lang="en" className="damaged__problems">
                {health.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </DisclosurePanel>
          </Disclosure>
        )}
      </div>
      {backup && (
        <ConfirmDialog
          title={t('dataSafety.damaged.confirmTitle')}
          body={t('dataSafety.damaged.confirmBody', {
            date: formats.dateTime(backup.createdAt),
            summary: formats.summary(backup.summary),
          })}
          confirmLabel={t('dataSafety.restore.confirm')}
          isOpen={confirming}
          onOpenChange={setConfirming}
          onConfirm={() => restore.mutate(backup)}
        />
      )}
    </main>
  );
}
