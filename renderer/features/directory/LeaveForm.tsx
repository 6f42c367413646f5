import { getLocalTimeZone, today } from '@internationalized/date';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { IsoDate, type MembershipView } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { FormActions } from '../../components/FormActions';
import { DateField } from '../../components/DateField';
import { FormError } from '../../components/FormError';
import { useToast } from '../../components/useToast';

/** Leaving needs an end date; whether it follows the start date is the core's check. */
const Leaving = z.strictObject({
  endDate: IsoDate.nullable().refine((day) => day !== null, { error: 'required' }),
});

export interface LeaveFormProps {
  dialog: FormDialog;
  membership: MembershipView;
}

/** "Left this organization": ends a membership so it moves to the person's past organizations. */
export function LeaveForm({ dialog, membership }: LeaveFormProps) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame
      dialog={dialog}
      title={t('directory.membership.leftTitle', { organization: membership.organizationName })}
    >
      <LeaveFormBody dialog={dialog} membership={membership} />
    </FormDialogFrame>
  );
}

function LeaveFormBody({ dialog, membership }: LeaveFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useCoreMutation('membership.update');
  const form = useDraftForm({
    key: dialog.key,
    initial: (): { endDate: string | null } => ({ endDate: today(getLocalTimeZone()).toString() }),
    schema: Leaving,
  });

  const submit = form.onSubmit(async (input) => {
    await update.mutateAsync({ id: membership.id, changes: input });
    dialog.close();
    toast.info(t('directory.membership.moved'));
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <p>{t('directory.membership.leftBody')}</p>
      <DateField
        autoFocus
        label={t('directory.membership.endDate')}
        name="endDate"
        value={form.values.endDate}
        onChange={(day) => form.set('endDate', day)}
        errorMessage={form.errors.endDate}
        isRequired
      />
      <FormActions onCancel={dialog.close} submitLabel={t('directory.membership.leftConfirm')} />
    </form>
  );
}
