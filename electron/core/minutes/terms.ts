/**
 * "Terms used in this meeting": the live glossary concepts found in what the minutes export, with
 * the same matcher the notes editor underlines them with (shared/domain/glossary-match.ts), so
 * the minutes list exactly the terms people saw recognised while writing. The glossary is read
 * through its repository (every live concept, as the notes' index reads it).
 */
import type { Language, Minutes } from '../../../shared/contract';
import { buildTermMatcher } from '../../../shared/domain/glossary-match';
import { plainText } from '../../../shared/domain/rich-text';
import type { Db } from '../db/open';
import { glossaryRepo, type ConceptRecord } from '../db/repos/glossary';

type MinutesTerm = Minutes['terms'][number];

const OTHER: Record<Language, Language> = { en: 'fr', fr: 'en' };
const LOCALES: Record<Language, string> = { en: 'en-CA', fr: 'fr-CA' };

/** The concept in the minutes' language, each part falling back to the other side's. */
function termOf(entry: ConceptRecord, language: Language): MinutesTerm {
  const side = entry[language];
  const other = entry[OTHER[language]];
  const term = side.term.trim() || other.term.trim();
  // Both sides' acronyms, this language's first: a French note may well say "ODSP".
  const abbreviations = [...new Set([...side.abbreviations, ...other.abbreviations])].filter(
    (abbreviation) => abbreviation !== term,
  );
  return {
    id: entry.id,
    term,
    abbreviations,
    definition: side.definition.trim() || other.definition.trim(),
  };
}

/**
 * The concepts that `texts` mention, alphabetical in `language`. A deprecated term is listed as
 * the preferred concept it points to (the definition lives there, and the minutes should teach
 * the word to use); only when that one is gone does the deprecated concept stand for itself.
 */
export function termsUsed(db: Db, texts: readonly string[], language: Language): MinutesTerm[] {
  const entries = glossaryRepo(db).live();
  if (entries.length === 0) return [];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const matcher = buildTermMatcher(
    entries.map((entry) => ({
      id: entry.id,
      forms: [entry.en, entry.fr].flatMap((side) => [
        side.term,
        ...side.abbreviations,
        ...side.synonyms,
      ]),
    })),
  );
  const found = new Map<string, ConceptRecord>();
  for (const id of matcher.conceptsIn(texts)) {
    const entry = byId.get(id)!;
    const preferred = entry.status === 'deprecated' ? entry.preferredId : null;
    const shown = (preferred !== null && byId.get(preferred)) || entry;
    found.set(shown.id, shown);
  }
  const collator = new Intl.Collator(LOCALES[language], { sensitivity: 'base', numeric: true });
  return [...found.values()]
    .map((entry) => termOf(entry, language))
    .sort((a, b) => collator.compare(a.term, b.term) || a.id.localeCompare(b.id));
}

/**
 * Every piece of text the minutes export that a term can be in: the meeting's title and goal,
 * the general notes, and each exported item's title, notes, decisions and actions (reviewed ones
 * too). Names of people and agencies are not meeting content and are left out.
 */
export function exportedTexts(minutes: Omit<Minutes, 'terms' | 'generatedAt'>): string[] {
  return [
    minutes.meeting.title,
    minutes.meeting.goal,
    plainText(minutes.generalNotes),
    ...minutes.items.flatMap((item) => [
      item.title,
      plainText(item.notes),
      ...item.decisions,
      ...item.actions.map((action) => action.description),
      ...(item.reviewedActions ?? []).map((action) => action.description),
    ]),
    ...minutes.otherDecisions,
    ...minutes.actions.map((action) => action.description),
  ].filter((text) => text.trim() !== '');
}
