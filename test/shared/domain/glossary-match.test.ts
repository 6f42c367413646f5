import { describe, expect, it } from 'vitest';
import { buildTermMatcher } from '../../../shared/domain/glossary-match';

const matcher = buildTermMatcher([
  { id: 'ow', forms: ['Ontario Works', 'OW', 'Ontario au travail', 'OT'] },
  { id: 'ontario', forms: ['Ontario'] },
  { id: 'cm', forms: ['case management', 'gestion de cas'] },
  { id: 'cas', forms: ["Children's Aid Society", 'CAS'] },
  { id: 'meeting', forms: ['réunion'] },
  { id: 'lbs', forms: ['Literacy and Basic Skills', 'L&BS', 'LBS'] },
  { id: 'lbs-fr', forms: ['LBS'] },
]);
const found = (text: string) => matcher.find(text).map((m) => [m.text, m.ids.join('+')]);

describe('the glossary matcher', () => {
  it('finds whole words and acronyms, never inside other words', () => {
    expect(found('OW intake is slow; the BOWL and owl stay, and so does OWL.')).toEqual([
      ['OW', 'ow'],
    ]);
    expect(found('Ontarians in Ontario')).toEqual([['Ontario', 'ontario']]);
  });

  it('prefers the longest form where forms overlap', () => {
    expect(found('Ontario Works and Ontario')).toEqual([
      ['Ontario Works', 'ow'],
      ['Ontario', 'ontario'],
    ]);
  });

  it('ignores case and accents in terms, but keeps the case of acronyms', () => {
    expect(found('Case Management and CASE-MANAGEMENT')).toEqual([
      ['Case Management', 'cm'],
      ['CASE-MANAGEMENT', 'cm'],
    ]);
    expect(found('la prochaine reunion, la Réunion')).toEqual([
      ['reunion', 'meeting'],
      ['Réunion', 'meeting'],
    ]);
    expect(found('dans ce cas, la CAS appelle')).toEqual([['CAS', 'cas']]);
    expect(found('Ow, ot')).toEqual([]);
  });

  it('spans words joined by spaces, hyphens, apostrophes and ampersands, not by sentence breaks', () => {
    expect(found('Children’s Aid Society')).toEqual([['Children’s Aid Society', 'cas']]);
    expect(found('L&BS and L & BS')).toEqual([
      ['L&BS', 'lbs'],
      ['L & BS', 'lbs'],
    ]);
    expect(found('case. Management')).toEqual([]);
    expect(found('case  management')).toEqual([['case  management', 'cm']]);
    // Paragraphs reach the minutes joined by line breaks: a term never spans two.
    expect(found('case\nmanagement')).toEqual([]);
  });

  it('reports every concept sharing a form', () => {
    expect(found('LBS')).toEqual([['LBS', 'lbs+lbs-fr']]);
  });

  it('flags unknown acronyms, not known, ignored, common or shouted ones', () => {
    const unknown = (text: string, ignored: string[] = []) =>
      matcher.unknownAcronyms(text, new Set(ignored)).map((a) => a.acronym);
    expect(unknown('OW referred to CMHA and DSSAB, OK?')).toEqual(['CMHA', 'DSSAB']);
    expect(unknown('CMHA and DSSAB', ['DSSAB'])).toEqual(['CMHA']);
    expect(unknown('A, I and HOUSINGS or ABCDEFG')).toEqual([]);
    expect(unknown('PLEASE READ THE MINUTES before CMHA calls')).toEqual(['CMHA']);
    expect(unknown('Ontario Works OW')).toEqual([]);
  });

  it('analyses a text once: the same terms and unknown acronyms as find and unknownAcronyms', () => {
    const text = 'OW referred to CMHA, DSSAB and case management; OK, LBS too.';
    const ignored = new Set(['DSSAB']);
    expect(matcher.analyse(text, ignored)).toEqual({
      terms: matcher.find(text),
      unknown: matcher.unknownAcronyms(text, ignored),
    });
    expect(matcher.analyse(text).unknown.map((a) => a.acronym)).toEqual(['CMHA', 'DSSAB']);
  });

  it('lists the concepts found across texts in order of first appearance', () => {
    expect(matcher.conceptsIn(['Call CAS', 'OW and CAS', ''])).toEqual(['cas', 'ow']);
  });

  it('stays fast on a long note with thousands of terms', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => ({
      id: `t${i}`,
      forms: [`term${i} phrase`, `ACR${String.fromCharCode(65 + (i % 26))}${i % 100}`],
    }));
    const big = buildTermMatcher(entries);
    const words = Array.from({ length: 5000 }, (_, i) =>
      i % 10 === 0 ? `term${i % 2000} phrase` : 'word',
    );
    const text = words.join(' ');
    const started = performance.now();
    const matches = big.find(text);
    const elapsed = performance.now() - started;
    expect(matches).toHaveLength(500);
    expect(elapsed).toBeLessThan(200);
  });
});
