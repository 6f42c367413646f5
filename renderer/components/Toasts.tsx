import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';
import { ToastQueueContext, type ToastContent as Content } from './toast-queue';

/** Provides `useToast()` and renders the announcement area where toasts appear. */
export function Toasts({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [queue] = useState(() => new ToastQueue<Content>({ maxVisibleToasts: 3 }));
  return (
    <ToastQueueContext value={queue}>
      {children}
      <ToastRegion queue={queue} className="toast-region" aria-label={t('common.notifications')}>
        {({ toast }) => (
          <Toast toast={toast} className={`toast toast--${toast.content.tone}`}>
            <ToastContent className="toast__content">
              {toast.content.tone === 'error' && (
                <span aria-hidden="true" className="toast__icon">
                  ⚠
                </span>
              )}
              <Text slot="title">{toast.content.message}</Text>
              {toast.content.action && (
                // Toasts sit apart from the page: say how to reach the button from the keyboard.
                <Text slot="description" className="visually-hidden">
                  {t('common.toastShortcut')}
                </Text>
              )}
            </ToastContent>
            {toast.content.action && (
              <Button
                className="button button--primary"
                onPress={() => {
                  toast.content.action?.onAction();
                  queue.close(toast.key);
                }}
              >
                {toast.content.action.label}
              </Button>
            )}
            <Button slot="close" className="button button--quiet" aria-label={t('common.close')}>
              <span aria-hidden="true">×</span>
            </Button>
          </Toast>
        )}
      </ToastRegion>
    </ToastQueueContext>
  );
}
