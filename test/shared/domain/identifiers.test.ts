import { describe, expect, it } from 'vitest';
import {
  findIdentifiers,
  identifierKey,
  identifierScanner,
  isOntarioHealthNumber,
  isSocialInsuranceNumber,
  luhnValid,
  type IdentifierKind,
  type IdentifierOptions,
} from '../../../shared/domain/identifiers';

/**
 * Personal identifiers in notes: a table of realistic lines, what must be flagged in each (kind
 * and exact text), and lines that must never be (meeting dates, times, amounts, case codes,
 * directory lines, numbers with a wrong check digit).
 */

const TODAY = '2026-11-23';
const OPTIONS = { today: TODAY, knownPhones: ['613-555-0100', '(613) 555-0142 ext. 12'] };

const flagged = (text: string, options: IdentifierOptions = OPTIONS) =>
  findIdentifiers(text, options).map((m) => [m.kind, m.text]);

type Row = [line: string, expected: [IdentifierKind, string][]];

const POSITIVES: Row[] = [
  // Phones: North American formats.
  ['Client can be reached at 613-555-0199.', [['phone', '613-555-0199']]],
  ['Mother’s cell (613) 555-0187, evenings', [['phone', '(613) 555-0187']]],
  [
    'Tel. +1 613 555 0123 or 819.555.0134',
    [
      ['phone', '+1 613 555 0123'],
      ['phone', '819.555.0134'],
    ],
  ],
  ['Toll free 1-800-555-0199', [['phone', '1-800-555-0199']]],
  ['Worker: 416-555-0123 ext. 204', [['phone', '416-555-0123 ext. 204']]],
  ['Intervenante : 514 555-0166 poste 12', [['phone', '514 555-0166 poste 12']]],
  ['Landlord 705-555-0111x45', [['phone', '705-555-0111x45']]],
  ['call 6135550177 after 5', [['phone', '6135550177']]],
  ['local number 555-0199 only', [['phone', '555-0199']]],
  // Emails.
  ['Wrote from jane.doe+home@example.com today', [['email', 'jane.doe+home@example.com']]],
  ['Courriel : m.tremblay@videotron.qc.ca', [['email', 'm.tremblay@videotron.qc.ca']]],
  // Dates of birth: with a cue, in English and French.
  ['DOB: 1984-03-12', [['dob', '1984-03-12']]],
  ['born March 12, 1984 in Sudbury', [['dob', 'March 12, 1984']]],
  ['Born on 3 Feb 2019, lives with aunt', [['dob', '3 Feb 2019']]],
  ['née le 12 mars 1984', [['dob', '12 mars 1984']]],
  ['Né le 1er juillet 2016.', [['dob', '1er juillet 2016']]],
  ['Date de naissance : 12/03/1984', [['dob', '12/03/1984']]],
  ['DDN 05-11-99', [['dob', '05-11-99']]],
  ['DOB 84-03-12, lives alone', [['dob', '84-03-12']]],
  ['Youth, 2014-06-30 (DOB), placed', [['dob', '2014-06-30']]],
  ['date of birth Sept. 9th, 2008', [['dob', 'Sept. 9th, 2008']]],
  ['Birthday: May 5', [['dob', 'May 5']]],
  // …or without a cue, at least ten years back.
  ['Intake form says 1979-11-02', [['dob', '1979-11-02']]],
  ['Arrived in Canada — 14 février 1975', [['dob', '14 février 1975']]],
  ['See 11/23/2016 on the form', [['dob', '11/23/2016']]],
  // Ontario health numbers: check digit right (1234567897 is the Ministry's worked example).
  ['OHIP 1234-567-897 AB on file', [['health_card', '1234-567-897 AB']]],
  ['Health card 1234 567 897', [['health_card', '1234 567 897']]],
  ['HCN 5678901231', [['health_card', '5678901231']]],
  ['carte santé 4593-028-154-K', [['health_card', '4593-028-154-K']]],
  // SINs: Luhn right, first digit neither 0 nor 8.
  ['SIN 130 692 544', [['sin', '130 692 544']]],
  ['NAS : 271-894-255', [['sin', '271-894-255']]],
  ['his number is 938472610', [['sin', '938472610']]],
  // Street addresses, English and French.
  ['Lives at 123 Main Street with her son', [['address', '123 Main Street']]],
  ['moved to 45 rue Saint-Jean last month', [['address', '45 rue Saint-Jean']]],
  ['Shelter at 12-345 King St W, second floor', [['address', '12-345 King St W']]],
  ['1001 boul. de Maisonneuve Est', [['address', '1001 boul. de Maisonneuve Est']]],
  ['apt 4, 77 Elm Ave', [['address', 'apt 4, 77 Elm Ave']]],
  ['Rooming house 200 St. Clair Ave W, unit 3B', [['address', '200 St. Clair Ave W, unit 3B']]],
  ['3-1150, avenue d’Youville', [['address', '3-1150, avenue d’Youville']]],
  ['at 88 5th Avenue', [['address', '88 5th Avenue']]],
  // …typed in lower case, as quick notes are.
  ['lives at 123 main st with her son', [['address', '123 main st']]],
  ['moved to 45 rue saint-jean last month', [['address', '45 rue saint-jean']]],
  ['shelter at 77 elm avenue, unit 3', [['address', '77 elm avenue, unit 3']]],
  ['couch-surfing at 9 chemin du lac', [['address', '9 chemin du lac']]],
  ['She stays at 5 King St. Next week, le 3 avril.', [['address', '5 King St']]],
  ['Né le 3 avril.', [['dob', '3 avril']]],
  // Several in one line, each with its own kind.
  [
    'Mom (613-555-0190, mom@example.ca) at 9 Bank St, DOB 2011-02-03, SIN 512 340 985',
    [
      ['phone', '613-555-0190'],
      ['email', 'mom@example.ca'],
      ['address', '9 Bank St'],
      ['dob', '2011-02-03'],
      ['sin', '512 340 985'],
    ],
  ],
];

const NEGATIVES: string[] = [
  // Meeting dates, next week's date, times.
  'Next meeting 2026-11-30 at 14:30',
  'Reconvene Tuesday, December 1, 2026 at 2:30 pm',
  'On se revoit le 7 décembre 2026 à 9 h 30.',
  'Follow-up 12/01/2026, 10:00-11:30',
  'Meeting on May 5; may 12 people come',
  'Seen at 14:30 March 2016, again at 9:15 12/03/2016',
  'Deadline was 2019-03-01 per the meeting of 2026-11-16',
  // Years alone, months, quarters.
  'Since 2010, and again in March 2016; Q3 2026; budget 2025-2026',
  'Born in 1984.',
  // Amounts.
  'Funding $1,250,000 and $3,500.00; 1 250 000 $; 125 000 000 $',
  'Rent 1 234 567 $ over ten years; 12.5%',
  // Case codes, file numbers, small numbers.
  'Case CC-2026-014 and CC-2026-0141, file 2026-00123',
  'Items 1, 2 and 3; room 202; 12 clients; 45 minutes',
  'Reference ABC6135550199 and 6135550199XYZ',
  // Wrong check digits: no health number, no SIN.
  'OHIP 1234-567-890 AB',
  'Health card 1234 567 898',
  'SIN 130 692 545',
  'SIN 130-692-543',
  // SINs never issued: first digit 0 (the published sample 046 454 286) or 8 (businesses).
  'Sample SIN 046 454 286',
  'Business 812 345 678',
  // Directory program lines, however they are written.
  'Program line 613-555-0100 or (613) 555-0100 or 6135550100',
  'Intake desk 613.555.0142 ext. 12',
  // Not phones: 1 or 0 first, N11 services.
  'IDs 123-456-7890 and 613-411-0199, dial 911',
  // Not streets.
  'We covered 3 Main points; the 12 Family Court hearing',
  '3 clients on King, 4 on Bank',
  '2 beds at st. joseph’s; a 5 hour road trip; 3 hour drive on the 2 lane highway',
  'elle suit 3 cours de francisation; 2 place de libre; 4 route de campagne',
  // Two-digit years say nothing without a birth cue.
  'Seen 84-03-12 per the old file',
  // Old dates that start or end something are history, not birth dates.
  'In care since 2012-04-01; housed from March 3, 2009 until 2014-06-30',
  'Suivie depuis le 14 février 1975, en date du 12/03/2001, dès le 3 mai 2010',
  'Status as of 2015-01-31; jusqu’au 2016-05-01',
];

describe('identifier detection › positives', () => {
  it.each(POSITIVES)('%s', (line, expected) => {
    expect(flagged(line)).toEqual(expected);
  });

  it('gives offsets into the text', () => {
    const text = 'Call 613-555-0199 now';
    const [match] = findIdentifiers(text, OPTIONS);
    expect(match).toEqual({ kind: 'phone', from: 5, to: 17, text: '613-555-0199' });
    expect(text.slice(match!.from, match!.to)).toBe(match!.text);
  });
});

describe('identifier detection › negatives', () => {
  it.each(NEGATIVES)('%s', (line) => {
    expect(flagged(line)).toEqual([]);
  });
});

describe('identifier detection › dates of birth and today', () => {
  it('flags a date without a cue only once it is ten years back', () => {
    expect(flagged('form dated 2016-11-23')).toEqual([['dob', '2016-11-23']]);
    expect(flagged('form dated 2016-11-24')).toEqual([]);
    expect(flagged('form dated 2016-11-24', { today: '2026-11-24' })).toEqual([
      ['dob', '2016-11-24'],
    ]);
  });

  it('never flags a date in the future, even next to "born"', () => {
    expect(flagged('baby to be born 2027-02-01')).toEqual([]);
    expect(flagged('born 2026-11-01 (a newborn)')).toEqual([['dob', '2026-11-01']]);
  });

  it('needs a real day', () => {
    expect(flagged('DOB 1984-02-30')).toEqual([]);
    expect(flagged('DOB 31/31/1984')).toEqual([]);
    expect(flagged('DOB 2000-02-29')).toEqual([['dob', '2000-02-29']]);
  });
});

describe('identifier detection › checksums', () => {
  it('Luhn', () => {
    expect(luhnValid('046454286')).toBe(true);
    expect(luhnValid('046454287')).toBe(false);
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('12a')).toBe(false);
  });

  it('SIN: Luhn, 9 digits, never 0 or 8 first', () => {
    const valid = ['130692544', '123456782', '271894255', '512340985', '938472610', '719203846'];
    for (const sin of valid) expect(isSocialInsuranceNumber(sin), sin).toBe(true);
    const invalid = ['130692545', '123456789', '046454286', '812345678', '13069254', '1306925440'];
    for (const sin of invalid) expect(isSocialInsuranceNumber(sin), sin).toBe(false);
  });

  it('Ontario health number: the tenth digit checks the first nine', () => {
    // 1234567897: doubled 1,3,5,7,9 → 2+6+1+5+9 = 23; plus 2+4+6+8 = 20; 43 + 7 = 50.
    const valid = ['1234567897', '5678901231', '2340987128', '4593028154', '9876543217'];
    for (const hcn of valid) expect(isOntarioHealthNumber(hcn), hcn).toBe(true);
    const invalid = ['1234567890', '1234567898', '9876543210', '123456789', '12345678970'];
    for (const hcn of invalid) expect(isOntarioHealthNumber(hcn), hcn).toBe(false);
  });

  it('reads ten bare digits as a phone unless a health-card word comes before', () => {
    // 6135550199 passes the check digit; it is a phone number all the same.
    expect(isOntarioHealthNumber('6135550199')).toBe(true);
    expect(flagged('tel: 6135550199')).toEqual([['phone', '6135550199']]);
    expect(flagged('OHIP no. 6135550199')).toEqual([['health_card', '6135550199']]);
    // Ten bare digits that make no phone number (1 first) but do check: a health number.
    expect(flagged('number 1234567897 on the card')).toEqual([['health_card', '1234567897']]);
  });
});

describe('identifier detection › ignoring', () => {
  it('skips texts the person chose to keep, however they are spaced', () => {
    const options = { ...OPTIONS, ignore: ['613-555-0199', 'jane@example.com'] };
    expect(flagged('Call (613) 555 0199 or Jane@Example.com or 613-555-0198', options)).toEqual([
      ['phone', '613-555-0198'],
    ]);
    expect(identifierKey('(613) 555-0199')).toBe('6135550199');
  });

  it('reuses one scanner for many texts', () => {
    const scan = identifierScanner(OPTIONS);
    expect(scan('613-555-0100')).toEqual([]);
    expect(scan('613-555-0101').map((m) => m.kind)).toEqual(['phone']);
    expect(scan('no digits here at all')).toEqual([]);
  });
});
