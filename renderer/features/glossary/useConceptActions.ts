import { useTranslation } from 'react-i18next';
import type { Concept } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useCoreMutation } from '../../app/useCore';
import { useSettings } from '../../app/useSettings';
import { useToast } from '../../components/useToast';
import { useErrorToast } from '../meetings/useErrorToast';
import type { ConceptRef } from './concept-form-values';
import { conceptTerm, termOf } from './concept-text';

type Refusal = 'deleteConflict' | 'undeleteConflict' | 'mergeConflict' | 'unmergeConflict';

/** Delete and merge, each with an Undo in its toast: neither asks first, both can be taken back. */
export function useConceptActions() {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const toast = useToast();
  const failed = useErrorToast();
  const remove = useCoreMutation('glossary.delete');
  const undelete = useCoreMutation('glossary.undelete');
  const merge = useCoreMutation('glossary.merge');
  const unmerge = useCoreMutation('glossary.unmerge');
  const term = (concept: Concept) => conceptTerm(concept, settings.language).text;
  const refTerm = (ref: ConceptRef) => termOf(ref, settings.language).text;
  const k = 'glossary.actions';

  /** A conflict is the glossary's own rule (a term others point to): said in its words. */
  const refused = (refusal: Refusal, name: string) => (error: unknown) => {
    if (isAppError(error) && error.code === 'conflict') {
      toast.error(t(`${k}.${refusal}`, { term: name }));
    } else {
      failed(error);
    }
  };

  return {
    /** Resolves true once deleted. */
    remove: (concept: Concept) =>
      remove.mutateAsync({ id: concept.id }).then(
        () => {
          toast.info(t(`${k}.deleted`, { term: term(concept) }), {
            label: t('common.undo'),
            onAction: () =>
              void undelete
                .mutateAsync({ id: concept.id })
                .then(
                  () => toast.info(t(`${k}.restored`, { term: term(concept) })),
                  refused('undeleteConflict', term(concept)),
                ),
          });
          return true;
        },
        (error: unknown) => {
          refused('deleteConflict', term(concept))(error);
          return false;
        },
      ),
    /** Merges `duplicate` into `kept`; resolves to the concept kept as it now is, or null. */
    merge: (kept: Concept, duplicate: ConceptRef) =>
      merge.mutateAsync({ keepId: kept.id, mergeId: duplicate.id }).then(
        (merged) => {
          toast.info(t(`${k}.merged`, { duplicate: refTerm(duplicate), kept: term(merged) }), {
            label: t('common.undo'),
            onAction: () =>
              void unmerge
                .mutateAsync({ mergeId: duplicate.id })
                .then(
                  () => toast.info(t(`${k}.unmerged`, { term: refTerm(duplicate) })),
                  refused('unmergeConflict', term(merged)),
                ),
          });
          return merged;
        },
        (error: unknown) => {
          refused('mergeConflict', term(kept))(error);
          return null;
        },
      ),
  };
}
