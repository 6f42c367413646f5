import type { Clock, Schedule } from '../ports';

/** setTimeout's largest delay (about 24.8 days); a longer one fires at once. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * The hosts' `Schedule`: setTimeout, with the delay taken from the core's clock. It checks the
 * clock again when the timeout fires and waits for the rest if it is early (a timeout longer than
 * setTimeout allows is waited out in chunks, and a loop's cached time can make one fire a
 * millisecond early), so `fn` never runs before `at`. The timeout does not keep the process alive
 * on its own: a host that is exiting is not held back by a countdown.
 */
export function timeoutSchedule(clock: Clock): Schedule {
  return (at, fn) => {
    let handle: ReturnType<typeof setTimeout> | undefined;
    const wait = () => {
      const delay = at - clock.now();
      if (delay <= 0) {
        handle = undefined;
        fn();
        return;
      }
      handle = setTimeout(wait, Math.min(delay, MAX_TIMEOUT_MS));
      handle.unref();
    };
    // Even a deadline already passed is reached through the event loop, never inside the caller.
    handle = setTimeout(wait, Math.min(Math.max(0, at - clock.now()), MAX_TIMEOUT_MS));
    handle.unref();
    return () => {
      if (handle !== undefined) clearTimeout(handle);
      handle = undefined;
    };
  };
}
