import { useTranslation } from 'react-i18next';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { useToast } from '../../components/useToast';
import { useErrorToast } from '../meetings/useErrorToast';

/** The starter glossary: whether to offer it, and adding, declining and removing it. */
export function useStarter() {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useErrorToast();
  // The offer is a suggestion: if it cannot be read, the glossary works without it.
  const status = useCoreQuery('glossary.starterStatus', {}, { handleErrors: true });
  const add = useCoreMutation('glossary.addStarter');
  const decline = useCoreMutation('glossary.declineStarter');
  const remove = useCoreMutation('glossary.removeStarter');
  const k = 'glossary.starter';
  const data = status.data;

  return {
    status: data,
    offered: data !== undefined && data.installed === 0 && !data.declined,
    isAdding: add.isPending,
    add: () => {
      const before = data?.installed ?? 0;
      return add
        .mutateAsync({})
        .then(
          (after) => toast.info(t(`${k}.added`, { count: Math.max(0, after.installed - before) })),
          failed,
        );
    },
    decline: () => decline.mutateAsync({}).then(() => toast.info(t(`${k}.declined`)), failed),
    remove: () =>
      remove
        .mutateAsync({})
        .then(
          ({ removed, kept }) =>
            toast.info(
              kept > 0
                ? t(`${k}.removedKept`, { count: removed, kept })
                : t(`${k}.removed`, { count: removed }),
            ),
          failed,
        ),
  };
}
