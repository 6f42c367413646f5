import { useEffect, useEffectEvent } from 'react';
import { isPauseSpace, shortcutFor, type ShortcutAction } from './shortcuts';

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

  /**
   * Space is taken before anything else sees it (window, capture phase): a focused button would
   * otherwise press itself too, on keydown (React Aria) or keyup (native). Both halves are
   * swallowed; only a fresh keydown toggles the pause.
   */
  const onSpace = useEffectEvent((event: KeyboardEvent) => {
    if (!handlers.togglePause || !isPauseSpace(event)) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.type === 'keydown' && !event.repeat) handlers.togglePause(event);
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    const space = (event: KeyboardEvent) => onSpace(event);
    document.addEventListener('keydown', listener);
    window.addEventListener('keydown', space, true);
    window.addEventListener('keyup', space, true);
    return () => {
      document.removeEventListener('keydown', listener);
      window.removeEventListener('keydown', space, true);
      window.removeEventListener('keyup', space, true);
    };
  }, []);
}
