import { use } from 'react';
import { SettingsContext, type SettingsValue } from './settings-context';

export function useSettings(): SettingsValue {
  const value = use(SettingsContext);
  if (!value) throw new Error('useSettings needs <SettingsProvider> above it.');
  return value;
}
