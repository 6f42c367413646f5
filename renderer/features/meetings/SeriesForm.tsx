import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SeriesDraft, type Language, type Series } from '../../../shared/contract';
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
import { choiceOf, defaultChoice, ruleFor, type RepeatChoice } from './repeat-rule';
import { RepeatField } from './RepeatField';
import { ScheduleFields, type ScheduleValues } from './ScheduleFields';

interface SeriesValues extends ScheduleValues {
  startDate: string | null;
  /** Null until the person picks one: the kind's default then follows the kind. */
  repeat: RepeatChoice | null;
  /** The custom rule's text (named like the contract's field so its errors land here). */
  rrule: string;
}

const valuesOf = (s: Series): SeriesValues => {
  const { choice, custom } = choiceOf(s.rrule, s.startDate);
  return { ...scheduleValuesOf(s), startDate: s.startDate, repeat: choice, rrule: custom };
};

const choiceIn = (v: SeriesValues) => v.repeat ?? defaultChoice(v.kind, v.startDate);

const toInput = (language: Language) => (values: SeriesValues) => {
  const { startDate, repeat: _repeat, rrule, ...schedule } = values;
  return {
    ...scheduleInput(schedule),
    startDate: startDate ?? undefined,
    rrule: ruleFor(choiceIn(values), startDate, rrule),
    language,
  };
};

export interface SeriesFormProps {
  dialog: FormDialog;
  /** The series to edit; without it the form creates one and its first meeting. */
  series?: Series;
}

export function SeriesForm({ dialog, series }: SeriesFormProps) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame
      dialog={dialog}
      title={series ? t('series.form.editTitle') : t('series.form.createTitle')}
    >
      <SeriesFormBody dialog={dialog} series={series} />
    </FormDialogFrame>
  );
}

function SeriesFormBody({ dialog, series }: SeriesFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { settings } = useSettings();
  const create = useCoreMutation('series.create');
  const update = useCoreMutation('series.update');
  const form = useDraftForm({
    key: dialog.key,
    initial: (): SeriesValues =>
      series
        ? valuesOf(series)
        : { ...emptySchedule(), startDate: todayIso(), repeat: null, rrule: '' },
    schema: SeriesDraft,
    toInput: toInput(settings.language),
  });
  const { values } = form;

  const submit = form.onSubmit(async ({ language: _language, ...changes }) => {
    if (series) {
      const saved = await update.mutateAsync({ id: series.id, changes });
      dialog.close();
      toast.info(t('series.form.saved', { title: saved.title }));
      return;
    }
    const { series: saved, firstMeeting } = await create.mutateAsync({
      ...changes,
      language: settings.language,
    });
    dialog.close();
    toast.info(t('series.form.created', { title: saved.title }));
    // The first meeting is ready from the template: the chair goes on to prepare it.
    void navigate(meetingPath(firstMeeting.id));
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <ScheduleFields
          form={form}
          date={
            <DateField
              label={t('series.fields.startDate')}
              description={t('series.fields.startDateDescription')}
              name="startDate"
              value={values.startDate}
              onChange={(day) => form.set('startDate', day)}
              errorMessage={form.errors.startDate}
              isRequired
            />
          }
        />
        <div className="form__wide">
          <RepeatField
            choice={choiceIn(values)}
            onChoice={(choice) => form.set('repeat', choice)}
            startDate={values.startDate}
            custom={form.text('rrule')}
          />
        </div>
      </div>
      <FormActions
        onCancel={dialog.close}
        submitLabel={series ? t('common.save') : t('series.form.create')}
      />
    </form>
  );
}
