import { createContext, use } from 'react';

export interface PrivacyState {
  /** True while the notes are covered because the laptop is shown to the room. */
  isOn: boolean;
  toggle: () => void;
  setOn: (on: boolean) => void;
}

export const PrivacyContext = createContext<PrivacyState | null>(null);

/** The privacy screen's state, shared by run mode and the notes screen (PrivacyProvider). */
export function usePrivacy(): PrivacyState {
  const state = use(PrivacyContext);
  if (!state) throw new Error('usePrivacy needs a <PrivacyProvider> above it.');
  return state;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Ctrl+Shift+H (⌘⇧H on a Mac): with a modifier, so it works while typing in the notes, where
 * plain letters are text. H for "hide".
 */
export const PRIVACY_SHORTCUT = {
  shown: isMac ? '⌘⇧H' : 'Ctrl+Shift+H',
  aria: isMac ? 'Meta+Shift+H' : 'Control+Shift+H',
  matches: (event: KeyboardEvent) =>
    (event.ctrlKey || event.metaKey) &&
    event.shiftKey &&
    !event.altKey &&
    // The key as the layout names it, as run mode's shortcuts do.
    event.key.toLowerCase() === 'h',
};
