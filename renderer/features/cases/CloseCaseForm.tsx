import { useTranslation } from 'react-i18next';
import { casesContract, type Case } from '../../../shared/contract';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useCoreMutation } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { todayIso } from '../meetings/schedule';

interface CloseValues {
  closedOn: string | null;
  reason: string;
}

/** Closing a case: the day, and why (goals met, moved away, no longer served…). */
export function CloseCaseForm({ dialog, kase }: { dialog: FormDialog; kase: Case }) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame dialog={dialog} title={t('cases.closeForm.title', { code: kase.code })}>
      <CloseCaseBody dialog={dialog} kase={kase} />
    </FormDialogFrame>
  );
}

function CloseCaseBody({ dialog, kase }: { dialog: FormDialog; kase: Case }) {
  const { t } = useTranslation();
  const toast = useToast();
  const close = useCoreMutation('case.close');
  const form = useDraftForm({
    key: dialog.key,
    initial: (): CloseValues => ({ closedOn: todayIso(), reason: '' }),
    schema: casesContract['case.close'].input,
    toInput: (v: CloseValues) => ({ id: kase.id, ...v }),
  });
  const submit = form.onSubmit(async (input) => {
    await close.mutateAsync(input);
    dialog.close();
    toast.info(t('cases.closed', { code: kase.code }));
  });
  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <DateField
        label={t('cases.closeForm.date')}
        name="closedOn"
        value={form.values.closedOn}
        onChange={(day) => form.set('closedOn', day)}
        errorMessage={form.errors.closedOn}
        isRequired
        autoFocus
      />
      <TextField
        {...form.text('reason')}
        label={t('cases.closeForm.reason')}
        description={t('cases.closeForm.reasonDescription')}
        multiline
        isRequired
      />
      <FormActions onCancel={dialog.close} submitLabel={t('cases.closeForm.submit')} />
    </form>
  );
}
