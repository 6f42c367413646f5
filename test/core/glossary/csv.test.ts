import { describe, expect, it } from 'vitest';
import { decodeCsv, encodeCsv, joinValues, splitValues } from '../../../electron/core/glossary/csv';
import { emptySide, type GlossaryRecord } from '../../../electron/core/glossary/record';

const record = (changes: Partial<GlossaryRecord>): GlossaryRecord => ({
  line: 2,
  fileId: null,
  en: emptySide(),
  fr: emptySide(),
  subject: 'general',
  status: 'preferred',
  preferred: null,
  agency: '',
  meanings: [],
  seeAlso: [],
  reviewedOn: '',
  ...changes,
});

describe('glossary CSV codec', () => {
  it('joins several values with " | " and splits them back, escaping pipes and backslashes', () => {
    const values = ['plain', 'a | b', 'C:\\path', 'ends with \\', '|', 'x\\|y'];
    const cell = joinValues(values);
    expect(cell).toBe('plain | a \\| b | C:\\\\path | ends with \\\\ | \\| | x\\\\\\|y');
    expect(splitValues(cell)).toEqual(values);
  });

  it('reads people’s spacing and empty pieces leniently', () => {
    expect(splitValues(' OW|OT  |  | ODSP ')).toEqual(['OW', 'OT', 'ODSP']);
    expect(splitValues('')).toEqual([]);
    // A backslash before an ordinary character just keeps it.
    expect(splitValues('C:\\temp')).toEqual(['C:temp']);
  });

  it('writes agency meanings with language markers, escaping what would confuse them', () => {
    const csv = encodeCsv([
      record({
        en: { ...emptySide(), term: 'Intake' },
        meanings: [
          { agency: 'Shelter: North', en: 'Bed [fr] booking | triage', fr: '' },
          { agency: 'CMHA', en: '', fr: 'Accueil' },
        ],
      }),
    ]);
    expect(csv).toContain(
      'Shelter\\: North: [en] Bed \\[fr] booking \\| triage | CMHA: [fr] Accueil',
    );
    expect(decodeCsv(csv).records[0]?.meanings).toEqual([
      { agency: 'Shelter: North', en: 'Bed [fr] booking | triage', fr: '' },
      { agency: 'CMHA', en: '', fr: 'Accueil' },
    ]);
  });

  it('refuses meanings without an agency, without a language marker, or with one twice', () => {
    const rows = [
      'en_term,agency_meanings',
      'A,No colon here',
      'B,Agency: text without marker',
      'C,: [en] no agency',
      'D,Agency: [en] one [en] two',
      'E,Agency: [EN] upper case markers [FR] fine',
    ].join('\n');
    const decoded = decodeCsv(rows);
    expect(decoded.issues.map((i) => i.path[1])).toEqual([2, 3, 4, 5]);
    expect(decoded.records[4]?.meanings).toEqual([
      { agency: 'Agency', en: 'upper case markers', fr: 'fine' },
    ]);
  });

  it('keeps the line where each row starts, multi-line cells included, with LF line ends', () => {
    const decoded = decodeCsv('en_term,en_definition\r\nA,"two\r\nlines"\r\nB,one\r\n');
    expect(decoded.records.map((r) => [r.line, r.en.term, r.en.definition])).toEqual([
      [2, 'A', 'two\nlines'],
      [4, 'B', 'one'],
    ]);
  });

  it('takes French column names', () => {
    const decoded = decodeCsv(
      'terme_francais,synonymes_fr,domaine,statut,terme_privilegie,organisme,voir_aussi,revise_le\nGestion de cas,Coordination | Suivi,general,admis,,,Accueil,2026-01-02\n',
    );
    expect(decoded.records[0]).toMatchObject({
      fr: { term: 'Gestion de cas', synonyms: ['Coordination', 'Suivi'] },
      subject: 'general',
      status: 'admis',
      seeAlso: [{ name: 'Accueil', fileId: null }],
      reviewedOn: '2026-01-02',
    });
  });
});
