import { useTranslation } from 'react-i18next';
import { contract, type OccurrenceView } from '../../../shared/contract';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useCoreMutation } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { useMeetingFormat } from './useMeetingFormat';

export interface MoveOccurrenceFormProps {
  dialog: FormDialog;
  seriesId: string;
  occurrence: OccurrenceView;
}

/** One occurrence to another day or time; the rest of the series stays as it is. */
export function MoveOccurrenceForm(props: MoveOccurrenceFormProps) {
  const { t } = useTranslation();
  const { shortDay } = useMeetingFormat();
  return (
    <FormDialogFrame
      dialog={props.dialog}
      title={t('series.move.title', { date: shortDay(props.occurrence.originalDate) })}
    >
      <MoveOccurrenceBody {...props} />
    </FormDialogFrame>
  );
}

function MoveOccurrenceBody({ dialog, seriesId, occurrence }: MoveOccurrenceFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { shortDay } = useMeetingFormat();
  const move = useCoreMutation('series.moveOccurrence');
  const form = useDraftForm({
    key: dialog.key,
    initial: () => ({ date: occurrence.date as string | null, time: occurrence.time }),
    schema: contract['series.moveOccurrence'].input,
    toInput: (v: { date: string | null; time: string }) => ({
      id: seriesId,
      originalDate: occurrence.originalDate,
      date: v.date ?? undefined,
      time: v.time,
    }),
  });

  const submit = form.onSubmit(async (input) => {
    const moved = await move.mutateAsync(input);
    dialog.close();
    toast.info(t('series.move.done', { date: shortDay(moved.date) }));
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <DateField
          label={t('series.move.date')}
          name="date"
          value={form.values.date}
          onChange={(day) => form.set('date', day)}
          errorMessage={form.errors.date}
          isRequired
          autoFocus
        />
        <TextField
          {...form.text('time')}
          label={t('meetings.fields.startTime')}
          description={t('meetings.fields.timeDescription')}
          inputMode="numeric"
          isRequired
        />
      </div>
      <FormActions onCancel={dialog.close} submitLabel={t('series.move.submit')} />
    </form>
  );
}
