import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SECURITY_PATH } from './links';
import { useProtectionText } from './useProtectionText';
import { useVault } from './vault-context';

/** The Settings section that leads to Security and privacy: how the data is kept, in one line. */
export function SecuritySettings() {
  const { t } = useTranslation();
  const { status } = useVault();
  const protection = useProtectionText(status);
  return (
    <section aria-labelledby="settings-security-title" className="settings__security">
      <h2 id="settings-security-title">{t('security.title')}</h2>
      <p>{protection}</p>
      <p>
        <Link to={SECURITY_PATH}>{t('security.manage')}</Link>
      </p>
    </section>
  );
}
