import { createContext, use } from 'react';
import type { VaultStatus } from '../../../shared/contract';
import { queryKey } from '../../app/useCore';

/** The `vault.status` query, read by the gate and the screens that show or change it. */
export const VAULT_STATUS_KEY = queryKey('vault.status', {});

export interface VaultValue {
  /** The vault as the core last said (always `open` inside the gate). */
  status: VaultStatus;
  /**
   * Saves the notes being typed, then locks. Only when `status.appLock.enabled`; rejects with the
   * core's error if the lock was refused.
   */
  lockNow: (options?: { idle?: boolean }) => Promise<void>;
}

export const VaultContext = createContext<VaultValue | null>(null);

/** The open vault, inside <VaultGate>. */
export function useVault(): VaultValue {
  const value = use(VaultContext);
  if (!value) throw new Error('useVault needs a <VaultGate> above it.');
  return value;
}
