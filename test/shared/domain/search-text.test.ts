import { describe, expect, it } from 'vitest';
import { foldForSearch, likeContains } from '../../../shared/domain/search-text';

describe('foldForSearch', () => {
  it('ignores accents, case, punctuation and extra spaces', () => {
    expect(foldForSearch('  Société d’aide à l’Enfance ')).toBe('societe d aide a l enfance');
    expect(foldForSearch('SAINT-JÉRÔME')).toBe(foldForSearch('saint jerome'));
    expect(foldForSearch('Réunion')).toBe('reunion');
    expect(foldForSearch('Œuvre Léger')).toBe('oeuvre leger');
  });
});

describe('likeContains', () => {
  it('folds the query so that no LIKE wildcard reaches the pattern', () => {
    expect(likeContains('Été')).toBe('%ete%');
    expect(likeContains('100%_off\\')).toBe('%100 off%');
  });
});
