import { useTranslation } from 'react-i18next';
import type { Action, ActionStatus } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { useToast } from '../../components/useToast';
import { useErrorToast } from '../meetings/useErrorToast';

/** Marks an action done, or reopens it, with an Undo that puts back the status it had. */
export function useActionStatus() {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useErrorToast();
  const update = useCoreMutation('action.update');

  return (action: Action, status: ActionStatus) =>
    update.mutateAsync({ id: action.id, changes: { status } }).then(
      () =>
        toast.info(
          t(`actions.register.statusChanged.${status}`, { description: action.description }),
          {
            label: t('common.undo'),
            onAction: () =>
              void update
                .mutateAsync({ id: action.id, changes: { status: action.status } })
                .catch(failed),
          },
        ),
      failed,
    );
}
