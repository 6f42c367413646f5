import { useEffect, useEffectEvent } from 'react';
import { useSettings } from '../../app/useSettings';
import { isLockShortcut } from './lock-shortcut';
import { useIdleLock } from './useIdleLock';
import { useVault } from './vault-context';

/**
 * The app lock's triggers while the data is open: the idle timer (Settings › Security, "Lock
 * after") and Ctrl/Cmd+Shift+L, which works everywhere, in a dialog or while typing notes.
 * A lock that fails leaves the app as it is; Settings › Security says why.
 */
export function AppLock() {
  const { status, lockNow } = useVault();
  const { settings } = useSettings();
  const enabled = status.appLock.enabled;
  const lock = (idle = false) => void lockNow({ idle }).catch(() => undefined);

  // While a countdown runs the core lets an idle lock pass: the chair is presenting.
  useIdleLock(enabled ? settings.lockAfterMinutes : 0, () => lock(true));

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!enabled || event.repeat || !isLockShortcut(event)) return;
    // The browser's own Ctrl+Shift+L (if any) must not also run.
    event.preventDefault();
    lock();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    // Captured: no widget that handles keys itself can keep the lock from the person.
    document.addEventListener('keydown', listener, true);
    return () => document.removeEventListener('keydown', listener, true);
  }, []);

  return null;
}
