import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useToast } from '../../components/useToast';
import { lockShortcutLabel } from './lock-shortcut';
import { LockIcon } from './LockScreen';
import { useVault } from './vault-context';

/** The header's "Lock now", only when something can unlock again (a passphrase). */
export function LockButton() {
  const { t } = useTranslation();
  const { status, lockNow } = useVault();
  const toast = useToast();
  if (!status.appLock.enabled) return null;
  const shortcut = lockShortcutLabel();
  return (
    // Wrapped: the header pushes its first button (Search) to the right, not this one.
    <span className="lock-button">
      <Button
        variant="quiet"
        aria-keyshortcuts={shortcut.aria}
        onPress={() => void lockNow().catch(() => toast.error(t('lock.failed')))}
      >
        <LockIcon />
        {t('lock.now')}
        <kbd className="security__kbd">{shortcut.shown}</kbd>
      </Button>
    </span>
  );
}
