import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DecisionDraft, requiredText, type Decision } from '../../../shared/contract';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useCoreMutation } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { IdentifierHints } from '../../components/IdentifierHints';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import type { CapturedWords } from './captured-words';
import { useNotesActions } from './useNotesActions';

/** `decision.update`'s rule for the text, without the id the form does not hold. */
const DecisionText = z.strictObject({ text: requiredText(2000) });

export interface DecisionFormProps {
  dialog: FormDialog;
  meetingId: string;
  /** The agenda item a new decision is taken under; null for the meeting as a whole. */
  itemId?: string | null;
  /** The decision to edit; without it the form adds one. */
  decision?: Decision;
  /** Words captured from the notes that the add form starts from (see ActionForm). */
  captured?: CapturedWords | null;
}

export function DecisionForm(props: DecisionFormProps) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame
      dialog={props.dialog}
      title={props.decision ? t('notes.decisionForm.editTitle') : t('notes.decisionForm.addTitle')}
    >
      <DecisionFormBody {...props} />
    </FormDialogFrame>
  );
}

function DecisionFormBody({
  dialog,
  meetingId,
  itemId = null,
  decision,
  captured,
}: DecisionFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { decisionRecorded } = useNotesActions();
  const add = useCoreMutation('decision.add');
  const update = useCoreMutation('decision.update');
  const form = useDraftForm({
    key: dialog.key,
    initial: () => ({ text: decision?.text ?? captured?.text ?? '' }),
    schema: decision ? DecisionText : DecisionDraft,
    toInput: (v: { text: string }) => (decision ? v : { meetingId, itemId, text: v.text }),
  });

  const textId = useId();

  const submit = form.onSubmit(async ({ text }) => {
    if (decision) {
      await update.mutateAsync({ id: decision.id, text });
      dialog.close();
      toast.info(t('notes.decisionForm.saved'));
    } else {
      const saved = await add.mutateAsync({ meetingId, itemId, text });
      captured?.commit();
      dialog.close();
      decisionRecorded(saved, captured ?? undefined);
    }
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <TextField
        {...form.text('text')}
        id={textId}
        label={t('notes.decisionForm.text')}
        description={t('notes.decisionForm.textDescription')}
        multiline
        isRequired
        autoFocus
      />
      {/* Decisions go to the minutes and the decision log: identifiers typed here are flagged. */}
      <IdentifierHints
        value={form.values.text}
        onChange={(text) => form.set('text', text)}
        fieldId={textId}
      />
      <FormActions
        onCancel={dialog.close}
        submitLabel={decision ? t('common.save') : t('notes.decisionForm.add')}
      />
    </form>
  );
}
