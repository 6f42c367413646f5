import { use, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { casesContract, SystemIssueDraft } from '../../../shared/contract';
import { DraftsContext } from '../../app/drafts';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useCoreMutation } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { RadioGroup } from '../../components/RadioGroup';
import { useToast } from '../../components/useToast';
import { todayIso } from '../meetings/schedule';
import { emptyIssue, raiseInput, type IssueValues, type RaiseValues } from './form-state';
import { IssueFields } from './IssueFields';
import { useIssueText } from './issue-text';
import { IssuePicker } from './IssuePicker';
import { NoIdentifiersNote } from './NoIdentifiersNote';
import { RaiseFields } from './RaiseFields';

/** The meeting an issue is logged from: the raise is at that meeting, on its day. */
export interface LoggedAt {
  id: string;
  title: string;
  date: string;
}

type Mode = 'new' | 'again';

export interface NewIssueDialogProps {
  dialog: FormDialog;
  meeting?: LoggedAt | undefined;
}

/**
 * Logs a system issue: a new one, or (from a meeting) one already on the log raised again there.
 * Both forms keep their drafts; closing with either changed asks first.
 */
export function NewIssueDialog({ dialog, meeting }: NewIssueDialogProps) {
  const { t } = useTranslation();
  const text = useIssueText();
  const drafts = use(DraftsContext);
  const [mode, setMode] = useState<Mode>('new');
  const againKey = `${dialog.key}:again`;
  const frame = useMemo<FormDialog>(
    () => ({
      ...dialog,
      hasChanges: () => dialog.hasChanges() || drafts.has(againKey),
      close: () => {
        drafts.delete(againKey);
        setMode('new');
        dialog.close();
      },
    }),
    [dialog, drafts, againKey],
  );
  const k = 'systemIssues.log';
  return (
    <FormDialogFrame dialog={frame} title={t(meeting ? `${k}.fromMeetingTitle` : `${k}.title`)}>
      {meeting && (
        <p className="issue-meeting">
          {t('systemIssues.raiseFields.raisedAt', { meeting: text.meeting(meeting) })}
        </p>
      )}
      <NoIdentifiersNote />
      {meeting && (
        <RadioGroup<Mode>
          label={t(`${k}.mode`)}
          value={mode}
          onChange={setMode}
          options={[
            { value: 'new', label: t(`${k}.modeNew`) },
            { value: 'again', label: t(`${k}.modeAgain`) },
          ]}
        />
      )}
      {mode === 'again' && meeting ? (
        <RaiseAgainBody dialog={frame} draftKey={againKey} meeting={meeting} />
      ) : (
        <NewIssueBody dialog={frame} meeting={meeting} />
      )}
    </FormDialogFrame>
  );
}

/**
 * The form may open inside another dialog or form: React carries events up through portals, so
 * its submit must stop here or it would submit the form around it.
 */
export const ownSubmit =
  (submit: (event: FormEvent<HTMLFormElement>) => Promise<void>) =>
  (event: FormEvent<HTMLFormElement>) => {
    event.stopPropagation();
    void submit(event);
  };

type NewValues = IssueValues & RaiseValues;

const newInput = ({ raisedOn, meeting, note, ...issue }: NewValues) => ({
  ...issue,
  ...raiseInput({ raisedOn, meeting, note }),
});

function NewIssueBody({ dialog, meeting }: { dialog: FormDialog; meeting?: LoggedAt | undefined }) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useCoreMutation('systemIssue.add');
  const form = useDraftForm({
    key: dialog.key,
    initial: (): NewValues => ({
      ...emptyIssue(),
      raisedOn: meeting?.date ?? todayIso(),
      meeting: meeting ? { id: meeting.id, date: meeting.date } : null,
      note: '',
    }),
    schema: SystemIssueDraft,
    toInput: newInput,
  });
  const submit = form.onSubmit(async (input) => {
    const saved = await add.mutateAsync(input);
    dialog.close();
    toast.info(t('systemIssues.log.added', { title: saved.title }));
  });
  return (
    <form onSubmit={ownSubmit(submit)} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <IssueFields form={form} autoFocus />
        <RaiseFields form={form} meeting={meeting} />
      </div>
      <FormActions onCancel={dialog.close} submitLabel={t('systemIssues.log.submit')} />
    </form>
  );
}

/** What the core takes to record a raise, with "choose an issue" said as a required field. */
const RaiseAgain = casesContract['systemIssue.raise'].input.extend({
  id: z.string().min(1, { error: 'required' }).max(64),
});

type AgainValues = RaiseValues & { issueId: string };

function RaiseAgainBody({
  dialog,
  draftKey,
  meeting,
}: {
  dialog: FormDialog;
  draftKey: string;
  meeting: LoggedAt;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const raise = useCoreMutation('systemIssue.raise');
  const form = useDraftForm({
    key: draftKey,
    initial: (): AgainValues => ({
      issueId: '',
      raisedOn: meeting.date,
      meeting: { id: meeting.id, date: meeting.date },
      note: '',
    }),
    schema: RaiseAgain,
    toInput: ({ issueId, ...raise }: AgainValues) => ({ id: issueId, ...raiseInput(raise) }),
  });
  const submit = form.onSubmit(async (input) => {
    const saved = await raise.mutateAsync(input);
    dialog.close();
    toast.info(t('systemIssues.log.raisedAgain', { title: saved.title, count: saved.raisedCount }));
  });
  return (
    <form onSubmit={ownSubmit(submit)} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <div className="form__wide">
          <IssuePicker
            value={form.values.issueId}
            onChange={(id) => form.set('issueId', id)}
            errorMessage={form.errors.id}
          />
        </div>
        <RaiseFields form={form} meeting={meeting} />
      </div>
      <FormActions onCancel={dialog.close} submitLabel={t('systemIssues.log.submitAgain')} />
    </form>
  );
}
