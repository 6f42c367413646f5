/**
 * Finds text that looks like a personal identifier, so the notes editor (and plain text fields
 * of case reviews and system issues) can warn, inline and without blocking, before an identity
 * ends up in the minutes. Pure: no DOM, no Node.
 *
 * Kinds, and what makes each one:
 * - `phone`: a North American number (NANP): 10 digits, or 11 with the country code 1 (+1),
 *   grouped with spaces, dots, dashes or parentheses, or a 7-digit local number written with a
 *   dash or a dot; an extension ("ext. 204", "x204", "poste 204") belongs to it. Area codes and
 *   exchanges start with 2–9 and are never N11 (411, 911), so "1234567890" is not a phone.
 *   Numbers of the directory (`knownPhones`, compared by their digits) are program lines: never
 *   flagged.
 * - `email`: an address with a dotted domain.
 * - `dob`: a full date, written as people write them (1984-03-12, 12/03/1984, March 12, 1984,
 *   12 mars 1984, le 1er mars 1984), flagged when a birth cue stands next to it ("DOB", "born",
 *   "date of birth", "né le", "née le", "date de naissance", "DDN"…), or when it is at least ten
 *   years before `today` (nobody schedules a meeting that far back). A date without a year is
 *   flagged only next to a cue. Times ("at 14:30", "2:30 pm"), meeting dates and years alone
 *   never are.
 * - `health_card`: an Ontario health number: 10 digits, alone or grouped 4-3-3, optionally
 *   followed by a version code of one or two capital letters. Only flagged when its check digit
 *   is right (see `isOntarioHealthNumber`).
 * - `sin`: a Canadian social insurance number: 9 digits, alone or 3-3-3 with spaces or dashes,
 *   passing the Luhn check, not starting with 0 (never issued; the published sample 046 454 286
 *   is one) or 8 (business numbers).
 * - `address`: a civic number, a street name and a street type: "123 Main Street", "12-345 King
 *   St W", "apt 4, 77 Elm Ave" (English: the type after the name, which starts with a capital),
 *   "45 rue Saint-Jean", "1001 boul. de Maisonneuve" (French: the type before the name).
 *
 * Never flagged: dollar amounts ("$1,250", "125 000 000 $"), numbers inside longer numbers or
 * codes (CC-2026-014), small numbers, years, times. Where two kinds overlap, the more certain one
 * wins (email, health card and SIN — which carry a checksum — then phone, date, address).
 *
 * Fast: a handful of linear regular-expression passes (a 5,000-word note in a few
 * milliseconds; see bench/identifiers.bench.ts). Build a scanner once with
 * `identifierScanner(options)` when scanning many texts with the same options.
 */

export const IDENTIFIER_KINDS = ['phone', 'email', 'dob', 'health_card', 'sin', 'address'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export interface IdentifierMatch {
  kind: IdentifierKind;
  /** Offsets in the text (UTF-16, as `String.slice` takes them). */
  from: number;
  to: number;
  /** The text matched, as written. */
  text: string;
}

export interface IdentifierOptions {
  /** Today, 'YYYY-MM-DD': a date at least ten years before it reads as a date of birth. */
  today: string;
  /** The directory's phone lines (agencies, people), as typed: never flagged. */
  knownPhones?: readonly string[];
  /** Texts the person chose to keep (compared by `identifierKey`). */
  ignore?: readonly string[];
}

export type IdentifierScanner = (text: string) => IdentifierMatch[];

/** What "the same text" means for Ignore: letters, digits and @, without case. */
export function identifierKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@]/gu, '');
}

/** The Luhn (mod 10) check: from the right, every second digit doubled (9 taken off above 9). */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * An Ontario health number's check, as the Ministry of Health specifies it for providers: the
 * tenth digit is a check digit over the first nine, computed as in the Luhn formula (ANSI X4.13):
 * doubling the 1st, 3rd, 5th, 7th and 9th digits (summing the digits of each product), adding
 * the 2nd, 4th, 6th and 8th, the check digit is what brings the sum to a multiple of ten. So the
 * whole 10-digit number passes `luhnValid`. E.g. 9876543217: 9→18→9, 7→14→5, 5→10→1, 3→6, 1→2,
 * plus 8+6+4+2 = 43; 43 + 7 = 50.
 */
export function isOntarioHealthNumber(digits: string): boolean {
  return /^\d{10}$/.test(digits) && luhnValid(digits);
}

/** A social insurance number that could have been issued to a person. */
export function isSocialInsuranceNumber(digits: string): boolean {
  return /^[1-79]\d{8}$/.test(digits) && luhnValid(digits);
}

/** The 10 digits of a North American number (country code and extension left out). */
export function phoneDigits(text: string): string {
  let digits = text.replace(/\D/g, '');
  if (digits.length >= 11 && digits.startsWith('1')) digits = digits.slice(1);
  return digits.slice(0, 10);
}

/* ------------------------------------------------------------------ patterns */

/** A number starts here: not inside a word, a longer number, a code (CC-2026-…) or an amount. */
const NUM_START = String.raw`(?<![\p{L}\p{N}_@$€£¢#/\\\-+])(?<!\p{N}[.,:])`;
/** …and ends here: not followed by more of a word or of a number. */
const NUM_END = String.raw`(?![\p{L}\p{N}_@]|[.,/\-]\p{N})`;
/** Not an amount: no currency or percentage right after it. */
const NOT_MONEY = String.raw`(?![ \u00a0\u202f]*(?:\$|€|%|¢|dollars?(?![\p{L}])|k\$|M\$))`;

const EXTENSION = String.raw`(?:[ \u00a0]*,?[ \u00a0]*(?:ext\.?|extension|x|poste|p\.|#)[ \u00a0]*\d{1,6})?`;
const SEP = String.raw`[ \u00a0.\-]?`;

const PHONE = new RegExp(
  NUM_START +
    String.raw`(?:\+[ \u00a0]?)?(?:1${SEP})?(?:\(\d{3}\)[ \u00a0]?|\d{3}${SEP})\d{3}${SEP}\d{4}` +
    EXTENSION +
    NUM_END,
  'giu',
);
const LOCAL_PHONE = new RegExp(
  NUM_START + String.raw`[2-9]\d{2}[.\-]\d{4}` + EXTENSION + NUM_END,
  'giu',
);

const HEALTH_CARD = new RegExp(
  NUM_START + String.raw`\d{4}([ \-]?)\d{3}\1\d{3}(?:[ \-]?[A-Z]{1,2})?` + NUM_END,
  'gu',
);

/** Groups of three are also how French writes thousands: "125 000 000 $" is no SIN. */
const SIN = new RegExp(
  NUM_START +
    String.raw`(?<!\p{N}[ \u00a0\u202f])(?<![$€][ \u00a0\u202f]?)\d{3}([ \-]?)\d{3}\1\d{3}` +
    NUM_END +
    String.raw`(?![ \u00a0\u202f]\p{N})` +
    NOT_MONEY,
  'gu',
);

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}@-]|\.[\p{L}\p{N}])/gu;

const MONTHS: Record<string, number> = {};
const monthNames: [number, string[]][] = [
  [1, ['january', 'jan', 'janvier', 'janv']],
  [2, ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'fev']],
  [3, ['march', 'mar', 'mars']],
  [4, ['april', 'apr', 'avril', 'avr']],
  [5, ['may', 'mai']],
  [6, ['june', 'jun', 'juin']],
  [7, ['july', 'jul', 'juillet', 'juil']],
  [8, ['august', 'aug', 'août', 'aout']],
  [9, ['september', 'sept', 'sep', 'septembre']],
  [10, ['october', 'oct', 'octobre']],
  [11, ['november', 'nov', 'novembre']],
  [12, ['december', 'dec', 'décembre', 'decembre', 'déc']],
];
for (const [month, names] of monthNames) for (const name of names) MONTHS[name] = month;
/** Longest first, so "mars" is not read as "mar" and "s". */
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const ORDINAL = String.raw`(?:er|re|e|st|nd|rd|th)?`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}]|:\d)`;

const ISO_DATE = new RegExp(
  NUM_START + String.raw`(\d{4})([\-/.])(\d{1,2})\2(\d{1,2})` + NUM_END,
  'gu',
);
const NUMERIC_DATE = new RegExp(
  NUM_START + String.raw`(\d{1,2})([\-/.])(\d{1,2})\2(\d{4}|\d{2})` + NUM_END,
  'gu',
);
const DAY_MONTH_DATE = new RegExp(
  NUM_START +
    String.raw`(\d{1,2})${ORDINAL}(?:[ \u00a0]+of)?[ \u00a0]+${MONTH}(?:,?[ \u00a0]+(\d{4}))?` +
    NOT_WORD_AFTER,
  'giu',
);
const MONTH_DAY_DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${MONTH}[ \u00a0]+(\d{1,2})${ORDINAL}(?:,?[ \u00a0]+(\d{4}))?` +
    NOT_WORD_AFTER,
  'giu',
);

/** Words that say a date is a birth date. "né"/"née" only with their accent ("ne" is a word). */
const CUE = String.raw`(?:d\.?[ \u00a0]?o\.?[ \u00a0]?b\.?|date[ \u00a0]+of[ \u00a0]+birth|birth[ \u00a0]?date|birthday|born|née|nee|né(?:\(e\))?|date[ \u00a0]+de[ \u00a0]+naissance|naissance|ddn)`;
const CUE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${CUE}[ \u00a0]*[:=\-–—]?[ \u00a0]*(?:(?:on|in|le|the)[ \u00a0]+)?$`,
  'iu',
);
const CUE_AFTER = new RegExp(
  String.raw`^[ \u00a0]*[,;]?[ \u00a0]*[(\[\-–—]?[ \u00a0]*(?:d\.?[ \u00a0]?o\.?[ \u00a0]?b\.?|date[ \u00a0]+of[ \u00a0]+birth|birth[ \u00a0]?date|date[ \u00a0]+de[ \u00a0]+naissance|ddn)(?![\p{L}])`,
  'iu',
);
const CUE_WINDOW = 40;
/**
 * Words that make an old date the start or end of something ("in care since 2012-04-01",
 * "depuis le 14 février 1975", "from 03/01/2009 until…"): without a birth cue, such a date is
 * history, not a birth date. A few words may stand between ("since about", "dès le début du").
 */
const SINCE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:since|from|as[ \u00a0]+of|until|till|depuis|dès|jusqu['’]\p{L}*|en[ \u00a0]+date[ \u00a0]+du)(?:[ \u00a0,]+[\p{L}'’]+){0,3}[ \u00a0,]*$`,
  'iu',
);
/** Words before ten bare digits that make them a health number rather than a phone number. */
const HEALTH_CUE =
  /(?<![\p{L}])(?:ohip|hcn|health[ \u00a0]?(?:card|number|#)|carte[ \u00a0]+(?:santé|sante|d['’]assurance[ \u00a0-]maladie)|assurance[ \u00a0-]maladie|numéro[ \u00a0]+d['’]assurance)[^\p{N}]{0,20}$/iu;

/** Each word as written in a note: "street", "Street", "STREET" (a capital starts a name). */
const cased = (words: readonly string[]) =>
  words
    .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])
    .sort((a, b) => b.length - a.length)
    .join('|');

const EN_TYPES = cased([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'crescent',
  'cres', 'court', 'ct', 'lane', 'ln', 'way', 'place', 'pl', 'terrace', 'circle', 'cir',
  'parkway', 'pkwy', 'highway', 'hwy', 'trail', 'trl', 'square', 'sq', 'gate', 'grove',
  'heights', 'line', 'sideroad', 'concession', 'gardens', 'path', 'row',
]); // prettier-ignore
const FR_TYPES = cased([
  'rue', 'avenue', 'av', 'boulevard', 'boul', 'bd', 'chemin', 'ch', 'route', 'rang', 'place',
  'montée', 'côte', 'allée', 'impasse', 'promenade', 'croissant', 'terrasse', 'carré', 'ruelle',
  'quai', 'cours', 'sentier', 'voie',
]); // prettier-ignore
const UNIT_WORDS = cased([
  'apt', 'apartment', 'unit', 'suite', 'ste', 'app', 'appt', 'appartement', 'bureau', 'logement',
]); // prettier-ignore
const DIRECTION = String.raw`(?:[ \u00a0]+(?:North|South|East|West|Nord|Sud|Est|Ouest|NE|NW|SE|SW|N|S|E|W|O)\.?(?![\p{L}\p{N}]))?`;

const SP = String.raw`[ \u00a0]+`;
const UNIT_BEFORE = String.raw`(?:(?<![\p{L}\p{N}])(?:${UNIT_WORDS})\.?[ \u00a0]*#?[ \u00a0]*[\p{N}\p{Lu}]{1,5},?${SP}|#[ \u00a0]?\d{1,5},?${SP})?`;
const UNIT_AFTER = String.raw`(?:,?[ \u00a0]*(?:(?:${UNIT_WORDS})\.?[ \u00a0]*#?|#)[ \u00a0]*[\p{N}\p{Lu}]{1,5}(?![\p{L}\p{N}])(?![ \u00a0]*,?[ \u00a0]*\d))?`;
const CIVIC = String.raw`(?:\d{1,5}[A-Za-z]?[ \u00a0]?[\-–][ \u00a0]?)?\d{1,6}[A-Za-z]?(?![\p{L}\p{N}])`;
/** A word of a street's name: capitalised ("King", "St.", "Saint-Jean", "O'Connor") or "5th". */
const NAME = String.raw`(?:\p{Lu}[\p{L}'’]*\.?(?:-\p{L}[\p{L}'’]*)*|\d{1,3}(?:st|nd|rd|th|e|er|re))`;

const ADDRESS_EN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_$€\-/])${UNIT_BEFORE}${CIVIC},?${SP}(?:${NAME}${SP}){1,4}(?:${EN_TYPES})\.?(?![\p{L}\p{N}])${DIRECTION}${UNIT_AFTER}`,
  'gu',
);
const ADDRESS_FR = new RegExp(
  String.raw`(?<![\p{L}\p{N}_$€\-/])${UNIT_BEFORE}${CIVIC},?${SP}(?:${FR_TYPES})\.?${SP}(?:(?:de${SP}la|de${SP}l['’]|des|du|de|d['’])[ \u00a0]*)?${NAME}(?:(?:${SP}|-)${NAME}){0,3}${DIRECTION}${UNIT_AFTER}`,
  'gu',
);

/*
 * Street names typed in lower case ("123 main st", "45 rue saint-jean"). A lower-case word is any
 * word, so only the street types that mean nothing else follow it ("3 hour drive", "2 lane
 * highway", "3 cours de francisation" are not addresses), one or two words name the street (one
 * after a French type: the next word is as likely the sentence going on), and those may not be
 * little words or units ("2 beds at st. mike's", "5 hour road trip").
 */
const LOWER_NAME_STOP = String.raw`(?:at|to|on|in|the|a|an|of|for|and|or|with|by|from|per|via|near|more|less|other|few|many|hours?|minutes?|mins?|days?|weeks?|months?|years?|km|kms|miles?|blocks?|times?)`;
const LOWER_NAME = String.raw`(?!${LOWER_NAME_STOP}(?![\p{L}'’\-]))\p{Ll}[\p{Ll}'’]*(?:-\p{L}[\p{L}'’]*)*`;
const EN_PLAIN_TYPES = cased([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'crescent', 'cres',
]); // prettier-ignore
const FR_PLAIN_TYPES = cased([
  'rue', 'avenue', 'boulevard', 'boul', 'bd', 'chemin', 'allée', 'impasse', 'ruelle', 'montée',
]); // prettier-ignore
const ADDRESS_EN_LOWER = new RegExp(
  String.raw`(?<![\p{L}\p{N}_$€\-/])${UNIT_BEFORE}${CIVIC},?${SP}(?:${LOWER_NAME}${SP}){1,2}(?:${EN_PLAIN_TYPES})\.?(?![\p{L}\p{N}])${DIRECTION}${UNIT_AFTER}`,
  'gu',
);
const ADDRESS_FR_LOWER = new RegExp(
  String.raw`(?<![\p{L}\p{N}_$€\-/])${UNIT_BEFORE}${CIVIC},?${SP}(?:${FR_PLAIN_TYPES})\.?${SP}(?:(?:de${SP}la|de${SP}l['’]|des|du|de|d['’])[ \u00a0]*)?${LOWER_NAME}(?![\p{L}\p{N}])${DIRECTION}${UNIT_AFTER}`,
  'gu',
);

/** Courts, not streets: "on the 12 Family Court", "Nov. 12 Superior Court". */
const COURTS =
  /(?:Family|Superior|Provincial|Supreme|Youth|Drug|Criminal|Claims|Appeal|Federal|Tax|Wellness)[ \u00a0]+Court$/i;

/* ------------------------------------------------------------------ scanning */

/** Which kind wins where two overlap: the ones with a checksum first. */
const PRIORITY: Record<IdentifierKind, number> = {
  email: 0,
  health_card: 1,
  sin: 2,
  phone: 3,
  dob: 4,
  address: 5,
};

interface Candidate {
  kind: IdentifierKind;
  from: number;
  to: number;
}

function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    yield m;
    if (m[0] === '') pattern.lastIndex++;
  }
}

/** Area codes and exchanges: 2–9 first, never N11 (211, 411, 911 are services, not lines). */
const nanpPart = (three: string) => /^[2-9]\d\d$/.test(three) && three.slice(1) !== '11';

function validPhone(digits: string): boolean {
  if (digits.length === 7) return nanpPart(digits.slice(0, 3));
  return digits.length === 10 && nanpPart(digits.slice(0, 3)) && nanpPart(digits.slice(3, 6));
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** The day as 'YYYY-MM-DD', or null when there is no such day; years of two digits stay so. */
function dayOf(year: number | null, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > daysIn(year ?? 2000, month)) return null;
  return year === null ? `????-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

function tenYearsBefore(today: string): string {
  const [y, m, d] = today.split('-');
  return `${Number(y) - 10}-${m}-${d}`;
}

/** A year of four digits; null for two, which say nothing of the century. */
function fullYear(year: string): number | null {
  return year.length === 4 ? Number(year) : null;
}

function dateCandidates(text: string, limit: string, today: string, out: Candidate[]): void {
  const push = (m: RegExpExecArray, days: (string | null)[]) => {
    const valid = days.filter((day): day is string => day !== null);
    if (valid.length === 0) return;
    const from = m.index;
    const to = from + m[0].length;
    const cued =
      CUE_BEFORE.test(text.slice(Math.max(0, from - CUE_WINDOW), from)) ||
      CUE_AFTER.test(text.slice(to, to + CUE_WINDOW));
    // Without a year (or with two digits, which say nothing of the century) only a cue tells.
    const full = valid.filter((day) => !day.startsWith('?'));
    const birth = cued
      ? // A birth date is not in the future, even next to "born".
        full.length === 0 || full.some((day) => day <= today)
      : full.length > 0 &&
        full.every((day) => day >= '1900' && day <= limit) &&
        !SINCE_BEFORE.test(text.slice(Math.max(0, from - CUE_WINDOW), from));
    if (birth) out.push({ kind: 'dob', from, to });
  };
  for (const m of matches(ISO_DATE, text)) {
    push(m, [dayOf(Number(m[1]), Number(m[3]), Number(m[4]))]);
  }
  for (const m of matches(NUMERIC_DATE, text)) {
    const year = fullYear(m[4]!);
    const [a, b] = [Number(m[1]), Number(m[3])];
    // 12/03/1984: day first in most of Canada, month first in the United States' way; with a
    // two-digit year, "84-03-12" may also put the year first (only a cue flags those).
    const yearFirst = year === null ? dayOf(null, b, Number(m[4])) : null;
    push(m, [dayOf(year, b, a), dayOf(year, a, b), yearFirst]);
  }
  for (const m of matches(DAY_MONTH_DATE, text)) {
    const month = MONTHS[m[2]!.toLowerCase()]!;
    push(m, [dayOf(m[3] ? Number(m[3]) : null, month, Number(m[1]))]);
  }
  for (const m of matches(MONTH_DAY_DATE, text)) {
    const month = MONTHS[m[1]!.toLowerCase()]!;
    push(m, [dayOf(m[3] ? Number(m[3]) : null, month, Number(m[2]))]);
  }
}

/** A scanner for these options (the directory's phones read once), for many texts. */
export function identifierScanner(options: IdentifierOptions): IdentifierScanner {
  const known = new Set<string>();
  const knownLocal = new Set<string>();
  for (const phone of options.knownPhones ?? []) {
    const digits = phoneDigits(phone);
    if (digits.length === 10) {
      known.add(digits);
      knownLocal.add(digits.slice(3));
    } else if (digits.length === 7) knownLocal.add(digits);
  }
  const ignored = new Set((options.ignore ?? []).map(identifierKey).filter(Boolean));
  const limit = tenYearsBefore(options.today);
  const today = options.today;

  return (text) => {
    // Every kind but email needs a digit: most lines of a note have none.
    const email = text.includes('@');
    if (!email && !/\d/.test(text)) return [];
    const candidates: Candidate[] = [];
    const add = (kind: IdentifierKind, m: RegExpExecArray) =>
      candidates.push({ kind, from: m.index, to: m.index + m[0].length });

    if (email) for (const m of matches(EMAIL, text)) add('email', m);
    for (const m of matches(HEALTH_CARD, text)) {
      const digits = m[0].replace(/\D/g, '');
      if (!isOntarioHealthNumber(digits)) continue;
      // Ten bare digits that also make a phone number are one, unless the words before say
      // health card (one phone number in ten passes the check digit).
      const bare = /^\d{10}$/.test(m[0]);
      const cued = HEALTH_CUE.test(text.slice(Math.max(0, m.index - CUE_WINDOW), m.index));
      if (bare && validPhone(digits) && !cued) continue;
      add('health_card', m);
    }
    for (const m of matches(SIN, text)) {
      if (isSocialInsuranceNumber(m[0].replace(/\D/g, ''))) add('sin', m);
    }
    for (const m of matches(PHONE, text)) {
      const main = m[0].replace(/(?:ext|extension|x|poste|p\.|#).*$/i, '');
      const digits = main.replace(/\D/g, '');
      if (digits.length === 11 && !digits.startsWith('1')) continue;
      const ten = phoneDigits(main);
      if (validPhone(ten) && !known.has(ten)) add('phone', m);
    }
    for (const m of matches(LOCAL_PHONE, text)) {
      const digits = m[0].replace(/(?:ext|extension|x|poste|p\.|#).*$/i, '').replace(/\D/g, '');
      if (validPhone(digits) && !knownLocal.has(digits)) add('phone', m);
    }
    dateCandidates(text, limit, today, candidates);
    for (const m of matches(ADDRESS_EN, text)) if (!COURTS.test(m[0])) add('address', m);
    for (const m of matches(ADDRESS_FR, text)) add('address', m);
    for (const m of matches(ADDRESS_EN_LOWER, text)) add('address', m);
    for (const m of matches(ADDRESS_FR_LOWER, text)) add('address', m);

    if (candidates.length === 0) return [];
    // A directory line also read as a health number (10 bare digits) stays a directory line.
    const kept: Candidate[] = [];
    candidates.sort(
      (a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.to - b.from - (a.to - a.from),
    );
    for (const candidate of candidates) {
      if (candidate.kind === 'health_card' || candidate.kind === 'sin') {
        const digits = text.slice(candidate.from, candidate.to).replace(/\D/g, '');
        if (known.has(digits)) continue;
      }
      if (kept.some((k) => k.from < candidate.to && candidate.from < k.to)) continue;
      kept.push(candidate);
    }
    const found: IdentifierMatch[] = [];
    for (const { kind, from, to: end } of kept.sort((a, b) => a.from - b.from)) {
      // "…at 77 Elm Ave." or "le 3 avril." ends a sentence: a replacement keeps the full stop.
      const to = text[end - 1] === '.' ? end - 1 : end;
      const matched = text.slice(from, to);
      if (ignored.has(identifierKey(matched))) continue;
      found.push({ kind, from, to, text: matched });
    }
    return found;
  };
}

/** Everything in `text` that looks like a personal identifier, in the order it occurs. */
export function findIdentifiers(text: string, options: IdentifierOptions): IdentifierMatch[] {
  return identifierScanner(options)(text);
}
