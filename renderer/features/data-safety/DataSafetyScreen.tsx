import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { PageTitle } from '../../components/PageTitle';
import { ArchiveTransfer } from './ArchiveTransfer';
import { BackupFolder } from './BackupFolder';
import { BackupList } from './BackupList';
import { useHealth } from './useHealth';

/**
 * Settings › Backups and data. With a damaged database only what helps recover is offered: the
 * core refuses new backups of a damaged file and exports of a file it cannot read.
 */
export function DataSafetyScreen() {
  const { t } = useTranslation();
  const { damaged } = useHealth();
  return (
    <>
      {!damaged && <BackLink to="/settings">{t('dataSafety.back')}</BackLink>}
      <PageTitle>{t('dataSafety.title')}</PageTitle>
      <section aria-labelledby="backups-title" className="data-safety__section">
        <h2 id="backups-title">{t('dataSafety.backups.title')}</h2>
        <BackupList damaged={damaged} />
      </section>
      <section aria-labelledby="folder-title" className="data-safety__section">
        <h2 id="folder-title">{t('dataSafety.folder.title')}</h2>
        <BackupFolder />
      </section>
      {!damaged && (
        <section aria-labelledby="archive-title" className="data-safety__section">
          <h2 id="archive-title">{t('dataSafety.archive.title')}</h2>
          <ArchiveTransfer />
        </section>
      )}
    </>
  );
}
