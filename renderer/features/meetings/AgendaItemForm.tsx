import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AgendaItemDraft,
  Confidentiality,
  ItemKind,
  ItemStatus,
  type AgendaItem,
} from '../../../shared/contract';
import { defaultConfidentiality } from '../../../shared/domain/item-confidentiality';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useCoreMutation } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { IdentifierHints } from '../../components/IdentifierHints';
import { Select } from '../../components/Select';
import { Switch } from '../../components/Switch';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { CasePicker } from '../cases/CasePicker';
import { NONE, useDirectoryOptions } from './useDirectoryOptions';
import { wholeNumber } from './whole-number';

interface ItemValues {
  title: string;
  kind: ItemKind;
  presenterPersonId: string;
  presenterOrganizationId: string;
  /** As typed: checked as whole minutes by the contract. */
  plannedMinutes: string;
  status: ItemStatus;
  recurring: boolean;
  /** As typed; '' for the default. */
  speakerSeconds: string;
  /** The case a case review is about; '' for none yet. */
  caseId: string;
  /** Chosen by hand; null follows the kind (a case review is internal). */
  confidentiality: Confidentiality | null;
}

const EMPTY: ItemValues = {
  title: '',
  kind: 'discussion',
  presenterPersonId: NONE,
  presenterOrganizationId: NONE,
  plannedMinutes: '10',
  status: 'pending',
  recurring: false,
  speakerSeconds: '',
  caseId: '',
  confidentiality: null,
};

const valuesOf = (item: AgendaItem): ItemValues => ({
  title: item.title,
  kind: item.kind,
  presenterPersonId: item.presenterPersonId ?? NONE,
  presenterOrganizationId: item.presenterOrganizationId ?? NONE,
  plannedMinutes: String(item.plannedMinutes),
  status: item.status,
  recurring: item.recurring,
  speakerSeconds: item.speakerSeconds === null ? '' : String(item.speakerSeconds),
  caseId: item.caseId ?? '',
  confidentiality:
    item.confidentiality === defaultConfidentiality(item.kind) ? null : item.confidentiality,
});

const toInput = (v: ItemValues) => ({
  title: v.title,
  kind: v.kind,
  presenterPersonId: v.presenterPersonId || null,
  presenterOrganizationId: v.presenterOrganizationId || null,
  plannedMinutes: wholeNumber(v.plannedMinutes),
  status: v.status,
  recurring: v.recurring,
  // Only a speaking round has a time per speaker.
  speakerSeconds:
    v.kind === 'round' && v.speakerSeconds.trim() !== '' ? wholeNumber(v.speakerSeconds) : null,
  // Only a case review is about a case.
  caseId: v.kind === 'case_review' && v.caseId ? v.caseId : null,
  confidentiality: v.confidentiality ?? defaultConfidentiality(v.kind),
});

/** Where a new item goes: a meeting's agenda, or a series' parking lot. */
export type ItemTarget = { meetingId: string } | { seriesId: string };

export interface AgendaItemFormProps {
  dialog: FormDialog;
  target: ItemTarget;
  /** The item to edit; without it the form adds one. */
  item?: AgendaItem;
}

export function AgendaItemForm({ dialog, target, item }: AgendaItemFormProps) {
  const { t } = useTranslation();
  const title = item
    ? t('agenda.form.editTitle')
    : 'seriesId' in target
      ? t('series.parking.addTitle')
      : t('agenda.form.addTitle');
  return (
    <FormDialogFrame dialog={dialog} title={title}>
      <AgendaItemFormBody dialog={dialog} target={target} item={item} />
    </FormDialogFrame>
  );
}

function AgendaItemFormBody({ dialog, target, item }: AgendaItemFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useCoreMutation('agenda.add');
  const addParked = useCoreMutation('parking.add');
  const update = useCoreMutation('agenda.update');
  const form = useDraftForm({
    key: dialog.key,
    initial: () => (item ? valuesOf(item) : EMPTY),
    schema: AgendaItemDraft,
    toInput,
  });
  const { values, errors } = form;
  const titleId = useId();
  const level = values.confidentiality ?? defaultConfidentiality(values.kind);
  const { personOptions, organizationOptions } = useDirectoryOptions([
    values.presenterPersonId,
    values.presenterOrganizationId,
  ]);

  // The draft schema fills in empty notes; an edit must leave the item's notes as they are.
  const submit = form.onSubmit(async ({ notes: _notes, ...fields }) => {
    if (item) {
      const saved = await update.mutateAsync({ id: item.id, changes: fields });
      dialog.close();
      toast.info(t('agenda.saved', { title: saved.title }));
    } else if ('seriesId' in target) {
      const saved = await addParked.mutateAsync({ seriesId: target.seriesId, item: fields });
      dialog.close();
      toast.info(t('series.parking.added', { title: saved.title }));
    } else {
      const saved = await add.mutateAsync({ meetingId: target.meetingId, item: fields });
      dialog.close();
      toast.info(t('agenda.added', { title: saved.title }));
    }
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <div className="form__wide">
          <TextField
            {...form.text('title')}
            id={titleId}
            label={t('agenda.fields.title')}
            description={
              values.kind === 'case_review' ? t('caseReview.titleDescription') : undefined
            }
            isRequired
            autoFocus
          />
          {/* A title is shown to the room: a phone number or a birth date typed in it is flagged. */}
          <IdentifierHints
            value={values.title}
            onChange={(title) => form.set('title', title)}
            fieldId={titleId}
          />
        </div>
        <Select<ItemKind>
          label={t('agenda.fields.kind')}
          name="kind"
          value={values.kind}
          onChange={(kind) => form.set('kind', kind)}
          errorMessage={errors.kind}
          options={ItemKind.options.map((k) => ({ id: k, label: t(`agenda.kind.${k}`) }))}
        />
        <TextField
          {...form.text('plannedMinutes')}
          label={t('agenda.fields.minutes')}
          description={t('agenda.fields.minutesDescription')}
          inputMode="numeric"
          isRequired
        />
        <Select
          label={t('agenda.fields.presenter')}
          name="presenterPersonId"
          value={values.presenterPersonId}
          onChange={(id) => form.set('presenterPersonId', id)}
          errorMessage={errors.presenterPersonId}
          options={personOptions}
        />
        <Select
          label={
            // A case also has a lead agency: the review's own agency is named for what it does.
            values.kind === 'case_review'
              ? t('caseReview.presenting')
              : t('agenda.fields.presenterAgency')
          }
          name="presenterOrganizationId"
          value={values.presenterOrganizationId}
          onChange={(id) => form.set('presenterOrganizationId', id)}
          errorMessage={errors.presenterOrganizationId}
          options={organizationOptions}
        />
        {values.kind === 'case_review' && (
          <div className="form__wide">
            <CasePicker
              value={values.caseId}
              onChange={(caseId) => form.set('caseId', caseId)}
              draftKey={dialog.key}
              description={t('caseReview.caseDescription')}
              errorMessage={errors.caseId}
            />
          </div>
        )}
        <Select<Confidentiality>
          label={t('notes.confidentiality.label')}
          name="confidentiality"
          value={level}
          onChange={(chosen) => form.set('confidentiality', chosen)}
          errorMessage={errors.confidentiality}
          // Why a case review starts internal, while it still is.
          description={
            values.kind === 'case_review' && level === 'internal'
              ? t('caseReview.internalByDefault')
              : t(`notes.confidentiality.${level}Description`)
          }
          options={Confidentiality.options.map((option) => ({
            id: option,
            label: t(`notes.confidentiality.${option}`),
          }))}
        />
        {values.kind === 'round' && (
          <TextField
            {...form.text('speakerSeconds')}
            label={t('agenda.fields.speakerSeconds')}
            description={t('agenda.fields.speakerSecondsDescription')}
            inputMode="numeric"
          />
        )}
        {item && (
          <Select<ItemStatus>
            label={t('agenda.fields.status')}
            name="status"
            value={values.status}
            onChange={(status) => form.set('status', status)}
            errorMessage={errors.status}
            options={ItemStatus.options.map((s) => ({ id: s, label: t(`agenda.status.${s}`) }))}
          />
        )}
        <div className="form__wide field">
          <Switch
            isSelected={values.recurring}
            onChange={(recurring) => form.set('recurring', recurring)}
            aria-describedby="agenda-recurring-description"
          >
            {t('agenda.fields.recurring')}
          </Switch>
          <p id="agenda-recurring-description" className="field__description">
            {t('agenda.fields.recurringDescription')}
          </p>
        </div>
      </div>
      <FormActions
        onCancel={dialog.close}
        submitLabel={item ? t('common.save') : t('agenda.form.add')}
      />
    </form>
  );
}
