import { use, useMemo } from 'react';
import { DraftsContext, OPEN_SUFFIX } from './drafts';
import { useDraft } from './useDraft';

export interface FormDialog {
  /** The draft key of the form inside the dialog. */
  key: string;
  isOpen: boolean;
  open: () => void;
  /** Closes the dialog and forgets its draft (after saving, or when the person cancels). */
  close: () => void;
  /** True when the form inside holds values that differ from what it started with. */
  hasChanges: () => boolean;
}

/**
 * A dialog holding a form. Whether it is open is kept with the drafts, so a screen that failed and
 * was tried again comes back with the dialog open and the typed values in it.
 */
export function useFormDialog(key: string): FormDialog {
  const drafts = use(DraftsContext);
  const openKey = `${key}${OPEN_SUFFIX}`;
  const [isOpen, setOpen] = useDraft(openKey, () => false);
  return useMemo(
    () => ({
      key,
      isOpen,
      open: () => setOpen(true),
      close: () => {
        setOpen(false);
        drafts.delete(openKey);
        drafts.delete(key);
      },
      hasChanges: () => drafts.has(key),
    }),
    [key, openKey, isOpen, setOpen, drafts],
  );
}
