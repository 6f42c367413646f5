/**
 * "Terms used in this meeting": the live glossary concepts found in what the minutes export, with
 * the same matcher the notes editor underlines them with (shared/domain/glossary-match.ts), so
 * the minutes list exactly the terms people saw recognised while writing. The glossary is read
 * through its repository (every live concept, as the notes' index reads it).
 */
import type { Language, Minutes } from '../../../shared/contract';
import { buildTermMatcher, looksLikeAcronym } from '../../../shared/domain/glossary-match';
import { plainText } from '../../../shared/domain/rich-text';
import { foldForSearch } from '../../../shared/domain/search-text';
import type { Db } from '../db/open';
import { glossaryRepo, type ConceptRecord } from '../db/repos/glossary';

type MinutesTerm = Minutes['terms'][number];

const OTHER: Record<Language, Language> = { en: 'fr', fr: 'en' };
const LOCALES: Record<Language, string> = { en: 'en-CA', fr: 'fr-CA' };

/**
 * The concept in the minutes' language, each part falling back to the other side's, with what the
 * minutes wrote for it when that is neither its term nor one of its acronyms shown.
 */
function termOf(entry: ConceptRecord, language: Language, seen: readonly string[]): MinutesTerm {
  const side = entry[language];
  const other = entry[OTHER[language]];
  const term = side.term.trim() || other.term.trim();
  // Both sides' acronyms, this language's first: a French note may well say "ODSP".
  const abbreviations = [...new Set([...side.abbreviations, ...other.abbreviations])].filter(
    (abbreviation) => abbreviation !== term,
  );
  // As the matcher reads forms: acronyms with their case, other forms folded. A word shouted in
  // capitals ("ONTARIO WORKS") is still the term; "LHIN" is not "HCCSS".
  const shown = [term, ...abbreviations];
  const folded = new Set(shown.filter((f) => !looksLikeAcronym(f)).map(foldForSearch));
  const written = new Map<string, string>();
  for (const form of seen) {
    const key = foldForSearch(form) || form;
    if (shown.includes(form) || folded.has(key) || written.has(key)) continue;
    written.set(key, form);
  }
  return {
    id: entry.id,
    term,
    abbreviations,
    definition: side.definition.trim() || other.definition.trim(),
    written: [...written.values()],
  };
}

/**
 * The concepts that `texts` mention, alphabetical in `language`. A deprecated term is listed as
 * the preferred concept it points to (the definition lives there, and the minutes should teach
 * the word to use); only when that one is gone does the deprecated concept stand for itself.
 * Each keeps the words the texts used for it, in order, so the list can say "written “LHIN”".
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
  /** Per concept listed: the forms the texts matched for it, in order of appearance. */
  const found = new Map<string, { entry: ConceptRecord; seen: string[] }>();
  for (const text of texts) {
    for (const match of matcher.find(text)) {
      for (const id of match.ids) {
        const entry = byId.get(id)!;
        const preferred = entry.status === 'deprecated' ? entry.preferredId : null;
        const shown = (preferred !== null && byId.get(preferred)) || entry;
        const listed = found.get(shown.id) ?? { entry: shown, seen: [] };
        listed.seen.push(match.text.replace(/\s+/g, ' '));
        found.set(shown.id, listed);
      }
    }
  }
  const collator = new Intl.Collator(LOCALES[language], { sensitivity: 'base', numeric: true });
  return [...found.values()]
    .map(({ entry, seen }) => termOf(entry, language, seen))
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
