import { use, useMemo } from 'react';
import { ToastQueueContext, type ToastAction } from './toast-queue';

/** Long enough to read and reach the Undo button; the timer pauses while the toast has focus or hover. */
const TOAST_TIMEOUT_MS = 10_000;

export function useToast() {
  const queue = use(ToastQueueContext);
  if (!queue) throw new Error('useToast needs a <Toasts> provider above it.');
  return useMemo(
    () => ({
      info: (message: string, action?: ToastAction) =>
        queue.add({ message, tone: 'info', action }, { timeout: TOAST_TIMEOUT_MS }),
      // Errors stay until dismissed: nobody should miss that something was not saved.
      error: (message: string) => queue.add({ message, tone: 'error' }),
    }),
    [queue],
  );
}
