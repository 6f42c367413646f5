import { useLayoutEffect, useRef, type FocusEvent, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex="0"]';

/** Within an item, the controls compared from one item to the next (a card's buttons, not its links). */
const SLOTS = '[data-focus-slots]';

const focusables = (item: Element) =>
  Array.from((item.querySelector(SLOTS) ?? item).querySelectorAll<HTMLElement>(FOCUSABLE));

/** Nothing has focus: the element that had it was removed with its item. */
const focusLost = () => {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
};

/**
 * Keeps keyboard focus when the item it was in leaves a list: a partner logged off "due", a row
 * filtered out by its new cadence, a deleted card. Without it focus falls to the page's start and
 * a keyboard or screen-reader user loses their place. Focus goes to the same control of the item
 * that took the lost one's place (else the one before it), or to `fallback` when none is left.
 *
 * Each item spreads `track(key)` on its root element; dialogs and popovers opened from an item
 * count as inside it (React focus events bubble through portals). Focus is only moved when it was
 * lost, never taken from where the user has put it since.
 */
export function useFocusAfterRemoval(
  keys: readonly string[],
  list: RefObject<HTMLElement | null>,
  fallback: () => HTMLElement | null,
) {
  const focused = useRef<{ key: string; slot: number } | null>(null);
  const previous = useRef<readonly string[]>(keys);

  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = keys;
    const lost = focused.current;
    if (lost === null || keys.includes(lost.key)) return;
    focused.current = null;
    if (!focusLost()) return;
    const index = before.indexOf(lost.key);
    const next =
      before.slice(index + 1).find((key) => keys.includes(key)) ??
      before
        .slice(0, Math.max(index, 0))
        .reverse()
        .find((key) => keys.includes(key));
    const item =
      next === undefined
        ? null
        : (list.current?.querySelector(`[data-focus-key="${CSS.escape(next)}"]`) ?? null);
    const controls = item ? focusables(item) : [];
    (controls[lost.slot] ?? controls[0] ?? fallback())?.focus();
  });

  return (key: string) => ({
    'data-focus-key': key,
    onFocus: (event: FocusEvent<HTMLElement>) => {
      const slot = focusables(event.currentTarget).indexOf(event.target);
      // Focus in a dialog or popover of the item keeps the control it was opened from.
      if (slot >= 0 || focused.current?.key !== key) {
        focused.current = { key, slot: Math.max(slot, 0) };
      }
    },
  });
}

/** What an item spreads on its root element. */
export type FocusTracking = ReturnType<ReturnType<typeof useFocusAfterRemoval>>;
