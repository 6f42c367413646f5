import { z } from 'zod';
import {
  ConceptDraft,
  type Concept,
  type Language,
  type SubjectField,
  type TermStatus,
} from '../../../shared/contract';

/** A concept chosen in a picker: its id and its terms, to show it before saving. */
export interface ConceptRef {
  id: string;
  en: string;
  fr: string;
}

export interface MeaningRow {
  /** Stable across edits, so React keeps each row's fields as they are. */
  key: string;
  organizationId: string;
  en: string;
  fr: string;
}

/**
 * The concept form's values, flat so that each field has its own name for its error. Acronyms are
 * typed separated by commas and synonyms one per line (a synonym may hold a comma).
 */
export interface ConceptValues {
  enTerm: string;
  enAbbreviations: string;
  enSynonyms: string;
  enDefinition: string;
  enNote: string;
  frTerm: string;
  frAbbreviations: string;
  frSynonyms: string;
  frDefinition: string;
  frNote: string;
  subject: SubjectField;
  status: TermStatus;
  preferred: ConceptRef | null;
  /** '' for no agency. */
  organizationId: string;
  meanings: MeaningRow[];
  seeAlso: ConceptRef[];
  reviewedOn: string | null;
}

export const SIDE_FIELDS = ['term', 'abbreviations', 'synonyms', 'definition', 'note'] as const;
export type SideField = (typeof SIDE_FIELDS)[number];

/** `en` + `term` → `enTerm`: the form's name of one side's field. */
export const sideName = (language: Language, field: SideField) =>
  `${language}${field[0]!.toUpperCase()}${field.slice(1)}` as `${Language}${Capitalize<SideField>}`;

export const meaningName = (index: number, field: 'organizationId' | 'en' | 'fr') =>
  `meanings-${index}-${field}`;

export const EMPTY_VALUES: ConceptValues = {
  enTerm: '',
  enAbbreviations: '',
  enSynonyms: '',
  enDefinition: '',
  enNote: '',
  frTerm: '',
  frAbbreviations: '',
  frSynonyms: '',
  frDefinition: '',
  frNote: '',
  subject: 'general',
  status: 'preferred',
  preferred: null,
  organizationId: '',
  meanings: [],
  seeAlso: [],
  reviewedOn: null,
};

/** A new concept, with the term typed somewhere else (a search, a selection in the notes). */
export function newValues(term: string, language: Language): ConceptValues {
  return { ...EMPTY_VALUES, [sideName(language, 'term')]: term.trim() };
}

export function valuesOf(concept: Concept): ConceptValues {
  const side = (language: Language) => {
    const s = concept[language];
    return {
      [sideName(language, 'term')]: s.term,
      [sideName(language, 'abbreviations')]: s.abbreviations.join(', '),
      [sideName(language, 'synonyms')]: s.synonyms.join('\n'),
      [sideName(language, 'definition')]: s.definition,
      [sideName(language, 'note')]: s.note,
    };
  };
  return {
    ...EMPTY_VALUES,
    ...side('en'),
    ...side('fr'),
    subject: concept.subject,
    status: concept.status,
    preferred: concept.preferred,
    organizationId: concept.organization?.id ?? '',
    meanings: concept.meanings.map((m) => ({
      key: m.organizationId,
      organizationId: m.organizationId,
      en: m.en,
      fr: m.fr,
    })),
    seeAlso: concept.seeAlso,
    reviewedOn: concept.reviewedOn,
  };
}

const pieces = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');

/** The draft the core takes: lists split, and a preferred term only for a deprecated one. */
export function toDraft(values: ConceptValues): ConceptDraft {
  const side = (language: Language) => ({
    term: values[sideName(language, 'term')],
    abbreviations: pieces(values[sideName(language, 'abbreviations')], /[,;]/),
    synonyms: pieces(values[sideName(language, 'synonyms')], /\n/),
    definition: values[sideName(language, 'definition')],
    note: values[sideName(language, 'note')],
  });
  return {
    en: side('en'),
    fr: side('fr'),
    subject: values.subject,
    status: values.status,
    // Switching away from "deprecated" drops the redirect rather than refusing the form.
    preferredId: values.status === 'deprecated' ? (values.preferred?.id ?? null) : null,
    organizationId: values.organizationId || null,
    meanings: values.meanings.map(({ organizationId, en, fr }) => ({ organizationId, en, fr })),
    seeAlso: values.seeAlso.map((ref) => ref.id),
    reviewedOn: values.reviewedOn,
  };
}

type Path = readonly PropertyKey[];

/**
 * The form field an issue of the draft is about: `['en', 'abbreviations', 2]` is `enAbbreviations`,
 * `['meanings', 0, 'en']` is `meanings-0-en`. The core's issues for an update start with `draft`.
 */
export function fieldOf(path: Path): string | undefined {
  const parts = path[0] === 'draft' ? path.slice(1) : path;
  const [first, second, third] = parts;
  if ((first === 'en' || first === 'fr') && typeof second === 'string') {
    return (SIDE_FIELDS as readonly string[]).includes(second)
      ? sideName(first, second as SideField)
      : undefined;
  }
  if (first === 'meanings' && typeof second === 'number') {
    return meaningName(second, third === 'en' || third === 'fr' ? third : 'organizationId');
  }
  if (first === 'preferredId') return 'preferred';
  if (typeof first === 'string') return first;
  return undefined;
}

/** Issues with their paths renamed to the form's fields, so each message lands on its field. */
export const toFieldIssues = <I extends { path: Path; message: string }>(issues: readonly I[]) =>
  issues.map((issue) => {
    const field = fieldOf(issue.path);
    return { ...issue, path: field === undefined ? [] : [field] };
  });

/**
 * The contract's rules for a concept, reporting on the form's field names. A meaning needs its
 * agency: said plainly rather than as an invalid id.
 */
export const ConceptFormSchema = z.unknown().transform((input, ctx) => {
  const draft = input as ConceptDraft;
  let failed = false;
  (draft.meanings ?? []).forEach((meaning, index) => {
    if (meaning.organizationId === '') {
      failed = true;
      ctx.addIssue({
        code: 'custom',
        path: [meaningName(index, 'organizationId')],
        message: 'organizationRequired',
      });
    }
  });
  const result = ConceptDraft.safeParse(input);
  if (!result.success) {
    for (const issue of toFieldIssues(result.error.issues)) {
      // An agency already said to be missing needs no second message.
      if (issue.path[0]?.toString().endsWith('organizationId') && failed) continue;
      ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
    }
    return z.NEVER;
  }
  return failed ? z.NEVER : result.data;
});
