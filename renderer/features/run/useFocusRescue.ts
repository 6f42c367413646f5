import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * Runs a command and, if its result took away the focused control (the "Go to" of the item that
 * became current, Previous disabled on reaching the first item), puts focus on `anchor` — the
 * current item's title, so a screen reader also hears where the meeting is now — rather than
 * leaving keyboard users on the page's body. `state` is what the command changes: the check runs
 * once it has been drawn.
 */
export function useFocusRescue(anchor: RefObject<HTMLElement | null>, state: unknown) {
  const focusedBefore = useRef<Element | null>(null);

  useEffect(() => {
    const element = focusedBefore.current;
    if (!element) return;
    focusedBefore.current = null;
    const lost =
      !element.isConnected ||
      element.matches(':disabled') ||
      document.activeElement === null ||
      document.activeElement === document.body;
    if (lost) anchor.current?.focus();
  }, [state, anchor]);

  return useCallback(async (command: () => Promise<unknown>) => {
    const element = document.activeElement;
    await command();
    // A key pressed with nothing focused (on the page's body) leaves focus where it was.
    if (element && element !== document.body) focusedBefore.current = element;
  }, []);
}
