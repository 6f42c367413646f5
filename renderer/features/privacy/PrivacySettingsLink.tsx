import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PRIVACY_SETTINGS_PATH } from './links';

/** The Settings section that leads to retention and the access log. */
export function PrivacySettingsLink() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="settings-privacy-title">
      <h2 id="settings-privacy-title">{t('privacySettings.title')}</h2>
      <p>{t('privacySettings.settingsIntro')}</p>
      <p>
        <Link to={PRIVACY_SETTINGS_PATH}>{t('privacySettings.manage')}</Link>
      </p>
    </section>
  );
}
