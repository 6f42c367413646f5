import { z } from 'zod';
import { Language } from './app';
import {
  Empty,
  Id,
  IdInput,
  Instant,
  IsoDate,
  optionalText,
  requiredText,
  SearchQuery,
} from './common';
import { ExportedFile } from './notes';

/**
 * The shared glossary: one record per concept, with an English and a French side, modelled on
 * professional termbases (TERMIUM Plus, TBX-Basic). The notes editor recognises its terms and
 * acronyms; the minutes can list the ones a meeting used.
 */

export const SubjectField = z.enum([
  'general',
  'housing',
  'health',
  'mental_health',
  'substance_use',
  'employment',
  'income_support',
  'justice',
  'child_family',
  'education',
  'disability',
  'seniors',
  'newcomers',
  'indigenous',
  'governance',
]);
export type SubjectField = z.infer<typeof SubjectField>;

/** As in termbases: a deprecated term points to the preferred one. */
export const TermStatus = z.enum(['preferred', 'admitted', 'deprecated']);
export type TermStatus = z.infer<typeof TermStatus>;

/** Where a concept came from: removing the starter glossary removes only its own, unedited. */
export const TermOrigin = z.enum(['user', 'starter', 'import']);
export type TermOrigin = z.infer<typeof TermOrigin>;

/** A term is made of words: one of only punctuation or symbols could never be found in a note. */
const hasWord = (v: string) => v === '' || /[\p{L}\p{N}]/u.test(v);
const Abbreviation = requiredText(40).refine(hasWord, { error: 'termNeedsLetter' });
const Synonym = requiredText(200).refine(hasWord, { error: 'termNeedsLetter' });

/** One language's side of a concept. Either side may be empty, not both (see ConceptDraft). */
export const TermSide = z.strictObject({
  term: optionalText(200).refine(hasWord, { error: 'termNeedsLetter' }).default(''),
  /** Acronyms and short forms ("CMSM", "OW"), matched in notes with their case. */
  abbreviations: z.array(Abbreviation).max(10, { error: 'tooMany' }).default([]),
  synonyms: z.array(Synonym).max(20, { error: 'tooMany' }).default([]),
  definition: optionalText(4000).default(''),
  /** A usage note or an example. */
  note: optionalText(2000).default(''),
});
export type TermSide = z.output<typeof TermSide>;
export type TermSideInput = z.input<typeof TermSide>;

/** Where agencies use a word differently: what it means at one of them. */
export const AgencyMeaning = z.strictObject({
  organizationId: Id,
  en: optionalText(2000).default(''),
  fr: optionalText(2000).default(''),
});

export const ConceptDraft = z
  .strictObject({
    en: TermSide.prefault({}),
    fr: TermSide.prefault({}),
    subject: SubjectField.default('general'),
    status: TermStatus.default('preferred'),
    /** The preferred concept, required when this one is deprecated (and only then). */
    preferredId: Id.nullable().default(null),
    /** The agency that uses the term, when it is one agency's word. */
    organizationId: Id.nullable().default(null),
    meanings: z.array(AgencyMeaning).max(50, { error: 'tooMany' }).default([]),
    /** Related concepts; the link shows on both. */
    seeAlso: z.array(Id).max(30, { error: 'tooMany' }).default([]),
    reviewedOn: IsoDate.nullable().default(null),
  })
  .superRefine((draft, ctx) => {
    if (draft.en.term === '' && draft.fr.term === '')
      ctx.addIssue({ code: 'custom', path: ['en', 'term'], message: 'termRequired' });
    if (draft.status === 'deprecated' && draft.preferredId === null)
      ctx.addIssue({ code: 'custom', path: ['preferredId'], message: 'preferredRequired' });
    if (draft.status !== 'deprecated' && draft.preferredId !== null)
      ctx.addIssue({ code: 'custom', path: ['preferredId'], message: 'onlyDeprecatedRedirect' });
  });
export type ConceptDraft = z.input<typeof ConceptDraft>;

const ConceptRef = z.object({ id: Id, en: z.string(), fr: z.string() });

export const Concept = z.object({
  id: Id,
  en: z.object({
    term: z.string(),
    abbreviations: z.array(z.string()),
    synonyms: z.array(z.string()),
    definition: z.string(),
    note: z.string(),
  }),
  fr: z.object({
    term: z.string(),
    abbreviations: z.array(z.string()),
    synonyms: z.array(z.string()),
    definition: z.string(),
    note: z.string(),
  }),
  subject: SubjectField,
  status: TermStatus,
  /** For a deprecated concept: the preferred one's terms, to show "use … instead". */
  preferred: ConceptRef.nullable(),
  organization: z.object({ id: Id, name: z.string() }).nullable(),
  meanings: z.array(
    z.object({ organizationId: Id, organizationName: z.string(), en: z.string(), fr: z.string() }),
  ),
  seeAlso: z.array(ConceptRef),
  reviewedOn: z.string().nullable(),
  origin: TermOrigin,
  createdAt: Instant,
  updatedAt: Instant,
});
export type Concept = z.infer<typeof Concept>;

export const GlossaryFilter = z.strictObject({
  /** Accent- and case-insensitive, by prefix, in either language; an exact acronym comes first. */
  query: SearchQuery.optional(),
  subject: SubjectField.optional(),
  organizationId: Id.optional(),
  status: TermStatus.optional(),
  /** Only concepts with no French term or no French definition. */
  missingFrench: z.boolean().default(false),
  /** The alphabetical index: concepts whose term in `language` starts with this letter (A–Z, or '#'). */
  letter: z
    .string()
    .regex(/^[A-Z#]$/)
    .optional(),
  /** Which side the list sorts and indexes by: the app's language. */
  language: Language,
  limit: z.number().int().min(1).max(1000).default(200),
  offset: z.number().int().min(0).default(0),
});
export type GlossaryFilter = z.input<typeof GlossaryFilter>;

/** One concept as the notes editor recognises it: every surface form, per language. */
export const IndexedConcept = z.object({
  id: Id,
  status: TermStatus,
  preferredId: Id.nullable(),
  /** Terms and synonyms: matched whole-word, ignoring case and accents. */
  en: z.array(z.string()),
  fr: z.array(z.string()),
  /** Acronyms and short forms, both languages: matched whole-word with their case. */
  abbreviations: z.array(z.string()),
});
export type IndexedConcept = z.infer<typeof IndexedConcept>;

export const GlossaryFormat = z.enum(['csv', 'tbx']);
export type GlossaryFormat = z.infer<typeof GlossaryFormat>;

/** What to do with a row that matches a concept already in the glossary. */
export const DuplicateChoice = z.enum(['skip', 'merge', 'add']);
export type DuplicateChoice = z.infer<typeof DuplicateChoice>;

/** Ten megabytes of TBX is tens of thousands of concepts: more is a wrong file. */
export const MAX_GLOSSARY_FILE_CHARS = 10_000_000;

export const GlossaryImportResult = z.object({
  /** Nothing was written: a preview of what importing would do. */
  dryRun: z.boolean(),
  created: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
  /** Rows matching a concept already in the glossary (by term or acronym), for review. */
  duplicates: z.array(
    z.object({
      line: z.number().int(),
      term: z.string(),
      existing: ConceptRef,
      /** What was done, or would be done, with it. */
      choice: DuplicateChoice,
    }),
  ),
  /** Columns or fields the file has that Roundtable does not use. */
  ignoredColumns: z.array(z.string()),
});
export type GlossaryImportResult = z.infer<typeof GlossaryImportResult>;

export const StarterStatus = z.object({
  /** Concepts in the starter glossary. */
  available: z.number().int(),
  /** Of them, how many are in this glossary now. */
  installed: z.number().int(),
  /** The offer was turned down: the glossary no longer proposes it (Settings still can). */
  declined: z.boolean(),
});
export type StarterStatus = z.infer<typeof StarterStatus>;

export const glossaryContract = {
  'glossary.list': {
    input: GlossaryFilter,
    output: z.object({
      items: z.array(Concept),
      total: z.number().int(),
      /** Index letters that have concepts under the other filters (A–Z, '#'), for the letter bar. */
      letters: z.array(z.string()),
    }),
  },
  'glossary.get': { input: IdInput, output: Concept },
  /**
   * Concepts a new or edited one would double (the same term in a language, ignoring case and
   * accents, or the same acronym), for the form to say so before saving. `exceptId`: the one edited.
   */
  'glossary.findDuplicates': {
    input: z.strictObject({
      en: z.strictObject({
        term: z.string().max(200),
        abbreviations: z.array(z.string().max(40)).max(10),
      }),
      fr: z.strictObject({
        term: z.string().max(200),
        abbreviations: z.array(z.string().max(40)).max(10),
      }),
      exceptId: Id.optional(),
    }),
    output: z.array(ConceptRef),
  },
  'glossary.add': { input: ConceptDraft, output: Concept },
  /** Replaces the concept's fields with the draft (the form always sends all of them). */
  'glossary.update': { input: z.strictObject({ id: Id, draft: ConceptDraft }), output: Concept },
  'glossary.delete': { input: IdInput, output: z.object({ id: Id }) },
  'glossary.undelete': { input: IdInput, output: Concept },
  /**
   * Merges a duplicate into the concept kept: empty fields are filled from it, its acronyms,
   * synonyms, meanings and links are added, and whatever pointed to it points to the one kept.
   */
  'glossary.merge': { input: z.strictObject({ keepId: Id, mergeId: Id }), output: Concept },
  /** Undoes a merge exactly: the concept kept returns to what it was, the duplicate comes back. */
  'glossary.unmerge': { input: z.strictObject({ mergeId: Id }), output: Concept },
  /** Everything the notes editor needs to recognise terms, and the acronyms people chose to ignore. */
  'glossary.index': {
    input: Empty,
    output: z.object({
      concepts: z.array(IndexedConcept),
      ignoredAcronyms: z.array(z.string()),
    }),
  },
  /** "Not a term": stop flagging this all-capital word as an unknown acronym (or flag it again). */
  'glossary.ignoreAcronym': {
    input: z.strictObject({
      acronym: z.string().regex(/^\p{Lu}{2,6}$/u, { error: 'invalidAcronym' }),
      ignored: z.boolean(),
    }),
    output: z.object({ ignoredAcronyms: z.array(z.string()) }),
  },
  /**
   * Imports CSV or TBX-Basic. A malformed file is refused whole (`invalid_input`, with the line
   * and reason) and nothing is imported. `dryRun` reports what would happen, duplicates included.
   */
  'glossary.import': {
    input: z.strictObject({
      format: GlossaryFormat,
      content: z.string().max(MAX_GLOSSARY_FILE_CHARS, { error: 'fileTooLarge' }),
      dryRun: z.boolean().default(false),
      /** For every duplicate, unless `choices` names its line. */
      duplicates: DuplicateChoice.default('skip'),
      /** Per duplicate, by the line reported in the dry run. */
      choices: z
        .array(z.strictObject({ line: z.number().int().min(1), choice: DuplicateChoice }))
        .max(100_000)
        .default([]),
    }),
    output: GlossaryImportResult,
  },
  'glossary.export': {
    input: z.strictObject({ format: GlossaryFormat }),
    output: ExportedFile,
  },
  'glossary.starterStatus': { input: Empty, output: StarterStatus },
  /** Adds the starter glossary's concepts not already present (by term); idempotent. */
  'glossary.addStarter': { input: Empty, output: StarterStatus },
  /** Removes the starter concepts nobody has edited; edited ones stay, as the user's own. */
  'glossary.removeStarter': {
    input: Empty,
    output: StarterStatus.extend({ removed: z.number().int(), kept: z.number().int() }),
  },
  'glossary.declineStarter': { input: Empty, output: StarterStatus },
};
