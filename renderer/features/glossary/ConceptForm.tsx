import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SubjectField,
  TermStatus,
  type Concept,
  type ConceptDraft,
  type Language,
} from '../../../shared/contract';
import { AppError, isAppError } from '../../../shared/errors';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useCoreMutation } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { localeOf } from '../../i18n';
import { useDirectoryOptions } from '../meetings/useDirectoryOptions';
import {
  ConceptFormSchema,
  EMPTY_VALUES,
  meaningName,
  sideName,
  toDraft,
  type SideField,
  toFieldIssues,
  valuesOf,
  type ConceptRef,
  type ConceptValues,
  type MeaningRow,
} from './concept-form-values';
import { conceptTerm } from './concept-text';
import { ConceptPicker, refLabel } from './ConceptPicker';
import { DuplicateWarning } from './DuplicateWarning';
import { probeSide, useDuplicateGuard, type DuplicateProbe } from './useDuplicates';

export interface ConceptFormProps {
  dialog: FormDialog;
  /** The concept to edit; without it the form creates one. */
  concept?: Concept | undefined;
  /** What a new concept starts with, e.g. the term searched for. */
  initial?: ConceptValues;
  onSaved?: (concept: Concept) => void;
}

/** Creates or edits a concept: both languages' sides, then what they share. */
export function ConceptForm(props: ConceptFormProps) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame
      dialog={props.dialog}
      title={t(props.concept ? 'glossary.form.editTitle' : 'glossary.form.createTitle')}
    >
      <ConceptFormBody {...props} />
    </FormDialogFrame>
  );
}

/** The core's issues renamed to the form's fields, so they show next to the right one. */
const onFields = (error: unknown) =>
  isAppError(error) && error.issues
    ? new AppError(error.code, error.message, toFieldIssues(error.issues))
    : error;

let newRows = 0;

/** What the duplicate check compares: the terms and acronyms, and which concept is edited. */
const probeOf = (draft: ConceptDraft, exceptId: string | undefined): DuplicateProbe => ({
  en: probeSide(draft.en),
  fr: probeSide(draft.fr),
  ...(exceptId ? { exceptId } : {}),
});

function ConceptFormBody({ dialog, concept, initial, onSaved }: ConceptFormProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const toast = useToast();
  const add = useCoreMutation('glossary.add');
  const update = useCoreMutation('glossary.update');
  const form = useDraftForm({
    key: dialog.key,
    initial: () => (concept ? valuesOf(concept) : (initial ?? EMPTY_VALUES)),
    schema: ConceptFormSchema,
    toInput: toDraft,
  });
  const { values, errors } = form;
  const element = useRef<HTMLFormElement>(null);
  const duplicates = useDuplicateGuard(probeOf(toDraft(values), concept?.id), element);
  const agencies = useDirectoryOptions([
    values.organizationId,
    ...values.meanings.map((m) => m.organizationId),
  ]).organizationOptions;
  const k = 'glossary.form';

  const submit = form.onSubmit(async (draft) => {
    // A new concept that doubles one waits for "Add anyway"; an edit is only warned, as typed.
    if (!concept && !(await duplicates.mayAdd(probeOf(draft, undefined)))) return;
    let saved: Concept;
    try {
      saved = concept
        ? await update.mutateAsync({ id: concept.id, draft })
        : await add.mutateAsync(draft);
    } catch (error) {
      throw onFields(error);
    }
    dialog.close();
    toast.info(
      t(concept ? `${k}.saved` : `${k}.created`, {
        term: conceptTerm(saved, settings.language).text,
      }),
    );
    onSaved?.(saved);
  });

  const setMeaning = (index: number, changes: Partial<MeaningRow>) =>
    form.set(
      'meanings',
      values.meanings.map((row, i) => (i === index ? { ...row, ...changes } : row)),
    );

  return (
    <form ref={element} onSubmit={submit} noValidate className="form concept-form">
      <FormError message={form.formError} />
      <div className="concept-form__sides">
        {(['en', 'fr'] as const).map((language) => (
          <SideFields
            key={language}
            language={language}
            form={form}
            autoFocus={language === settings.language && !concept}
          />
        ))}
      </div>
      <DuplicateWarning
        matches={duplicates.matches}
        confirming={duplicates.confirming}
        onAddAnyway={duplicates.addAnyway}
        onOpen={dialog.close}
      />

      <div className="form__grid concept-form__shared">
        <Select<SubjectField>
          label={t(`${k}.subject`)}
          name="subject"
          value={values.subject}
          onChange={(subject) => form.set('subject', subject)}
          errorMessage={errors.subject}
          options={SubjectField.options.map((id) => ({ id, label: t(`glossary.subject.${id}`) }))}
        />
        <Select<TermStatus>
          label={t(`${k}.status`)}
          name="status"
          value={values.status}
          onChange={(status) => form.set('status', status)}
          errorMessage={errors.status}
          description={t(`${k}.statusDescription`)}
          options={TermStatus.options.map((id) => ({ id, label: t(`glossary.status.${id}`) }))}
        />
        {values.status === 'deprecated' && (
          <div className="form__wide concept-form__preferred">
            {values.preferred && (
              <p className="concept-form__chosen">
                <span>{t(`${k}.useInstead`)} </span>
                <strong>{refLabel(values.preferred, settings.language)}</strong>{' '}
                <Button variant="quiet" onPress={() => form.set('preferred', null)}>
                  {t(`${k}.removePreferred`)}
                </Button>
              </p>
            )}
            <ConceptPicker
              label={t(values.preferred ? `${k}.changePreferred` : `${k}.preferred`)}
              description={t(`${k}.preferredDescription`)}
              errorMessage={errors.preferred}
              exclude={[concept?.id ?? '', values.preferred?.id ?? '']}
              onPick={(ref) => form.set('preferred', ref)}
            />
          </div>
        )}
        <Select
          label={t(`${k}.agency`)}
          name="organizationId"
          value={values.organizationId}
          onChange={(id) => form.set('organizationId', id)}
          errorMessage={errors.organizationId}
          description={t(`${k}.agencyDescription`)}
          options={agencies}
        />
        <DateField
          label={t(`${k}.reviewedOn`)}
          name="reviewedOn"
          value={values.reviewedOn}
          onChange={(day) => form.set('reviewedOn', day)}
          errorMessage={errors.reviewedOn}
        />
      </div>

      <fieldset className="concept-form__group">
        <legend>{t(`${k}.meanings`)}</legend>
        <p className="field__description">{t(`${k}.meaningsDescription`)}</p>
        {values.meanings.map((row, index) => (
          <fieldset key={row.key} className="concept-form__meaning">
            <legend className="visually-hidden">{t(`${k}.meaningN`, { n: index + 1 })}</legend>
            <Select
              label={t(`${k}.meaningAgency`)}
              value={row.organizationId}
              onChange={(organizationId) => setMeaning(index, { organizationId })}
              errorMessage={errors[meaningName(index, 'organizationId')]}
              options={[{ id: '', label: t(`${k}.chooseAgency`) }, ...agencies.slice(1)]}
            />
            <TextField
              label={t(`${k}.meaningEn`)}
              value={row.en}
              onChange={(en) => setMeaning(index, { en })}
              errorMessage={errors[meaningName(index, 'en')]}
              multiline
            />
            <TextField
              label={t(`${k}.meaningFr`)}
              value={row.fr}
              onChange={(fr) => setMeaning(index, { fr })}
              errorMessage={errors[meaningName(index, 'fr')]}
              multiline
            />
            <Button
              variant="quiet"
              aria-label={t(`${k}.removeMeaningN`, { n: index + 1 })}
              onPress={() =>
                form.set(
                  'meanings',
                  values.meanings.filter((_, i) => i !== index),
                )
              }
            >
              {t(`${k}.removeMeaning`)}
            </Button>
          </fieldset>
        ))}
        <Button
          onPress={() =>
            form.set('meanings', [
              ...values.meanings,
              { key: `new-${(newRows += 1)}`, organizationId: '', en: '', fr: '' },
            ])
          }
        >
          {t(`${k}.addMeaning`)}
        </Button>
      </fieldset>

      <fieldset className="concept-form__group">
        <legend>{t(`${k}.seeAlso`)}</legend>
        {values.seeAlso.length > 0 && (
          <ul className="plain-list concept-form__links">
            {values.seeAlso.map((ref) => (
              <li key={ref.id}>
                <span>{refLabel(ref, settings.language)}</span>{' '}
                <Button
                  variant="quiet"
                  aria-label={t('common.actionOn', {
                    action: t(`${k}.removeLink`),
                    name: refLabel(ref, settings.language),
                  })}
                  onPress={() =>
                    form.set(
                      'seeAlso',
                      values.seeAlso.filter((r) => r.id !== ref.id),
                    )
                  }
                >
                  {t(`${k}.removeLink`)}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <ConceptPicker
          label={t(`${k}.addLink`)}
          errorMessage={errors.seeAlso}
          exclude={[concept?.id ?? '', ...values.seeAlso.map((r) => r.id)]}
          onPick={(ref: ConceptRef) => form.set('seeAlso', [...values.seeAlso, ref])}
        />
      </fieldset>

      <FormActions
        onCancel={dialog.close}
        submitLabel={concept ? t('common.save') : t(`${k}.create`)}
      />
    </form>
  );
}

type ConceptFormState = ReturnType<typeof useDraftForm<ConceptValues, typeof ConceptFormSchema>>;

/** One language's side: term, acronyms, synonyms, definition and usage note. */
function SideFields({
  language,
  form,
  autoFocus,
}: {
  language: Language;
  form: ConceptFormState;
  autoFocus: boolean;
}) {
  const { t } = useTranslation();
  const k = 'glossary.form';
  // Each field says its language in its name (a screen reader may not say the group's), and
  // what is typed in it is in that language, whatever the app's.
  const field = (name: SideField) => ({
    ...form.text(sideName(language, name)),
    label: t(`${k}.inLanguage`, {
      field: t(`${k}.${name}`),
      language: t(`glossary.language.${language}`),
    }),
    inputLang: localeOf(language),
  });
  return (
    <fieldset className="concept-form__side">
      <legend>{t(`glossary.language.${language}Side`)}</legend>
      <TextField {...field('term')} autoFocus={autoFocus} />
      <TextField {...field('abbreviations')} description={t(`${k}.abbreviationsDescription`)} />
      <TextField {...field('synonyms')} description={t(`${k}.synonymsDescription`)} multiline />
      <TextField {...field('definition')} multiline />
      <TextField {...field('note')} multiline />
    </fieldset>
  );
}
