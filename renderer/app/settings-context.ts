import { createContext } from 'react';
import type { Settings } from '../../shared/contract';

export interface SettingsValue {
  settings: Settings;
  /** Applies at once and is saved by the core; rejects (and reverts) if saving failed. */
  update: (changes: Partial<Settings>) => Promise<void>;
}

export const SettingsContext = createContext<SettingsValue | null>(null);
