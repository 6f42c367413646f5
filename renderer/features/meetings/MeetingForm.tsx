import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MeetingDraft, type Language, type Meeting } from '../../../shared/contract';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useCoreMutation } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { useSettings } from '../../app/useSettings';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { useToast } from '../../components/useToast';
import { meetingPath } from './links';
import { emptySchedule, scheduleInput, scheduleValuesOf, todayIso } from './schedule';
import { ScheduleFields, type ScheduleValues } from './ScheduleFields';

interface MeetingValues extends ScheduleValues {
  date: string | null;
}

const valuesOf = (m: Meeting): MeetingValues => ({ ...scheduleValuesOf(m), date: m.date });

const toInput = (language: Language) => (values: MeetingValues) => {
  const { date, ...schedule } = values;
  return { ...scheduleInput(schedule), date: date ?? undefined, language };
};

export interface MeetingFormProps {
  dialog: FormDialog;
  /** The meeting to edit; without it the form creates a one-off meeting. */
  meeting?: Meeting;
}

export function MeetingForm({ dialog, meeting }: MeetingFormProps) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame
      dialog={dialog}
      title={meeting ? t('meetings.form.editTitle') : t('meetings.form.createTitle')}
    >
      <MeetingFormBody dialog={dialog} meeting={meeting} />
    </FormDialogFrame>
  );
}

function MeetingFormBody({ dialog, meeting }: MeetingFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { settings } = useSettings();
  const create = useCoreMutation('meeting.create');
  const update = useCoreMutation('meeting.update');
  const form = useDraftForm({
    key: dialog.key,
    initial: () => (meeting ? valuesOf(meeting) : { ...emptySchedule(), date: todayIso() }),
    // The new meeting's agenda starts from the template in the language the app speaks now.
    schema: MeetingDraft,
    toInput: toInput(settings.language),
  });

  const submit = form.onSubmit(async ({ language: _language, ...changes }) => {
    if (meeting) {
      const saved = await update.mutateAsync({ id: meeting.id, changes });
      dialog.close();
      toast.info(t('meetings.form.saved', { title: saved.title }));
      return;
    }
    const saved = await create.mutateAsync({ ...changes, language: settings.language });
    dialog.close();
    toast.info(t('meetings.form.created', { title: saved.title }));
    void navigate(meetingPath(saved.id));
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <ScheduleFields
          form={form}
          date={
            <DateField
              label={t('meetings.fields.date')}
              name="date"
              value={form.values.date}
              onChange={(day) => form.set('date', day)}
              errorMessage={form.errors.date}
              isRequired
            />
          }
        />
      </div>
      <FormActions
        onCancel={dialog.close}
        submitLabel={meeting ? t('common.save') : t('meetings.form.create')}
      />
    </form>
  );
}
