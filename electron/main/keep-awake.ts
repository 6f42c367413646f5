import { events } from '../../shared/contract';
import type { Core } from '../core/create-core';

/** The part of Electron's powerSaveBlocker used here. */
export interface Blocker {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): unknown;
  isStarted(id: number): boolean;
}

/**
 * While any meeting's countdown runs, the screen must not dim or the laptop sleep: the room is
 * watching the projector. The core says when that starts and stops (`timer.running`).
 * Returns a function that stops listening and lets the system sleep again.
 */
export function keepAwakeWhileTimersRun(core: Pick<Core, 'onEvent'>, blocker: Blocker): () => void {
  let id: number | undefined;
  const release = () => {
    if (id !== undefined && blocker.isStarted(id)) blocker.stop(id);
    id = undefined;
  };
  const stopListening = core.onEvent((event) => {
    if (event.event !== 'timer.running') return;
    const payload = events['timer.running'].safeParse(event.payload);
    if (!payload.success) return;
    if (payload.data.running && id === undefined) id = blocker.start('prevent-display-sleep');
    else if (!payload.data.running) release();
  });
  return () => {
    stopListening();
    release();
  };
}
