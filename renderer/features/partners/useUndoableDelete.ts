import { useTranslation } from 'react-i18next';
import { isAppError } from '../../../shared/errors';
import { useCoreMutation } from '../../app/useCore';
import { useToast } from '../../components/useToast';

const methods = {
  contact: { remove: 'contact.delete', restore: 'contact.undelete' },
  change: { remove: 'change.delete', restore: 'change.undelete' },
} as const;

/**
 * Deletes a logged contact or a significant change at once, with Undo in the toast: nothing is
 * asked first, and nothing is lost for ten seconds.
 */
export function useUndoableDelete(kind: keyof typeof methods) {
  const { t } = useTranslation();
  const toast = useToast();
  const remove = useCoreMutation(methods[kind].remove);
  const restore = useCoreMutation(methods[kind].restore);
  const failed = (error: unknown) =>
    toast.error(t(`errors.${isAppError(error) ? error.code : 'internal'}`));

  return (id: string, message: string) =>
    remove.mutateAsync({ id }).then(
      () =>
        toast.info(message, {
          label: t('common.undo'),
          onAction: () => void restore.mutateAsync({ id }).catch(failed),
        }),
      failed,
    );
}
