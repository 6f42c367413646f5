import { useState } from 'react';
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
  /**
   * How many starter terms were in the glossary when adding them added none: the others were
   * deleted (never added back) or the glossary has them under its own entries. Until that count
   * changes, adding again would add nothing.
   */
  const [exhaustedAt, setExhaustedAt] = useState<number | null>(null);
  const k = 'glossary.starter';
  const data = status.data;

  return {
    status: data,
    offered: data !== undefined && data.installed === 0 && !data.declined,
    /** Adding would add something, as far as is known: not every term is here, nor was refused. */
    canAdd: data !== undefined && data.installed < data.available && exhaustedAt !== data.installed,
    isAdding: add.isPending,
    add: () => {
      const before = data?.installed ?? 0;
      return add.mutateAsync({}).then((after) => {
        const added = Math.max(0, after.installed - before);
        if (added === 0) setExhaustedAt(after.installed);
        toast.info(added === 0 ? t(`${k}.nothingToAdd`) : t(`${k}.added`, { count: added }));
      }, failed);
    },
    decline: () => decline.mutateAsync({}).then(() => toast.info(t(`${k}.declined`)), failed),
    remove: () =>
      remove.mutateAsync({}).then(({ removed, kept }) => {
        const done = t(`${k}.removed`, { count: removed });
        // Plural by the terms kept; the sentence about those removed has its own plural.
        toast.info(kept > 0 ? t(`${k}.removedKept`, { count: kept, removed: done }) : done);
      }, failed),
  };
}
