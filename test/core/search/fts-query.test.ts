import { describe, expect, it } from 'vitest';
import { isShortQuery, toFtsQuery } from '../../../electron/core/search/fts-query';

describe('toFtsQuery', () => {
  it('quotes every word as a prefix, all of them required', () => {
    expect(toFtsQuery('réun partenaires')).toBe('"réun"* "partenaires"*');
  });

  it('finds no word in an empty query, punctuation or emoji', () => {
    for (const text of ['', '   ', '"*-:()', '😀 🎉', '\u0301'])
      expect(toFtsQuery(text)).toBeNull();
  });

  it('reads FTS5 operators and column filters as plain words', () => {
    expect(toFtsQuery('title:NEAR(a b) OR "x" -y*')).toBe('"title"* "NEAR"* "a" "b" "OR"* "x" "y"');
  });

  it('drops elided articles and possessives, keeping the words they are attached to', () => {
    expect(toFtsQuery("centre d'accueil")).toBe('"centre"* "accueil"*');
    expect(toFtsQuery('l’équipe qu’il jusqu’à')).toBe('"équipe"* "il"* "à"');
    expect(toFtsQuery("the agency's plan")).toBe('"the"* "agency"* "plan"*');
    expect(toFtsQuery("aujourd'hui")).toBe('"aujourd"* "hui"*');
  });

  it('looks for a one-letter word as a whole word', () => {
    expect(toFtsQuery('a 5 é')).toBe('"a" "5" "é"');
  });

  it('composes decomposed accents, so the word stays whole', () => {
    expect(toFtsQuery('re\u0301union')).toBe('"réunion"*');
  });

  it('keeps to the first words', () => {
    expect(toFtsQuery('one two three four', 2)).toBe('"one"* "two"*');
  });

  it('calls a query short when no word has more than two letters', () => {
    expect(isShortQuery('co')).toBe(true);
    expect(isShortQuery('de la')).toBe(true);
    expect(isShortQuery('co op')).toBe(true);
    expect(isShortQuery('coo')).toBe(false);
    expect(isShortQuery('de logement')).toBe(false);
    expect(isShortQuery('  ')).toBe(false);
  });
});
