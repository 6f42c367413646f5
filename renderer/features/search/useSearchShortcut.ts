import { useEffect, useEffectEvent } from 'react';
import { isSearchShortcut } from './shortcut';

/**
 * True when a modal dialog (a form, a question) is open: the shortcut must not stack search on top
 * of it. Toasts are alert dialogs too, but they sit aside from the page and do not count.
 */
function modalIsOpen(): boolean {
  return [...document.querySelectorAll('[role="dialog"], [role="alertdialog"]')].some(
    (element) => !element.closest('.toast-region'),
  );
}

/** Calls `open` on Ctrl+K (⌘K on a Mac) anywhere on the page, unless a dialog is open. */
export function useSearchShortcut(open: () => void) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    // A focused widget that uses the key itself (an editor's link command) keeps it.
    if (event.defaultPrevented || event.repeat || !isSearchShortcut(event)) return;
    if (modalIsOpen()) return;
    // The browser would otherwise focus its own address or search bar.
    event.preventDefault();
    open();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
