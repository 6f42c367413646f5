import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { IdentifierHints } from '../../components/IdentifierHints';
import { TextField } from '../../components/TextField';
import type { FormState, RaiseValues } from './form-state';
import { useIssueText } from './issue-text';
import { MeetingPicker } from './MeetingPicker';

export interface RaiseFieldsProps<V extends RaiseValues> {
  form: FormState<V>;
  /** Logged from a meeting: its day is the raise's, and only the note is asked. */
  meeting?: { title: string; date: string } | undefined;
  autoFocus?: boolean;
}

/** When it was raised (a day, and the meeting if any) and a note on what was said. */
export function RaiseFields<V extends RaiseValues>({
  form,
  meeting,
  autoFocus,
}: RaiseFieldsProps<V>) {
  const { t } = useTranslation();
  const text = useIssueText();
  const noteId = useId();
  const { values, errors } = form;
  const k = 'systemIssues.raiseFields';
  return (
    <>
      {/* Logged from a meeting: the dialog names it above, and its day is the raise's. */}
      {!meeting && (
        <>
          <MeetingPicker
            value={values.meeting?.id ?? ''}
            onChange={(picked) => form.set('meeting', picked as V['meeting'])}
            errorMessage={errors.meetingId}
            autoFocus={autoFocus}
          />
          {values.meeting ? (
            // Raised at a meeting: on that meeting's day.
            <p className="issue-meeting">
              {t(`${k}.onMeetingDay`, { date: text.day(values.meeting.date) })}
            </p>
          ) : (
            <DateField
              label={t(`${k}.raisedOn`)}
              name="raisedOn"
              value={values.raisedOn}
              onChange={(day) => form.set('raisedOn', day as V['raisedOn'])}
              errorMessage={errors.raisedOn}
              isRequired
            />
          )}
        </>
      )}
      <div className="form__wide">
        <TextField
          {...form.text('note')}
          id={noteId}
          label={t(`${k}.note`)}
          description={t(`${k}.noteDescription`)}
          multiline
          autoFocus={Boolean(meeting) && autoFocus}
        />
        <IdentifierHints
          value={values.note}
          onChange={(next) => form.set('note', next as V['note'])}
          fieldId={noteId}
        />
      </div>
    </>
  );
}
