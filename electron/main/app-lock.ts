import type { Core } from '../core/create-core';

/** The part of Electron's powerMonitor used here. */
export interface AwaySignals {
  on(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
  off(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
}

/**
 * Engages the app lock through the core, as the lock button does: an explicit lock (not `idle`),
 * so it happens even while a countdown runs. `unavailable` only means no app lock is set up, so
 * there is nothing to do; anything else is logged: the returned promise never rejects (a menu or a system event calls it).
 * Notes still being typed keep their local copy and are saved after the unlock.
 */
export async function lockApp(core: Pick<Core, 'call'>): Promise<void> {
  try {
    const result = await core.call('vault.lock', {});
    if (!result.ok && result.error.code !== 'unavailable') {
      console.error('[roundtable] Could not lock', result.error);
    }
  } catch (error) {
    console.error('[roundtable] Could not lock', error);
  }
}

/**
 * The person has left the computer when the OS locks its screen or the system goes to sleep:
 * lock Roundtable too, so the data is not open to whoever wakes or unlocks it next.
 * Returns a function that stops listening.
 */
export function lockWhenAway(core: Pick<Core, 'call'>, signals: AwaySignals): () => void {
  const lock = () => void lockApp(core);
  signals.on('lock-screen', lock);
  signals.on('suspend', lock);
  return () => {
    signals.off('lock-screen', lock);
    signals.off('suspend', lock);
  };
}
