/**
 * A concept as an interchange file carries it (CSV row, TBX entry): names instead of ids, values
 * as written. The codecs (csv.ts, tbx.ts) only translate between text and records; import.ts
 * decides what the names and words mean, export.ts turns concepts into records.
 */

export interface RecordSide {
  term: string;
  abbreviations: string[];
  synonyms: string[];
  definition: string;
  note: string;
}

/** Another concept named by a record: by the file's own id (TBX) and/or by one of its terms. */
export interface RecordRef {
  /** The term shown for it: its English term, else its French one. */
  name: string;
  /** The id of an entry in the same file (TBX `target`), when there is one. */
  fileId: string | null;
}

export interface RecordMeaning {
  /** The agency by name (or short name), as in the directory. */
  agency: string;
  en: string;
  fr: string;
}

export interface GlossaryRecord {
  /** The line where the concept starts in the file (CSV row, TBX entry): errors and choices name it. */
  line: number;
  /** The entry's id in the file (TBX), so cross-references can target it; null in CSV. */
  fileId: string | null;
  en: RecordSide;
  fr: RecordSide;
  /** As written: a key or a label in English or French. */
  subject: string;
  status: string;
  /** For a deprecated concept: the one to use instead. */
  preferred: RecordRef | null;
  agency: string;
  meanings: RecordMeaning[];
  seeAlso: RecordRef[];
  /** YYYY-MM-DD or empty. */
  reviewedOn: string;
}

export type Language = 'en' | 'fr';
export const LANGUAGES: readonly Language[] = ['en', 'fr'];

export const emptySide = (): RecordSide => ({
  term: '',
  abbreviations: [],
  synonyms: [],
  definition: '',
  note: '',
});

/** How a record names another concept in a file: its English term, else its French one. */
export const refName = (side: { en: string; fr: string }) => side.en || side.fr;

/**
 * Files may end lines with CR LF (CSV from a spreadsheet) or the XML parser may fold them to LF:
 * both codecs store and write LF, so a round trip through either format changes nothing.
 */
export const normalizeNewlines = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * Issue fields are the CSV column names in both formats, so a message reads the same whichever
 * file it came from ("line 12: fr_definition: tooLong").
 */
export type RecordField =
  | `${Language}_${keyof RecordSide}`
  | 'subject'
  | 'status'
  | 'preferred_term'
  | 'agency'
  | 'agency_meanings'
  | 'see_also'
  | 'reviewed_on';
