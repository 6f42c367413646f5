import type { ErrorIssue } from '../../../shared/errors';
import { csvError, lineIssue, parseCsv, toCsv, type ColumnAliases } from '../csv';
import {
  LANGUAGES,
  normalizeNewlines,
  type GlossaryRecord,
  type RecordMeaning,
  type RecordRef,
  type RecordSide,
} from './record';

/**
 * The glossary as CSV: UTF-8 with a BOM, a header row, one concept per row with both languages.
 *
 * Cells that hold several values (abbreviations, synonyms, see_also, agency_meanings) separate
 * them with " | ". A backslash makes the next character literal, so a value can contain "|"
 * ("\|") or a backslash ("\\"). Agency meanings read `Agency: [en] English text [fr] French text`,
 * either language optional; in them ":" in the agency's name and "[" in the text are escaped too.
 * References (preferred_term, see_also) name the other concept by its English term, else French.
 */

export const CSV_COLUMNS = {
  en_term: ['english_term', 'term_en', 'en_terme', 'terme_en', 'terme_anglais', 'english'],
  en_abbreviations: [
    'en_acronyms',
    'en_abbreviation',
    'en_acronym',
    'en_abreviations',
    'en_acronymes',
    'en_sigles',
    'abbreviations_en',
    'acronyms_en',
    'abreviations_en',
    'sigles_en',
    'acronymes_en',
  ],
  en_synonyms: ['en_synonym', 'en_synonymes', 'synonyms_en', 'synonymes_en'],
  en_definition: ['definition_en', 'english_definition', 'definition_anglais', 'en_def'],
  en_note: ['en_notes', 'en_usage', 'en_usage_note', 'note_en', 'en_remarque', 'remarque_en'],
  fr_term: ['french_term', 'term_fr', 'fr_terme', 'terme_fr', 'terme_francais', 'french'],
  fr_abbreviations: [
    'fr_acronyms',
    'fr_abbreviation',
    'fr_acronym',
    'fr_abreviations',
    'fr_acronymes',
    'fr_sigles',
    'abbreviations_fr',
    'acronyms_fr',
    'abreviations_fr',
    'sigles_fr',
    'acronymes_fr',
  ],
  fr_synonyms: ['fr_synonym', 'fr_synonymes', 'synonyms_fr', 'synonymes_fr'],
  fr_definition: ['definition_fr', 'french_definition', 'definition_francais', 'fr_def'],
  fr_note: ['fr_notes', 'fr_usage', 'fr_usage_note', 'note_fr', 'fr_remarque', 'remarque_fr'],
  subject: ['subject_field', 'domain', 'domaine', 'sujet', 'champ', 'theme'],
  status: ['statut', 'term_status', 'statut_du_terme'],
  preferred_term: [
    'preferred',
    'use_instead',
    'terme_privilegie',
    'terme_prefere',
    'utiliser_plutot',
    'employer_plutot',
  ],
  agency: ['organization', 'organisation', 'organisme', 'agence'],
  agency_meanings: [
    'meanings',
    'agency_meaning',
    'sens_par_organisme',
    'sens_selon_organisme',
    'significations',
  ],
  see_also: ['related', 'related_terms', 'voir_aussi', 'termes_connexes', 'renvois'],
  reviewed_on: [
    'reviewed',
    'last_reviewed',
    'review_date',
    'revise_le',
    'date_de_revision',
    'derniere_revision',
  ],
} as const satisfies ColumnAliases;

type Column = keyof typeof CSV_COLUMNS;
const HEADER = Object.keys(CSV_COLUMNS) as Column[];

export interface DecodedFile {
  records: GlossaryRecord[];
  /** Columns (CSV) or elements (TBX) the file has that Roundtable does not use. */
  ignoredColumns: string[];
  /** Problems in single records; the file is refused if there are any. */
  issues: ErrorIssue[];
}

/* -------------------------------------------------------------- escapes */

const escape = (value: string, special: string) =>
  value.replace(/\\/g, '\\\\').replace(new RegExp(`[${special}]`, 'g'), (c) => `\\${c}`);

const unescape = (raw: string) => raw.replace(/\\([\s\S])/g, '$1');

/** The index of `needle` in `raw` outside escapes, from `from`; case-insensitive; -1 if none. */
function unescapedIndexOf(raw: string, needle: string, from = 0): number {
  for (let i = from; i < raw.length; i++) {
    if (raw[i] === '\\') i++;
    else if (raw.slice(i, i + needle.length).toLowerCase() === needle) return i;
  }
  return -1;
}

/** Splits on unescaped `|`, leaving the pieces escaped (meanings escape more inside them). */
function splitRaw(cell: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let at = unescapedIndexOf(cell, '|'); at >= 0; at = unescapedIndexOf(cell, '|', start)) {
    pieces.push(cell.slice(start, at));
    start = at + 1;
  }
  pieces.push(cell.slice(start));
  return pieces.map((p) => p.trim()).filter((p) => p !== '');
}

export const splitValues = (cell: string): string[] =>
  splitRaw(cell)
    .map((p) => unescape(p).trim())
    .filter((p) => p !== '');

export const joinValues = (values: readonly string[]): string =>
  values.map((v) => escape(v, '|')).join(' | ');

const MARKERS = ['[en]', '[fr]'] as const;

function parseMeaning(raw: string): RecordMeaning | null {
  const colon = unescapedIndexOf(raw, ':');
  if (colon < 0) return null;
  const agency = unescape(raw.slice(0, colon)).trim();
  const rest = raw.slice(colon + 1);
  const found = MARKERS.map((m) => ({ m, at: unescapedIndexOf(rest, m) }))
    .filter((f) => f.at >= 0)
    .sort((a, b) => a.at - b.at);
  // Text before the first marker would have no language: refuse rather than guess.
  const first = found[0];
  if (agency === '' || !first || rest.slice(0, first.at).trim() !== '') return null;
  // The same marker twice: the second would silently replace the first.
  for (const { m, at } of found) if (unescapedIndexOf(rest, m, at + 1) >= 0) return null;
  const meaning: RecordMeaning = { agency, en: '', fr: '' };
  found.forEach(({ m, at }, i) => {
    const end = found[i + 1]?.at ?? rest.length;
    meaning[m === '[en]' ? 'en' : 'fr'] = normalizeNewlines(
      unescape(rest.slice(at + m.length, end)).trim(),
    );
  });
  return meaning;
}

function formatMeaning(m: RecordMeaning): string {
  const parts = [`${escape(m.agency, '|:[')}:`];
  if (m.en) parts.push(`[en] ${escape(m.en, '|[')}`);
  if (m.fr) parts.push(`[fr] ${escape(m.fr, '|[')}`);
  return parts.join(' ');
}

/* --------------------------------------------------------------- decode */

/** Reads a glossary CSV file; a file that cannot be read as a table is refused at once. */
export function decodeCsv(text: string): DecodedFile {
  const parsed = parseCsv(text, CSV_COLUMNS, []);
  // Every row holds every column the header names. Without a term column in either language this
  // is not a glossary file, or its header row is missing. (A header alone is an empty glossary.)
  const columns = Object.keys(parsed.rows[0]?.values ?? {});
  if (parsed.rows.length > 0 && !columns.includes('en_term') && !columns.includes('fr_term')) {
    throw csvError([lineIssue(1, 'en_term', 'missingColumn')]);
  }
  const issues: ErrorIssue[] = [];
  const records = parsed.rows.map(({ line, values }) => {
    const cell = (c: Column) => normalizeNewlines(values[c] ?? '');
    const side = (lang: 'en' | 'fr'): RecordSide => ({
      term: cell(`${lang}_term`),
      abbreviations: splitValues(cell(`${lang}_abbreviations`)),
      synonyms: splitValues(cell(`${lang}_synonyms`)),
      definition: cell(`${lang}_definition`),
      note: cell(`${lang}_note`),
    });
    const meanings: RecordMeaning[] = [];
    for (const raw of splitRaw(cell('agency_meanings'))) {
      const meaning = parseMeaning(raw);
      if (meaning) meanings.push(meaning);
      else issues.push(lineIssue(line, 'agency_meanings', 'invalidMeaning'));
    }
    const ref = (name: string): RecordRef => ({ name, fileId: null });
    const preferred = cell('preferred_term');
    return {
      line,
      fileId: null,
      en: side('en'),
      fr: side('fr'),
      subject: cell('subject'),
      status: cell('status'),
      preferred: preferred ? ref(preferred) : null,
      agency: cell('agency'),
      meanings,
      seeAlso: splitValues(cell('see_also')).map(ref),
      reviewedOn: cell('reviewed_on'),
    } satisfies GlossaryRecord;
  });
  return { records, ignoredColumns: parsed.ignoredColumns, issues };
}

/* --------------------------------------------------------------- encode */

export function encodeCsv(records: readonly GlossaryRecord[]): string {
  const rows = records.map((r) => [
    ...LANGUAGES.flatMap((lang) => [
      r[lang].term,
      joinValues(r[lang].abbreviations),
      joinValues(r[lang].synonyms),
      r[lang].definition,
      r[lang].note,
    ]),
    r.subject,
    r.status,
    r.preferred?.name ?? '',
    r.agency,
    r.meanings.map(formatMeaning).join(' | '),
    joinValues(r.seeAlso.map((s) => s.name)),
    r.reviewedOn,
  ]);
  return toCsv(HEADER, rows);
}
