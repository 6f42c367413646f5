import { useTranslation } from 'react-i18next';
import { PrivacyIcon } from './PrivacyScreen';

/** The rule every case screen repeats: a code, never a name. */
export function PrivacyHint() {
  const { t } = useTranslation();
  return (
    <p className="case-privacy-hint">
      <PrivacyIcon />
      <span>{t('cases.privacyHint')}</span>
    </p>
  );
}
