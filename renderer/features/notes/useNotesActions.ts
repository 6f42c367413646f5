import { useTranslation } from 'react-i18next';
import type { Action, Decision, ReviewOutcome } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { useToast } from '../../components/useToast';
import { useErrorToast } from '../meetings/useErrorToast';
import type { CapturedWords } from './captured-words';

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

  /**
   * Says a new decision is kept, with an Undo that deletes it and puts back in the note the words
   * it was captured from, if any.
   */
  const decisionRecorded = (saved: Decision, words?: CapturedWords) =>
    toast.info(
      t(words ? 'notes.decisions.recorded' : 'notes.decisions.added', {
        text: shortText(saved.text),
      }),
      {
        label: t('common.undo'),
        onAction: () =>
          void deleteDecision.mutateAsync({ id: saved.id }).then(() => {
            words?.restore();
            toast.info(t('notes.decisions.withdrawn'));
          }, failed),
      },
    );

  return {
    decisionRecorded,
    /** The same for a new action. */
    actionRecorded: (saved: Action, words?: CapturedWords) =>
      toast.info(t('actions.form.added', { description: shortText(saved.description) }), {
        label: t('common.undo'),
        onAction: () =>
          void deleteAction.mutateAsync({ id: saved.id }).then(() => {
            words?.restore();
            toast.info(t('notes.actions.withdrawn'));
          }, failed),
      }),
    /**
     * A decision captured from the editor is kept at once, and only then do its words leave the
     * note; Undo takes it back out and puts them back. False when the core refused it: the words
     * are still in the note, for the caller to offer in the form.
     */
    recordDecision: (meetingId: string, itemId: string | null, words: CapturedWords) =>
      addDecision.mutateAsync({ meetingId, itemId, text: words.text }).then(
        (saved) => {
          words.commit();
          decisionRecorded(saved, words);
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
