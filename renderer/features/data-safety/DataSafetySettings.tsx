import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCoreQuery } from '../../app/useCore';
import { BACKUPS_PATH } from './links';
import { useDataFormats } from './useDataFormats';

/** The Settings section that leads to the backups: when the last one was made, and the way in. */
export function DataSafetySettings() {
  const { t } = useTranslation();
  const { dateTime } = useDataFormats();
  // Backups are unavailable only in a session with no database file; the link still explains.
  const list = useCoreQuery('backup.list', {}, { handleErrors: true });
  const last = list.data?.[0];
  return (
    <section aria-labelledby="settings-data-title" className="settings__data">
      <h2 id="settings-data-title">{t('dataSafety.title')}</h2>
      <p>{t('dataSafety.settingsIntro')}</p>
      {list.data && (
        <p>
          {last
            ? t('dataSafety.lastBackup', { date: dateTime(last.createdAt) })
            : t('dataSafety.noBackupYet')}
        </p>
      )}
      <p>
        <Link to={BACKUPS_PATH}>{t('dataSafety.manage')}</Link>
      </p>
    </section>
  );
}
