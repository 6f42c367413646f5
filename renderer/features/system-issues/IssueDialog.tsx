import { use, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { casesContract, SystemIssueChanges, type SystemIssue } from '../../../shared/contract';
import { DraftsContext } from '../../app/drafts';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useCoreMutation } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { Select } from '../../components/Select';
import { useToast } from '../../components/useToast';
import { todayIso } from '../meetings/schedule';
import { raiseInput, type IssueEditValues, type RaiseValues } from './form-state';
import { IssueFields } from './IssueFields';
import { useIssueText } from './issue-text';
import { IssueStatusText } from './IssueStatusText';
import { ownSubmit } from './NewIssueDialog';
import { NoIdentifiersNote } from './NoIdentifiersNote';
import { RaiseFields } from './RaiseFields';
import { RaiseList } from './RaiseList';

export interface IssueDialogProps {
  issue: SystemIssue;
  onClose: () => void;
  onDelete: (issue: SystemIssue) => void;
}

/**
 * One issue over the list: every time it was raised and "Raised again" first (what a chair comes
 * for), then its fields to edit. Closing with either form changed asks first, as every form
 * dialog does.
 */
export function IssueDialog({ issue, onClose, onDelete }: IssueDialogProps) {
  const { t } = useTranslation();
  const text = useIssueText();
  const drafts = use(DraftsContext);
  const editKey = `systemIssue:${issue.id}:edit`;
  const raiseKey = `systemIssue:${issue.id}:raise`;
  const frame = useMemo<FormDialog>(
    () => ({
      key: editKey,
      isOpen: true,
      open: () => {},
      close: () => {
        drafts.delete(editKey);
        drafts.delete(raiseKey);
        onClose();
      },
      hasChanges: () => drafts.has(editKey) || drafts.has(raiseKey),
    }),
    [drafts, editKey, raiseKey, onClose],
  );
  const k = 'systemIssues.detail';
  return (
    <FormDialogFrame dialog={frame} title={issue.title}>
      <div className="issue-dialog">
        <p className="issue-dialog__summary">
          <span>{text.raised(issue)}</span>
          <IssueStatusText status={issue.status} />
        </p>
        <NoIdentifiersNote />
        <section aria-labelledby="issue-raises-title">
          <h3 id="issue-raises-title" tabIndex={-1}>
            {t(`${k}.raisesTitle`, { count: issue.raisedCount })}
          </h3>
          <RaiseList issue={issue} headingId="issue-raises-title" />
        </section>
        <section aria-labelledby="issue-again-title">
          <h3 id="issue-again-title">{t(`${k}.againTitle`)}</h3>
          <RaiseAgainForm key={issue.raisedCount} issue={issue} draftKey={raiseKey} />
        </section>
        <section aria-labelledby="issue-edit-title">
          <h3 id="issue-edit-title">{t(`${k}.editTitle`)}</h3>
          {/* Saved changes start the form afresh from what was saved; typing survives in drafts. */}
          <EditIssueForm key={issue.updatedAt} issue={issue} draftKey={editKey} />
        </section>
        <div className="dialog__actions issue-dialog__actions">
          <Button variant="danger" onPress={() => onDelete(issue)}>
            {t(`${k}.delete`)}
          </Button>
          <Button onPress={frame.close}>{t('common.close')}</Button>
        </div>
      </div>
    </FormDialogFrame>
  );
}

function EditIssueForm({ issue, draftKey }: { issue: SystemIssue; draftKey: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useCoreMutation('systemIssue.update');
  const form = useDraftForm({
    key: draftKey,
    initial: (): IssueEditValues => ({
      title: issue.title,
      description: issue.description,
      category: issue.category,
      tags: issue.tags,
      status: issue.status,
    }),
    schema: SystemIssueChanges,
  });
  const submit = form.onSubmit(async (changes) => {
    await update.mutateAsync({ id: issue.id, changes });
    form.discard();
    toast.info(t('systemIssues.detail.saved'));
  });
  return (
    <form onSubmit={ownSubmit(submit)} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <IssueFields form={form} />
        <Select
          label={t('systemIssues.fields.status')}
          name="status"
          value={form.values.status}
          onChange={(status) => form.set('status', status)}
          errorMessage={form.errors.status}
          options={(['open', 'escalated', 'resolved'] as const).map((status) => ({
            id: status,
            label: t(`systemIssues.status.${status}`),
          }))}
        />
      </div>
      <div className="issue-dialog__form-actions">
        <Button type="submit" variant="primary">
          {t('systemIssues.detail.save')}
        </Button>
      </div>
    </form>
  );
}

function RaiseAgainForm({ issue, draftKey }: { issue: SystemIssue; draftKey: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const raise = useCoreMutation('systemIssue.raise');
  const form = useDraftForm({
    key: draftKey,
    initial: (): RaiseValues => ({ raisedOn: todayIso(), meeting: null, note: '' }),
    schema: casesContract['systemIssue.raise'].input,
    toInput: (values: RaiseValues) => ({ id: issue.id, ...raiseInput(values) }),
  });
  const submit = form.onSubmit(async (input) => {
    const saved = await raise.mutateAsync(input);
    form.discard();
    toast.info(t('systemIssues.log.raisedAgain', { title: saved.title, count: saved.raisedCount }));
  });
  return (
    <form onSubmit={ownSubmit(submit)} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <RaiseFields form={form} />
      </div>
      <div className="issue-dialog__form-actions">
        <Button type="submit" variant="primary">
          {t('systemIssues.detail.recordRaise')}
        </Button>
      </div>
    </form>
  );
}
