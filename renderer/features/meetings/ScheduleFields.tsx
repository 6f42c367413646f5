import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MeetingKind } from '../../../shared/contract';
import type { FieldErrors } from '../../components/field-errors';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { timeZoneOptions } from './time-zones';
import { useDirectoryOptions } from './useDirectoryOptions';
import { useMeetingFormat } from './useMeetingFormat';

/** What a meeting form and a series form share (the date is each form's own field). */
export interface ScheduleValues {
  title: string;
  kind: MeetingKind;
  startTime: string;
  endTime: string;
  timeZone: string;
  location: string;
  goal: string;
  /** '' for nobody. */
  chairId: string;
  noteTakerId: string;
}

type TextName = 'title' | 'startTime' | 'endTime' | 'location' | 'goal';

/** What the fields use of a `useDraftForm` whose values extend `ScheduleValues`: pass the form itself. */
export interface ScheduleForm {
  values: ScheduleValues;
  errors: FieldErrors;
  set(name: 'kind', value: MeetingKind): void;
  set(name: 'timeZone' | 'chairId' | 'noteTakerId', value: string): void;
  text: (name: TextName) => {
    name: string;
    value: string;
    onChange: (value: string) => void;
    onBlur: () => void;
    errorMessage: string | undefined;
  };
}

/** The fields of a meeting's shape, in reading order; `date` goes after the kind. */
export function ScheduleFields({ form, date }: { form: ScheduleForm; date: ReactNode }) {
  const { t } = useTranslation();
  const { locale } = useMeetingFormat();
  const { values, errors } = form;
  const { personOptions } = useDirectoryOptions([values.chairId, values.noteTakerId]);
  return (
    <>
      <div className="form__wide">
        <TextField
          {...form.text('title')}
          label={t('meetings.fields.title')}
          isRequired
          autoFocus
        />
      </div>
      <Select<MeetingKind>
        label={t('meetings.fields.kind')}
        description={t('meetings.fields.kindDescription')}
        name="kind"
        value={values.kind}
        onChange={(kind) => form.set('kind', kind)}
        errorMessage={errors.kind}
        options={MeetingKind.options.map((k) => ({ id: k, label: t(`meetings.kind.${k}`) }))}
      />
      {date}
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
      <Select
        label={t('meetings.fields.timeZone')}
        name="timeZone"
        value={values.timeZone}
        onChange={(zone) => form.set('timeZone', zone)}
        errorMessage={errors.timeZone}
        options={timeZoneOptions(locale, values.timeZone)}
      />
      <TextField
        {...form.text('location')}
        label={t('meetings.fields.location')}
        description={t('meetings.fields.locationDescription')}
      />
      <Select
        label={t('meetings.fields.chair')}
        name="chairId"
        value={values.chairId}
        onChange={(id) => form.set('chairId', id)}
        errorMessage={errors.chairId}
        options={personOptions}
      />
      <Select
        label={t('meetings.fields.noteTaker')}
        name="noteTakerId"
        value={values.noteTakerId}
        onChange={(id) => form.set('noteTakerId', id)}
        errorMessage={errors.noteTakerId}
        options={personOptions}
      />
      <div className="form__wide">
        <TextField
          {...form.text('goal')}
          label={t('meetings.fields.goal')}
          description={t('meetings.fields.goalDescription')}
          multiline
        />
      </div>
    </>
  );
}
