import { useEffect, useEffectEvent } from 'react';

/** What counts as someone at the computer. Captured, so no widget can hide it by stopping it. */
const ACTIVITY = ['mousemove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Every window of the app shares its activity: the presenter window on the projector gets no
 * input, and it must not lock the chair's window in the middle of their typing (nor may a
 * background tab in browser mode). Sent at most this often, as a time.
 */
const CHANNEL = 'roundtable.activity';
const SHARE_EVERY_MS = 5_000;

/**
 * Calls `onIdle` after `minutes` without activity in any window of the app (0: never). The timer
 * is armed for the remaining time only and re-armed when it fires early, so moving the mouse
 * costs one assignment, not a timer.
 */
export function useIdleLock(minutes: number, onIdle: () => void) {
  const fire = useEffectEvent(onIdle);

  useEffect(() => {
    if (minutes <= 0) return;
    const limit = minutes * 60_000;
    let last = Date.now();
    let shared = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;

    const arm = () => {
      timer = setTimeout(check, Math.max(0, last + limit - Date.now()));
    };
    function check() {
      if (Date.now() - last >= limit) {
        // A lock that fails (the core unreachable) is tried again a whole period later.
        last = Date.now();
        fire();
      }
      arm();
    }
    const active = () => {
      last = Date.now();
      if (channel && last - shared >= SHARE_EVERY_MS) {
        shared = last;
        channel.postMessage(last);
      }
    };
    if (channel) {
      channel.onmessage = (event: MessageEvent) => {
        if (typeof event.data === 'number') last = Math.max(last, Math.min(event.data, Date.now()));
      };
    }
    const options = { capture: true, passive: true };
    for (const name of ACTIVITY) window.addEventListener(name, active, options);
    window.addEventListener('focus', active);
    arm();
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, active, options);
      window.removeEventListener('focus', active);
      channel?.close();
    };
  }, [minutes]);
}
