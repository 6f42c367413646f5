import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { PageTitle } from '../../components/PageTitle';
import { AccessLog } from './AccessLog';
import { RetentionPreview } from './RetentionPreview';
import { RetentionSetting } from './RetentionSetting';
import './privacy.css';

/** Settings › Privacy: how long closed cases keep their notes, what is due, and the access log. */
export function PrivacySettingsScreen() {
  const { t } = useTranslation();
  const k = 'privacySettings';
  return (
    <>
      <BackLink to="/settings">{t(`${k}.back`)}</BackLink>
      <PageTitle>{t(`${k}.title`)}</PageTitle>
      <section aria-labelledby="retention-title" className="privacy-section">
        <h2 id="retention-title">{t(`${k}.retention.title`)}</h2>
        <RetentionSetting />
      </section>
      <section aria-labelledby="preview-title" className="privacy-section">
        <h2 id="preview-title">{t(`${k}.preview.title`)}</h2>
        <RetentionPreview />
      </section>
      <section aria-labelledby="access-log-title" className="privacy-section">
        <h2 id="access-log-title">{t(`${k}.accessLog.title`)}</h2>
        <AccessLog />
      </section>
    </>
  );
}
