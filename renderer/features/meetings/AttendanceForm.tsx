import { useTranslation } from 'react-i18next';
import { AttendanceDraft } from '../../../shared/contract';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useCoreMutation } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { RadioGroup } from '../../components/RadioGroup';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { NONE, useDirectoryOptions } from './useDirectoryOptions';

/** The agency picker's first choice: the chosen person's current agency (or none). */
const FROM_PERSON = '*';

interface AttendeeValues {
  source: 'directory' | 'guest';
  organizationId: string;
  personId: string;
  guestName: string;
  guestOrganization: string;
}

const EMPTY: AttendeeValues = {
  source: 'directory',
  organizationId: FROM_PERSON,
  personId: NONE,
  guestName: '',
  guestOrganization: '',
};

export function AttendanceForm({ dialog, meetingId }: { dialog: FormDialog; meetingId: string }) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame dialog={dialog} title={t('attendance.form.title')}>
      <AttendanceFormBody dialog={dialog} meetingId={meetingId} />
    </FormDialogFrame>
  );
}

function AttendanceFormBody({ dialog, meetingId }: { dialog: FormDialog; meetingId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useCoreMutation('attendance.add');
  const directory = useDirectoryOptions();

  /** The person's agency now: their newest current job. */
  const agencyOf = (personId: string) =>
    directory.people.find((p) => p.id === personId)?.current[0] ?? null;

  const form = useDraftForm({
    key: dialog.key,
    initial: () => EMPTY,
    schema: AttendanceDraft,
    toInput: (v: AttendeeValues) =>
      v.source === 'guest'
        ? { meetingId, guestName: v.guestName, guestOrganization: v.guestOrganization }
        : {
            meetingId,
            personId: v.personId || null,
            organizationId:
              v.organizationId === FROM_PERSON
                ? (agencyOf(v.personId)?.organizationId ?? null)
                : v.organizationId || null,
          },
  });
  const { values, errors } = form;
  const job = values.personId ? agencyOf(values.personId) : null;

  const submit = form.onSubmit(async (input) => {
    const saved = await add.mutateAsync(input);
    dialog.close();
    const name = saved.personName || saved.guestName || saved.organizationName || '';
    toast.info(t('attendance.added', { name }));
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <div className="form__wide">
          <RadioGroup<AttendeeValues['source']>
            label={t('attendance.form.source')}
            value={values.source}
            onChange={(source) => form.set('source', source)}
            options={[
              { value: 'directory', label: t('attendance.form.fromDirectory') },
              { value: 'guest', label: t('attendance.form.guest') },
            ]}
          />
        </div>
        {values.source === 'directory' ? (
          <>
            <Select
              label={t('attendance.form.person')}
              name="personId"
              value={values.personId}
              onChange={(id) => form.set('personId', id)}
              errorMessage={errors.personId}
              options={directory.personOptions}
              autoFocus
            />
            <Select
              label={t('attendance.form.agency')}
              description={t('attendance.form.agencyDescription')}
              name="organizationId"
              value={values.organizationId}
              onChange={(id) => form.set('organizationId', id)}
              errorMessage={errors.organizationId}
              options={[
                {
                  id: FROM_PERSON,
                  label: job
                    ? t('attendance.form.personsAgency', { name: job.organizationName })
                    : t('meetings.fields.noAgency'),
                },
                // "No agency" for a person whose agency should not be recorded here.
                ...directory.organizationOptions.filter(
                  (o) => o.id !== NONE || job !== null || values.organizationId === NONE,
                ),
              ]}
            />
          </>
        ) : (
          <>
            <TextField
              {...form.text('guestName')}
              errorMessage={errors.guestName ?? errors.personId}
              label={t('attendance.form.guestName')}
              isRequired
              autoFocus
            />
            <TextField
              {...form.text('guestOrganization')}
              label={t('attendance.form.guestOrganization')}
            />
          </>
        )}
      </div>
      <FormActions onCancel={dialog.close} submitLabel={t('attendance.form.add')} />
    </form>
  );
}
