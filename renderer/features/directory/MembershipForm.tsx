import { useTranslation } from 'react-i18next';
import { MembershipDraft, type MembershipView } from '../../../shared/contract';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { FormActions } from '../../components/FormActions';
import { DateField } from '../../components/DateField';
import { FormError } from '../../components/FormError';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';

interface MembershipValues {
  organizationId: string;
  role: string;
  startDate: string | null;
  endDate: string | null;
}

export interface MembershipFormProps {
  dialog: FormDialog;
  personId: string;
  /** The membership to edit; without it the form adds one. */
  membership?: MembershipView;
}

/** Adds a person's membership at an organization, or edits its role and dates. */
export function MembershipForm({ dialog, personId, membership }: MembershipFormProps) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame
      dialog={dialog}
      title={t(membership ? 'directory.membership.editTitle' : 'directory.membership.addTitle')}
    >
      <MembershipFormBody dialog={dialog} personId={personId} membership={membership} />
    </FormDialogFrame>
  );
}

function MembershipFormBody({ dialog, personId, membership }: MembershipFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useCoreMutation('membership.add');
  const update = useCoreMutation('membership.update');
  const organizations = useCoreQuery('org.list', {});
  const form = useDraftForm({
    key: dialog.key,
    initial: (): MembershipValues => ({
      organizationId: membership?.organizationId ?? '',
      role: membership?.role ?? '',
      startDate: membership?.startDate ?? null,
      endDate: membership?.endDate ?? null,
    }),
    // The same rules as the core, including "the end is not before the start".
    schema: MembershipDraft,
    toInput: (values) => ({ ...values, personId }),
  });

  const submit = form.onSubmit(async (input) => {
    if (membership) {
      const { role, startDate, endDate } = input;
      await update.mutateAsync({ id: membership.id, changes: { role, startDate, endDate } });
    } else {
      await add.mutateAsync(input);
    }
    dialog.close();
    toast.info(t(membership ? 'directory.membership.saved' : 'directory.membership.added'));
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        {membership ? (
          <p className="form__wide">
            <strong>{membership.organizationName}</strong>
          </p>
        ) : (
          <div className="form__wide">
            <Select
              autoFocus
              label={t('directory.membership.organization')}
              name="organizationId"
              value={form.values.organizationId}
              onChange={(id) => form.set('organizationId', id)}
              // The schema's refusal of an id has no message key of its own: it can only mean none
              // was chosen. The core's own refusals (already works there) keep their message.
              errorMessage={
                form.errors.organizationId === t('validation.invalid')
                  ? t('validation.required')
                  : form.errors.organizationId
              }
              // Adding a membership needs an organization: "none" is not one of the choices.
              options={(organizations.data ?? []).map((o) => ({ id: o.id, label: o.name }))}
            />
          </div>
        )}
        <div className="form__wide">
          <TextField
            {...form.text('role')}
            label={t('directory.membership.role')}
            // When editing, the organization is fixed: the role is the first field.
            autoFocus={Boolean(membership)}
          />
        </div>
        <DateField
          label={t('directory.membership.startDate')}
          name="startDate"
          value={form.values.startDate}
          onChange={(day) => form.set('startDate', day)}
          errorMessage={form.errors.startDate}
        />
        <DateField
          label={t('directory.membership.endDate')}
          name="endDate"
          value={form.values.endDate}
          onChange={(day) => form.set('endDate', day)}
          errorMessage={form.errors.endDate}
        />
      </div>
      <FormActions onCancel={dialog.close} submitLabel={t('common.save')} />
    </form>
  );
}
