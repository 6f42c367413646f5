import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { PageTitle } from '../../components/PageTitle';
import { AppLockSettings } from './AppLockSettings';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { LockIcon } from './LockScreen';
import { RekeySection } from './RekeySection';
import { useProtectionText } from './useProtectionText';
import { useVault } from './vault-context';

/**
 * Settings › Security and privacy: how the data is protected, the passphrase, the app lock and
 * the encryption key. Passphrases typed here are never kept as drafts (those survive a reload in
 * the tab's storage): a form left half-typed is simply empty next time.
 */
export function SecurityScreen() {
  const { t } = useTranslation();
  const { status } = useVault();
  const protection = useProtectionText(status);
  const passphraseMode = status.protection === 'passphrase';
  return (
    <>
      <BackLink to="/settings">{t('security.back')}</BackLink>
      <PageTitle>{t('security.title')}</PageTitle>
      <section aria-labelledby="security-protection-title" className="security__section">
        <h2 id="security-protection-title">{t('security.protection.title')}</h2>
        <p className="security__protection">
          {status.encrypted && <LockIcon />}
          {protection}
        </p>
      </section>
      <section aria-labelledby="security-lock-title" className="security__section">
        <h2 id="security-lock-title">{t('security.lock.title')}</h2>
        <AppLockSettings status={status} />
      </section>
      {status.appLock.hasPassphrase && (
        <section aria-labelledby="security-change-title" className="security__section">
          <h2 id="security-change-title">
            {t(passphraseMode ? 'security.change.title' : 'security.change.lockTitle')}
          </h2>
          <ChangePassphraseForm passphraseMode={passphraseMode} />
        </section>
      )}
      {status.encrypted && (
        <section aria-labelledby="security-rekey-title" className="security__section">
          <h2 id="security-rekey-title">{t('security.rekey.title')}</h2>
          <RekeySection />
        </section>
      )}
    </>
  );
}
