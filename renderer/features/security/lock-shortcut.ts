import { isApple } from '../search/shortcut';

/**
 * Ctrl+Shift+L (⌘⇧L on a Mac) locks the app. With a modifier and Shift, so it works while typing
 * in the notes; free elsewhere in the app (search is Ctrl+K, the privacy screen Ctrl+Shift+H, the
 * notes' captures Ctrl+Shift+A/D/G). L for "lock" (and "verrouiller" has no better letter free).
 */
export function isLockShortcut(event: KeyboardEvent, apple = isApple()): boolean {
  if (event.key.toLowerCase() !== 'l' || event.altKey || !event.shiftKey) return false;
  return apple ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
}

/** How the shortcut is written on screen, and for `aria-keyshortcuts`. */
export function lockShortcutLabel(apple = isApple()) {
  return apple
    ? { shown: '⌘⇧L', aria: 'Meta+Shift+L' }
    : { shown: 'Ctrl+Shift+L', aria: 'Control+Shift+L' };
}
