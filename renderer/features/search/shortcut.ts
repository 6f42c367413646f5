/** Apple keyboards use ⌘ where others use Ctrl. */
export function isApple(): boolean {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform;
  return /mac|iphone|ipad/i.test(platform);
}

/** Ctrl+K, or ⌘K on a Mac: opens search from anywhere. */
export function isSearchShortcut(event: KeyboardEvent, apple = isApple()): boolean {
  if (event.key.toLowerCase() !== 'k' || event.altKey || event.shiftKey) return false;
  return apple ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
}

/** How the shortcut is written on the button, and for `aria-keyshortcuts`. */
export function searchShortcutLabel(apple = isApple()) {
  return apple ? { shown: '⌘K', aria: 'Meta+K' } : { shown: 'Ctrl+K', aria: 'Control+K' };
}
