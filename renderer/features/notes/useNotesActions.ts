import { useTranslation } from 'react-i18next';
import type { Action, Decision, ReviewOutcome } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { useToast } from '../../components/useToast';
import { useErrorToast } from '../meetings/useErrorToast';

/** A long description cut short for a toast, which is read out whole. */
export function shortText(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * What the note-taker does to decisions and actions outside their forms: record a decision
 * straight from the editor, delete (with Undo) and review. Every change says so in a toast, and
 * every one that loses something can be undone from it.
 */
export function useNotesActions() {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useErrorToast();
  const addDecision = useCoreMutation('decision.add');
  const deleteDecision = useCoreMutation('decision.delete');
  const undeleteDecision = useCoreMutation('decision.undelete');
  const deleteAction = useCoreMutation('action.delete');
  const undeleteAction = useCoreMutation('action.undelete');
  const review = useCoreMutation('action.review');

  const restoreDecision = (decision: Pick<Decision, 'id'>) =>
    void undeleteDecision
      .mutateAsync({ id: decision.id })
      .then(() => toast.info(t('notes.decisions.restored')), failed);

  return {
    /**
     * A decision captured from the editor is kept at once; Undo takes it back out. False when
     * the core refused it: the words have left the note, so the caller must keep them.
     */
    recordDecision: (meetingId: string, itemId: string | null, text: string) =>
      addDecision.mutateAsync({ meetingId, itemId, text }).then(
        (saved) => {
          toast.info(t('notes.decisions.recorded', { text: shortText(saved.text) }), {
            label: t('common.undo'),
            onAction: () =>
              void deleteDecision
                .mutateAsync({ id: saved.id })
                .then(() => toast.info(t('notes.decisions.withdrawn')), failed),
          });
          return true;
        },
        (error: unknown) => {
          failed(error);
          return false;
        },
      ),
    removeDecision: (decision: Decision) =>
      deleteDecision.mutateAsync({ id: decision.id }).then(
        () =>
          toast.info(t('notes.decisions.deleted', { text: shortText(decision.text) }), {
            label: t('common.undo'),
            onAction: () => restoreDecision(decision),
          }),
        failed,
      ),
    removeAction: (action: Action) =>
      deleteAction.mutateAsync({ id: action.id }).then(
        () =>
          toast.info(t('notes.actions.deleted', { description: shortText(action.description) }), {
            label: t('common.undo'),
            onAction: () =>
              void undeleteAction
                .mutateAsync({ id: action.id })
                .then(() => toast.info(t('notes.actions.restored')), failed),
          }),
        failed,
      ),
    /** Records what this meeting did with an earlier action; null undoes the review. */
    review: (actionId: string, meetingId: string, outcome: ReviewOutcome | null) =>
      review.mutateAsync({ actionId, meetingId, outcome }).then(() => undefined, failed),
  };
}
