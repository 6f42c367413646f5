import { useEffect, useEffectEvent } from 'react';
import { shortcutFor, type ShortcutAction } from './shortcuts';

/** What each shortcut does now; an action left out does nothing (e.g. round keys outside a round). */
export type ShortcutHandlers = Partial<Record<ShortcutAction, (event: KeyboardEvent) => void>>;

/** Listens for run mode's shortcuts on the whole page while the run screen is shown. */
export function useRunShortcuts(handlers: ShortcutHandlers) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const shortcut = shortcutFor(event);
    const handler = shortcut && handlers[shortcut.action];
    if (!handler) return;
    // Space would scroll the page, "?" and letters could reach a focused control.
    event.preventDefault();
    handler(event);
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
