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
}

export const ToastQueueContext = createContext<ToastQueue<ToastContent> | null>(null);
