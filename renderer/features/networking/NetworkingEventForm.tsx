import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MeetingDraft, type Language } from '../../../shared/contract';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useCoreMutation } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { useSettings } from '../../app/useSettings';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { todayIso } from '../meetings/schedule';
import { localTimeZone } from '../meetings/time-zones';
import { networkingPath } from './links';

interface EventValues {
  title: string;
  date: string | null;
  startTime: string;
  endTime: string;
  location: string;
}

/** An afternoon slot: most networking events follow a morning meeting or a lunch. */
const initial = (): EventValues => ({
  title: '',
  date: todayIso(),
  startTime: '13:30',
  endTime: '15:00',
  location: '',
});

const toInput = (language: Language) => (v: EventValues) => ({
  title: v.title,
  kind: 'speed_networking' as const,
  date: v.date ?? undefined,
  startTime: v.startTime,
  endTime: v.endTime,
  location: v.location,
  // The laptop's zone: the event happens in the room the facilitator is in.
  timeZone: localTimeZone(),
  language,
});

/** A new speed-networking event: a meeting of that kind, opened at its session's setup. */
export function NetworkingEventForm({ dialog }: { dialog: FormDialog }) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame dialog={dialog} title={t('networking.form.title')}>
      <EventFormBody dialog={dialog} />
    </FormDialogFrame>
  );
}

function EventFormBody({ dialog }: { dialog: FormDialog }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { settings } = useSettings();
  const create = useCoreMutation('meeting.create');
  const form = useDraftForm({
    key: dialog.key,
    initial,
    schema: MeetingDraft,
    toInput: toInput(settings.language),
  });

  const submit = form.onSubmit(async (input) => {
    const saved = await create.mutateAsync(input);
    dialog.close();
    toast.info(t('networking.form.created', { title: saved.title }));
    void navigate(networkingPath(saved.id));
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <div className="form__wide">
          <TextField
            {...form.text('title')}
            label={t('meetings.fields.title')}
            description={t('networking.form.titleDescription')}
            isRequired
            autoFocus
          />
        </div>
        <DateField
          label={t('meetings.fields.date')}
          name="date"
          value={form.values.date}
          onChange={(day) => form.set('date', day)}
          errorMessage={form.errors.date}
          isRequired
        />
        <TextField {...form.text('location')} label={t('meetings.fields.location')} />
        <TextField
          {...form.text('startTime')}
          label={t('meetings.fields.startTime')}
          description={t('meetings.fields.timeDescription')}
          isRequired
          inputMode="numeric"
        />
        <TextField
          {...form.text('endTime')}
          label={t('meetings.fields.endTime')}
          description={t('meetings.fields.timeDescription')}
          isRequired
          inputMode="numeric"
        />
      </div>
      <FormActions onCancel={dialog.close} submitLabel={t('networking.form.create')} />
    </form>
  );
}
