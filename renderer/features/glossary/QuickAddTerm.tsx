import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import {
  optionalText,
  requiredText,
  type Concept,
  type ConceptDraft,
  type Language,
} from '../../../shared/contract';
import { looksLikeAcronym } from '../../../shared/domain/glossary-match';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { queryKey, useCoreMutation } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { useSettings } from '../../app/useSettings';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { localeOf } from '../../i18n';
import { otherLanguage } from './concept-text';
import { DuplicateWarning } from './DuplicateWarning';
import { conceptPath } from './links';
import { probeSide, useDuplicateGuard, type DuplicateProbe } from './useDuplicates';

/**
 * The quick "Add to glossary" of the notes: a term (or an acronym) met in a meeting, defined in a
 * few words in the app's language, with its name in the other language when the person knows it.
 * Everything else (subject, status, agency meanings) is for the full entry, one link away.
 */

/** The form's values: one side of a concept, plus the other language's term. */
const QuickAddValues = z.strictObject({
  term: requiredText(200),
  abbreviation: optionalText(40),
  definition: optionalText(4000),
  otherTerm: optionalText(200),
});
type QuickAddValues = z.input<typeof QuickAddValues>;

/** Longer than this, capitals are a shouted phrase rather than an acronym to define. */
const MAX_ACRONYM = 12;

/**
 * What the form starts from: selected words become the term, an acronym ("CMSM", "L&BS") the
 * short form, so the person types what it stands for.
 */
export function prefillValues(selected: string): QuickAddValues {
  const text = selected.replace(/\s+/g, ' ').trim();
  const acronym = text.length <= MAX_ACRONYM && looksLikeAcronym(text);
  return {
    term: acronym ? '' : text.slice(0, 200),
    abbreviation: acronym ? text : '',
    definition: '',
    otherTerm: '',
  };
}

export function toConceptDraft(values: QuickAddValues, language: Language): ConceptDraft {
  const side = {
    term: values.term.trim(),
    abbreviations: values.abbreviation.trim() ? [values.abbreviation.trim()] : [],
    definition: values.definition.trim(),
  };
  const other = { term: values.otherTerm.trim() };
  return language === 'en' ? { en: side, fr: other } : { en: other, fr: side };
}

const probeOf = (draft: ConceptDraft): DuplicateProbe => ({
  en: probeSide(draft.en),
  fr: probeSide(draft.fr),
});

export interface QuickAddTermProps {
  dialog: FormDialog;
  /** The words the person selected (or the acronym they chose to define). */
  prefill: string;
  /** After saving, once the editor's glossary is being refreshed. */
  onSaved?: (concept: Concept) => void;
}

export function QuickAddTerm(props: QuickAddTermProps) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame dialog={props.dialog} title={t('glossary.quickAdd.title')}>
      <QuickAddForm {...props} />
    </FormDialogFrame>
  );
}

function QuickAddForm({ dialog, prefill, onSaved }: QuickAddTermProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const language = settings.language;
  const other = otherLanguage(language);
  const languageName = (lang: Language) => t(`glossary.language.${lang}`);
  const toast = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const add = useCoreMutation('glossary.add');
  const form = useDraftForm({
    key: dialog.key,
    initial: () => prefillValues(prefill),
    schema: QuickAddValues,
  });
  // With an acronym, what is left to type is what it stands for; with a term, its definition.
  const startWithTerm = prefillValues(prefill).term === '';
  const element = useRef<HTMLFormElement>(null);
  const duplicates = useDuplicateGuard(probeOf(toConceptDraft(form.values, language)), element);

  const submit = form.onSubmit(async (values) => {
    const draft = toConceptDraft(values, language);
    if (!(await duplicates.mayAdd(probeOf(draft)))) return;
    const saved = await add.mutateAsync(draft);
    // Other screens refresh on the core's data.changed; the note's underlines must not wait.
    await queryClient.invalidateQueries({ queryKey: queryKey('glossary.index', {}) });
    dialog.close();
    toast.info(t('glossary.quickAdd.saved', { term: values.term.trim() }), {
      label: t('glossary.quickAdd.moreDetails'),
      onAction: () => void navigate(conceptPath(saved.id)),
    });
    onSaved?.(saved);
  });

  return (
    <form ref={element} onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <TextField
        {...form.text('term')}
        label={t('glossary.quickAdd.term', { language: languageName(language) })}
        inputLang={localeOf(language)}
        isRequired
        autoFocus={startWithTerm}
      />
      <TextField
        {...form.text('abbreviation')}
        label={t('glossary.quickAdd.abbreviation')}
        description={t('glossary.quickAdd.abbreviationHint')}
      />
      <TextField
        {...form.text('definition')}
        label={t('glossary.quickAdd.definition', { language: languageName(language) })}
        inputLang={localeOf(language)}
        multiline
        autoFocus={!startWithTerm}
      />
      <TextField
        {...form.text('otherTerm')}
        label={t('glossary.quickAdd.otherTerm', { language: languageName(other) })}
        inputLang={localeOf(other)}
      />
      <DuplicateWarning
        matches={duplicates.matches}
        confirming={duplicates.confirming}
        onAddAnyway={duplicates.addAnyway}
        onOpen={dialog.close}
      />
      <FormActions onCancel={dialog.close} submitLabel={t('glossary.quickAdd.save')} />
    </form>
  );
}
