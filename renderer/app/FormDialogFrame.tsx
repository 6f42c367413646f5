import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Dialog } from '../components/Dialog';
import type { FormDialog } from './useFormDialog';

export interface FormDialogFrameProps {
  dialog: FormDialog;
  title: string;
  children: ReactNode;
}

/**
 * The dialog around a create or edit form. Escape or a click outside closes it at once when
 * nothing was typed; with unsaved changes it asks first, and "Keep editing" is the default answer.
 */
export function FormDialogFrame({ dialog, title, children }: FormDialogFrameProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <Dialog
      title={title}
      isOpen={dialog.isOpen}
      onOpenChange={(open) => {
        if (open) return;
        if (dialog.hasChanges()) setConfirming(true);
        else dialog.close();
      }}
    >
      {children}
      {/* Inside the form's dialog, so focus moves into the question and back to the form. */}
      <ConfirmDialog
        title={t('drafts.discardTitle')}
        body={t('drafts.discardBody')}
        cancelLabel={t('drafts.keepEditing')}
        confirmLabel={t('drafts.discard')}
        destructive
        isOpen={confirming}
        onOpenChange={setConfirming}
        onConfirm={dialog.close}
      />
    </Dialog>
  );
}
