import { createContext } from 'react';
import type { UNSTABLE_ToastQueue as ToastQueue } from 'react-aria-components';

export interface ToastAction {
  label: string;
  onAction: () => void;
}

export interface ToastContent {
  message: string;
  tone: 'info' | 'error';
  action?: ToastAction | undefined;
  /**
   * Says something about data that replaced everything (a restore, an import), so it stays when
   * the toasts about the replaced data are cleared.
   */
  aboutReplacedData?: boolean | undefined;
}

export const ToastQueueContext = createContext<ToastQueue<ToastContent> | null>(null);

/**
 * After all data was replaced, toasts about the old data (and their Undo buttons) are stale:
 * only those about the replacement itself stay.
 */
export function clearStaleToasts(queue: ToastQueue<ToastContent>): void {
  const keep = queue.visibleToasts.filter((toast) => toast.content.aboutReplacedData);
  queue.clear();
  for (const toast of keep) queue.add(toast.content, { timeout: toast.timeout });
}
