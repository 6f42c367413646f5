import { use, useMemo } from 'react';
import { ToastQueueContext, type ToastAction } from './toast-queue';

/** Long enough to read a sentence; the timer pauses while the toasts have focus or hover. */
export const INFO_TIMEOUT_MS = 6_000;
/** Long enough to read and reach the Undo button (F6 moves to the notifications). */
export const ACTION_TIMEOUT_MS = 10_000;

export interface InfoOptions {
  /** The toast reports a restore or an import: it stays when stale toasts are cleared. */
  aboutReplacedData?: boolean;
}

export function useToast() {
  const queue = use(ToastQueueContext);
  if (!queue) throw new Error('useToast needs a <Toasts> provider above it.');
  return useMemo(
    () => ({
      info: (message: string, action?: ToastAction, options: InfoOptions = {}) =>
        queue.add(
          { message, tone: 'info', action, aboutReplacedData: options.aboutReplacedData },
          { timeout: action ? ACTION_TIMEOUT_MS : INFO_TIMEOUT_MS },
        ),
      // Errors stay until dismissed: nobody should miss that something was not saved.
      error: (message: string) => queue.add({ message, tone: 'error' }),
    }),
    [queue],
  );
}
