import { useTranslation } from 'react-i18next';
import type { SystemIssue } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { useToast } from '../../components/useToast';
import { useErrorToast } from '../meetings/useErrorToast';

/** Deletes an issue at once, with Undo in the toast: nothing is asked, nothing is lost for ten seconds. */
export function useIssueDelete() {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useErrorToast();
  const remove = useCoreMutation('systemIssue.delete');
  const restore = useCoreMutation('systemIssue.undelete');
  return (issue: Pick<SystemIssue, 'id' | 'title'>) =>
    remove.mutateAsync({ id: issue.id }).then(
      () =>
        toast.info(t('systemIssues.deleted', { title: issue.title }), {
          label: t('common.undo'),
          onAction: () => void restore.mutateAsync({ id: issue.id }).catch(failed),
        }),
      failed,
    );
}
