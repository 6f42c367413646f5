import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CaseChanges, CaseDraft, type Case } from '../../../shared/contract';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { NONE } from '../meetings/useDirectoryOptions';
import { AgencyChecklist } from './AgencyChecklist';
import './cases.css';

interface CaseValues {
  code: string;
  initials: string;
  /** '' for none. */
  leadOrganizationId: string;
  agencyIds: string[];
  nextReviewDate: string | null;
}

const EMPTY: CaseValues = {
  code: '',
  initials: '',
  leadOrganizationId: NONE,
  agencyIds: [],
  nextReviewDate: null,
};

const valuesOf = (kase: Case): CaseValues => ({
  code: kase.code,
  initials: kase.initials,
  leadOrganizationId: kase.leadOrganizationId ?? NONE,
  agencyIds: kase.agencies.map((a) => a.organizationId),
  nextReviewDate: kase.nextReviewDate,
});

const draftInput = (v: CaseValues) => ({
  ...v,
  leadOrganizationId: v.leadOrganizationId || null,
});

// Agencies of an existing case are changed in its consent grid, one by one, with their consent.
const changesInput = ({ agencyIds: _agencies, ...v }: CaseValues) => ({
  ...v,
  leadOrganizationId: v.leadOrganizationId || null,
});

export interface CaseFormProps {
  dialog: FormDialog;
  /** The case to edit; without it the form opens a new one. */
  kase?: Case;
  /** After a new case is saved (the form has closed). */
  onCreated?: (kase: Case) => void;
}

export function CaseForm({ dialog, kase, onCreated }: CaseFormProps) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame
      dialog={dialog}
      title={kase ? t('cases.form.editTitle', { code: kase.code }) : t('cases.form.createTitle')}
    >
      {kase ? (
        <EditCaseBody dialog={dialog} kase={kase} />
      ) : (
        <NewCaseBody dialog={dialog} onCreated={onCreated} />
      )}
    </FormDialogFrame>
  );
}

function NewCaseBody({ dialog, onCreated }: Omit<CaseFormProps, 'kase'>) {
  const { t } = useTranslation();
  const toast = useToast();
  const create = useCoreMutation('case.create');
  const form = useDraftForm({
    key: dialog.key,
    initial: () => EMPTY,
    schema: CaseDraft,
    toInput: draftInput,
  });
  const submit = form.onSubmit(async (input) => {
    const saved = await create.mutateAsync(input);
    dialog.close();
    toast.info(t('cases.created', { code: saved.code }));
    onCreated?.(saved);
  });
  return (
    <form onSubmit={ownSubmit(submit)} noValidate className="form">
      <FormError message={form.formError} />
      <CaseFields form={form} isNew />
      <FormActions onCancel={dialog.close} submitLabel={t('cases.form.create')} />
    </form>
  );
}

function EditCaseBody({ dialog, kase }: { dialog: FormDialog; kase: Case }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useCoreMutation('case.update');
  const form = useDraftForm({
    key: dialog.key,
    initial: () => valuesOf(kase),
    schema: CaseChanges,
    toInput: changesInput,
  });
  const submit = form.onSubmit(async (changes) => {
    const saved = await update.mutateAsync({ id: kase.id, changes });
    dialog.close();
    toast.info(t('cases.saved', { code: saved.code }));
  });
  return (
    <form onSubmit={ownSubmit(submit)} noValidate className="form">
      <FormError message={form.formError} />
      <CaseFields form={form} isNew={false} />
      <FormActions onCancel={dialog.close} submitLabel={t('common.save')} />
    </form>
  );
}

/**
 * The form may open inside another form's dialog (a case review's "New case…"): React carries
 * events up through portals, so its submit must stop here or it would submit the form around it.
 */
const ownSubmit =
  (submit: (event: FormEvent<HTMLFormElement>) => Promise<void>) =>
  (event: FormEvent<HTMLFormElement>) => {
    event.stopPropagation();
    void submit(event);
  };

/** What the fields need of the form, whichever schema (new or edit) checks it. */
type CaseFormState = Pick<
  ReturnType<typeof useDraftForm<CaseValues, z.ZodType>>,
  'values' | 'set' | 'errors' | 'text'
>;

function CaseFields({ form, isNew }: { form: CaseFormState; isNew: boolean }) {
  const { t } = useTranslation();
  const organizations = useCoreQuery('org.list', { includeArchived: true });
  const { values, errors } = form;
  const kept = new Set([values.leadOrganizationId, ...values.agencyIds]);
  // Archived agencies are left out, unless the case already names them.
  const agencies = (organizations.data ?? [])
    .filter((o) => o.archivedAt === null || kept.has(o.id))
    .map((o) => ({ id: o.id, label: o.name }));

  return (
    <div className="form__grid">
      <TextField
        {...form.text('code')}
        label={t('cases.fields.code')}
        description={t(isNew ? 'cases.fields.codeNewDescription' : 'cases.fields.codeDescription')}
        isRequired={!isNew}
        autoFocus
      />
      <TextField
        {...form.text('initials')}
        label={t('cases.fields.initials')}
        description={t('cases.fields.initialsDescription')}
        autoComplete="off"
      />
      <Select
        label={t('cases.fields.lead')}
        name="leadOrganizationId"
        value={values.leadOrganizationId}
        onChange={(id) => form.set('leadOrganizationId', id)}
        errorMessage={errors.leadOrganizationId}
        options={[{ id: NONE, label: t('cases.fields.noLead') }, ...agencies]}
      />
      <DateField
        label={t('cases.fields.nextReview')}
        name="nextReviewDate"
        value={values.nextReviewDate}
        onChange={(day) => form.set('nextReviewDate', day)}
        errorMessage={errors.nextReviewDate}
      />
      {isNew && (
        <div className="form__wide">
          <AgencyChecklist
            label={t('cases.fields.agencies')}
            description={t('cases.fields.agenciesDescription')}
            options={agencies}
            value={values.agencyIds}
            onChange={(ids) => form.set('agencyIds', ids)}
            fixedId={values.leadOrganizationId || null}
          />
        </div>
      )}
    </div>
  );
}
