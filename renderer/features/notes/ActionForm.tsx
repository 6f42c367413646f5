import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  ActionChanges,
  ActionDraft,
  ActionStatus,
  requiredText,
  type Action,
  type PersonSummary,
} from '../../../shared/contract';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useCoreMutation } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { IdentifierHints } from '../../components/IdentifierHints';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { NONE, useDirectoryOptions } from '../meetings/useDirectoryOptions';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import type { CapturedWords } from './captured-words';
import { duePicks } from './due-picks';
import { shortText, useNotesActions } from './useNotesActions';

/** The person picker's choice for someone who is not in the directory: their name is typed. */
export const SOMEONE_ELSE = '*';

interface ActionValues {
  description: string;
  organizationId: string;
  /** A directory person's id, NONE, or SOMEONE_ELSE. */
  personId: string;
  /** Typed, for SOMEONE_ELSE. */
  personName: string;
  dueDate: string | null;
  status: ActionStatus;
}

const EMPTY: ActionValues = {
  description: '',
  organizationId: NONE,
  personId: NONE,
  personName: '',
  dueDate: null,
  status: 'open',
};

const valuesOf = (action: Action): ActionValues => ({
  description: action.description,
  organizationId: action.organizationId ?? NONE,
  personId: action.personId ?? (action.personName ? SOMEONE_ELSE : NONE),
  personName: action.personId ? '' : action.personName,
  dueDate: action.dueDate,
  status: action.status,
});

/**
 * A name must be typed once "someone not in the directory" is chosen. It sits beside the
 * contract's schema (its field is `personName` too, so the message lands on the name field).
 */
const TypedPerson = z.object({ personName: requiredText(200) }).optional();
const AddSchema = z.object({ action: ActionDraft, typed: TypedPerson });
const EditSchema = z.object({ changes: ActionChanges, typed: TypedPerson });

/** The fields both schemas share, from what the form holds. */
const fieldsOf = (v: ActionValues) => ({
  description: v.description,
  organizationId: v.organizationId || null,
  personId: v.personId === SOMEONE_ELSE ? null : v.personId || null,
  personName: v.personId === SOMEONE_ELSE ? v.personName : '',
  dueDate: v.dueDate,
});

const typedOf = (v: ActionValues) =>
  v.personId === SOMEONE_ELSE ? { personName: v.personName } : undefined;

export interface ActionFormProps {
  dialog: FormDialog;
  /** The meeting whose notes are open: new actions belong to it, quick picks count from its date. */
  meeting: { id: string; date: string };
  nextMeetingDate: string | null;
  /** The agenda item a new action is decided under; null for the meeting as a whole. */
  itemId?: string | null;
  /** The action to edit; without it the form adds one. */
  action?: Action;
  /**
   * Words captured from the notes, which the add form starts from. They are still in the note,
   * so closing the untouched form asks nothing; they leave the note once the action is saved.
   */
  captured?: CapturedWords | null;
}

export function ActionForm(props: ActionFormProps) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame
      dialog={props.dialog}
      title={props.action ? t('actions.form.editTitle') : t('actions.form.addTitle')}
    >
      <ActionFormBody {...props} />
    </FormDialogFrame>
  );
}

function personLabel(person: PersonSummary): string {
  const job = person.current[0];
  const agency = job ? job.organizationShortName || job.organizationName : '';
  return agency ? `${person.name} (${agency})` : person.name;
}

function ActionFormBody({
  dialog,
  meeting,
  nextMeetingDate,
  itemId = null,
  action,
  captured,
}: ActionFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { actionRecorded } = useNotesActions();
  const format = useMeetingFormat();
  const add = useCoreMutation('action.add');
  const update = useCoreMutation('action.update');
  const form = useDraftForm({
    key: dialog.key,
    initial: () => (action ? valuesOf(action) : { ...EMPTY, description: captured?.text ?? '' }),
    schema: action ? EditSchema : AddSchema,
    toInput: (v: ActionValues) =>
      action
        ? { changes: { ...fieldsOf(v), status: v.status }, typed: typedOf(v) }
        : { action: { meetingId: meeting.id, itemId, ...fieldsOf(v) }, typed: typedOf(v) },
  });
  const { values, errors } = form;
  const descriptionId = useId();
  const directory = useDirectoryOptions([values.organizationId, values.personId]);
  const agency = directory.organizations.find((o) => o.id === values.organizationId);

  // With an agency chosen, its people come first to mind: only they are offered (and whoever
  // is already chosen, so an edit never drops the person silently).
  const people = directory.people.filter(
    (p) =>
      p.id === values.personId ||
      (p.archivedAt === null &&
        (!agency || p.current.some((job) => job.organizationId === agency.id))),
  );
  const personOptions = [
    { id: NONE, label: t('actions.form.noPerson') },
    ...people.map((p) => ({ id: p.id, label: agency ? p.name : personLabel(p) })),
    { id: SOMEONE_ELSE, label: t('actions.form.someoneElse') },
  ];

  const submit = form.onSubmit(async (input) => {
    if ('changes' in input) {
      if (!action) return;
      const saved = await update.mutateAsync({ id: action.id, changes: input.changes });
      dialog.close();
      toast.info(t('actions.form.saved', { description: shortText(saved.description) }));
    } else {
      const saved = await add.mutateAsync(input.action);
      captured?.commit();
      dialog.close();
      actionRecorded(saved, captured ?? undefined);
    }
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <div className="form__wide">
          <TextField
            {...form.text('description')}
            id={descriptionId}
            label={t('actions.form.fields.description')}
            multiline
            isRequired
            autoFocus
          />
          {/* Actions go to the register and the minutes: identifiers typed here are flagged. */}
          <IdentifierHints
            value={values.description}
            onChange={(description) => form.set('description', description)}
            fieldId={descriptionId}
          />
        </div>
        <Select
          label={t('actions.form.fields.agency')}
          name="organizationId"
          value={values.organizationId}
          onChange={(id) => form.set('organizationId', id)}
          errorMessage={errors.organizationId}
          options={[
            { id: NONE, label: t('actions.form.noAgency') },
            ...directory.organizationOptions.filter((o) => o.id !== NONE),
          ]}
        />
        <Select
          label={t('actions.form.fields.person')}
          description={
            agency ? t('actions.form.personOfAgency', { agency: agency.name }) : undefined
          }
          name="personId"
          value={values.personId}
          onChange={(id) => form.set('personId', id)}
          errorMessage={values.personId === SOMEONE_ELSE ? undefined : errors.personId}
          options={personOptions}
        />
        {values.personId === SOMEONE_ELSE && (
          <div className="form__wide">
            <TextField
              {...form.text('personName')}
              label={t('actions.form.fields.personName')}
              description={t('actions.form.personNameDescription')}
              isRequired
            />
          </div>
        )}
        <div className="form__wide due-field">
          <DateField
            label={t('actions.form.fields.dueDate')}
            name="dueDate"
            value={values.dueDate}
            onChange={(date) => form.set('dueDate', date)}
            errorMessage={errors.dueDate}
          />
          <div className="due-field__picks" role="group" aria-label={t('actions.form.duePicks')}>
            {duePicks(meeting.date, nextMeetingDate).map((pick) => (
              <Button
                key={pick.kind}
                variant="quiet"
                onPress={() => form.set('dueDate', pick.date)}
              >
                {values.dueDate === pick.date && <span aria-hidden="true">✓ </span>}
                {t(`actions.form.due.${pick.kind}`, { date: format.shortDay(pick.date) })}
              </Button>
            ))}
            {values.dueDate !== null && (
              <Button variant="quiet" onPress={() => form.set('dueDate', null)}>
                {t('actions.form.due.none')}
              </Button>
            )}
          </div>
        </div>
        {action && (
          <Select<ActionStatus>
            label={t('actions.form.fields.status')}
            name="status"
            value={values.status}
            onChange={(status) => form.set('status', status)}
            errorMessage={errors.status}
            options={ActionStatus.options.map((s) => ({
              id: s,
              label: t(`actions.form.status.${s}`),
            }))}
          />
        )}
      </div>
      <FormActions
        onCancel={dialog.close}
        submitLabel={action ? t('common.save') : t('actions.form.add')}
      />
    </form>
  );
}
