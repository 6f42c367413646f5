import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isAppError } from '../../../shared/errors';
import { useCoreMutation } from '../../app/useCore';
import { useToast } from '../../components/useToast';

const methods = {
  org: { setArchived: 'org.setArchived', remove: 'org.delete', list: '/directory/organizations' },
  person: { setArchived: 'person.setArchived', remove: 'person.delete', list: '/directory/people' },
} as const;

/**
 * Archive (with Undo), restore and delete for a directory record: the same behaviour and the
 * same messages (`directory.<kind>.archived|restored|deleted|deleteConflict`) for organizations
 * and people.
 */
export function useRecordActions(kind: keyof typeof methods, record: { id: string; name: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const setArchived = useCoreMutation(methods[kind].setArchived);
  const remove = useCoreMutation(methods[kind].remove);
  const { id, name } = record;

  const failed = (error: unknown) =>
    toast.error(
      isAppError(error) && error.code === 'conflict'
        ? t(`directory.${kind}.deleteConflict`, { defaultValue: t('errors.conflict') })
        : t(`errors.${isAppError(error) ? error.code : 'internal'}`),
    );

  return {
    failed,
    archive: () =>
      setArchived.mutateAsync({ id, archived: true }).then(
        () =>
          toast.info(t(`directory.${kind}.archived`, { name }), {
            label: t('common.undo'),
            onAction: () => void setArchived.mutateAsync({ id, archived: false }).catch(failed),
          }),
        failed,
      ),
    restore: () =>
      setArchived
        .mutateAsync({ id, archived: false })
        .then(() => toast.info(t(`directory.${kind}.restored`, { name })), failed),
    destroy: () =>
      remove.mutateAsync({ id }).then(() => {
        toast.info(t(`directory.${kind}.deleted`, { name }));
        void navigate(methods[kind].list);
      }, failed),
  };
}
