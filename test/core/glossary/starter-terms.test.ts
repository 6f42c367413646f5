import { describe, expect, it } from 'vitest';
import { ConceptDraft } from '../../../shared/contract';
import { foldForSearch } from '../../../shared/domain/search-text';
import { STARTER_TERMS } from '../../../electron/core/glossary/starter-terms';

describe('the starter glossary’s content', () => {
  const byKey = new Map(STARTER_TERMS.map((t) => [t.key, t]));

  it('has about fifty entries with unique keys', () => {
    expect(STARTER_TERMS.length).toBeGreaterThanOrEqual(50);
    expect(byKey.size).toBe(STARTER_TERMS.length);
  });

  it('gives every entry a term and a plain definition in both languages, within the limits', () => {
    for (const term of STARTER_TERMS) {
      for (const side of [term.en, term.fr]) {
        expect(side.term, term.key).not.toBe('');
        expect(side.definition.length, term.key).toBeGreaterThan(30);
      }
      const parsed = ConceptDraft.safeParse({
        en: term.en,
        fr: term.fr,
        subject: term.subject,
        status: term.status ?? 'preferred',
        preferredId: term.preferred ? 'x' : null,
      });
      expect(parsed.error?.issues, term.key).toBeUndefined();
    }
  });

  it('points deprecated entries to preferred ones, and links only to entries that exist', () => {
    for (const term of STARTER_TERMS) {
      expect(term.status === 'deprecated', term.key).toBe(term.preferred !== undefined);
      if (term.preferred) expect(byKey.get(term.preferred)?.status, term.key).toBeUndefined();
      for (const key of term.seeAlso ?? []) {
        expect(byKey.has(key), `${term.key} → ${key}`).toBe(true);
      }
    }
  });

  it('never doubles itself: no two entries share a term in one language or an acronym', () => {
    const seen = new Map<string, string>();
    for (const term of STARTER_TERMS) {
      const forms = [
        `en:${foldForSearch(term.en.term)}`,
        `fr:${foldForSearch(term.fr.term)}`,
        ...new Set([...(term.en.abbreviations ?? []), ...(term.fr.abbreviations ?? [])]),
      ];
      for (const form of forms) {
        expect(seen.get(form) ?? term.key, form).toBe(term.key);
        seen.set(form, term.key);
      }
    }
  });
});
