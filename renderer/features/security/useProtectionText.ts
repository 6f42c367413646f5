import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../shared/contract';

/** How the data is protected, in one sentence a person can repeat to their privacy officer. */
export function useProtectionText(status: VaultStatus): string {
  const { t } = useTranslation();
  if (!status.encrypted) return t('security.protection.none');
  return status.protection === 'os'
    ? t('security.protection.os')
    : t('security.protection.passphrase');
}
