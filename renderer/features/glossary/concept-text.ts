import type { Concept, Language } from '../../../shared/contract';

/** A piece of a concept's text, with the language it is actually written in. */
export interface SideText {
  text: string;
  lang: Language;
  /** True when the app's language had nothing and the other language's text is shown instead. */
  fallback: boolean;
}

export const otherLanguage = (language: Language): Language => (language === 'en' ? 'fr' : 'en');

/** The text in the app's language, or the other language's when that side is empty. */
export function inLanguage(
  texts: { readonly [L in Language]: string },
  language: Language,
): SideText {
  const own = texts[language].trim();
  if (own !== '') return { text: own, lang: language, fallback: false };
  const other = otherLanguage(language);
  const text = texts[other].trim();
  return { text, lang: other, fallback: text !== '' };
}

/** A concept's (or a concept reference's) term as a list shows it: the app's language first. */
export const termOf = (concept: { en: string; fr: string }, language: Language): SideText =>
  inLanguage(concept, language);

/** The term of a full concept, in the app's language with fallback. */
export const conceptTerm = (concept: Concept, language: Language): SideText =>
  inLanguage({ en: concept.en.term, fr: concept.fr.term }, language);

/** The definition of a concept, in the app's language with fallback. */
export const conceptDefinition = (concept: Concept, language: Language): SideText =>
  inLanguage({ en: concept.en.definition, fr: concept.fr.definition }, language);

/** The usage note of a concept, in the app's language with fallback. */
export const conceptNote = (concept: Concept, language: Language): SideText =>
  inLanguage({ en: concept.en.note, fr: concept.fr.note }, language);

/** Acronyms of both sides, the app's language first, without repeats ("CMSM" is often both). */
export function conceptAbbreviations(concept: Concept, language: Language): string[] {
  const other = otherLanguage(language);
  return [...new Set([...concept[language].abbreviations, ...concept[other].abbreviations])];
}
