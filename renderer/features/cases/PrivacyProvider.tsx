import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { PrivacyContext, type PrivacyState } from './privacy-context';

/** Kept for the window's session: a reload while the laptop is projected must not show the notes. */
const STORAGE_KEY = 'roundtable.privacyScreen';

function readStored(): boolean {
  try {
    return sessionStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

function store(on: boolean) {
  try {
    if (on) sessionStorage.setItem(STORAGE_KEY, 'on');
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode, quota): the screen still works for this page.
  }
}

/**
 * The privacy screen's state for the whole app, so it stays on when the chair moves between run
 * mode and the notes with the laptop still shown to the room.
 */
export function PrivacyProvider({ children }: { children: ReactNode }) {
  const [isOn, setState] = useState(readStored);
  const setOn = useCallback((on: boolean) => {
    store(on);
    setState(on);
  }, []);
  const value = useMemo<PrivacyState>(
    () => ({ isOn, setOn, toggle: () => setOn(!isOn) }),
    [isOn, setOn],
  );
  return <PrivacyContext value={value}>{children}</PrivacyContext>;
}
