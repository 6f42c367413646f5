/**
 * Strict reading of an RFC 5545 RRULE value (section 3.3.10). The recurrence library's own parser
 * is lenient: it reads "FREQ=NOPE" as no frequency and "INTERVAL=abc" as a string. A rule typed
 * or imported by a user must fail here with a reason instead, before it is stored.
 *
 * Errors carry a code and the offending part for the renderer to translate; `message` is English,
 * for logs and tests.
 */

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export type RuleErrorCode =
  | 'empty'
  | 'syntax'
  | 'unknown-part'
  | 'duplicate-part'
  | 'missing-frequency'
  | 'invalid-value'
  | 'unsupported'
  | 'conflict';

export interface RuleError {
  code: RuleErrorCode;
  /** The rule part at fault (e.g. 'BYDAY'), or null when the rule as a whole is. */
  part: string | null;
  message: string;
}

export interface ParsedRule {
  /** The rule normalised: upper case, no "RRULE:" prefix, parts in the order given. */
  rule: string;
  frequency: Frequency;
  /** Part name → value, upper case. */
  parts: Record<string, string>;
}

export type RuleParseResult = { ok: true; value: ParsedRule } | { ok: false; error: RuleError };

const FREQUENCIES: readonly string[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
/** Valid RFC 5545 but not a meeting series: many meetings a day, at times other than its start. */
const SUB_DAILY = ['SECONDLY', 'MINUTELY', 'HOURLY'];
const TIME_PARTS = ['BYSECOND', 'BYMINUTE', 'BYHOUR'];
const WEEKDAY = '(SU|MO|TU|WE|TH|FR|SA)';

function fail(code: RuleErrorCode, part: string | null, message: string): RuleParseResult {
  return { ok: false, error: { code, part, message } };
}

function intList(value: string, min: number, max: number, signed: boolean): boolean {
  return value.split(',').every((item) => {
    if (!(signed ? /^[+-]?\d{1,3}$/ : /^\d{1,3}$/).test(item)) return false;
    const n = Math.abs(Number(item));
    return n >= min && n <= max;
  });
}

function validUntil(value: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  if (!m) return false;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((x) => x ?? '0');
  const at = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
  return (
    at.getUTCMonth() === Number(mo) - 1 &&
    at.getUTCDate() === Number(d) &&
    Number(h) < 24 &&
    Number(mi) < 60 &&
    Number(s) < 61
  );
}

/** Checks one part's value; returns a message when it is wrong. */
function checkValue(name: string, value: string): string | null {
  switch (name) {
    case 'FREQ':
      return FREQUENCIES.includes(value) ? null : 'must be DAILY, WEEKLY, MONTHLY or YEARLY';
    case 'INTERVAL':
    case 'COUNT':
      return /^\d{1,4}$/.test(value) && Number(value) >= 1 ? null : 'must be a whole number ≥ 1';
    case 'UNTIL':
      return validUntil(value)
        ? null
        : 'must be a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSSZ)';
    case 'BYDAY':
      return value.split(',').every((day) => {
        const m = new RegExp(`^([+-]?\\d{1,2})?${WEEKDAY}$`).exec(day);
        const n = m?.[1] === undefined ? 1 : Math.abs(Number(m[1]));
        return m !== null && n >= 1 && n <= 53;
      })
        ? null
        : 'must list weekdays such as MO,WE or 1TU,-1FR';
    case 'WKST':
      return new RegExp(`^${WEEKDAY}$`).test(value) ? null : 'must be a weekday such as MO';
    case 'BYMONTHDAY':
      return intList(value, 1, 31, true) ? null : 'must list days from 1 to 31 (or -31 to -1)';
    case 'BYYEARDAY':
    case 'BYSETPOS':
      return intList(value, 1, 366, true) ? null : 'must list numbers from 1 to 366 (or negative)';
    case 'BYWEEKNO':
      return intList(value, 1, 53, true) ? null : 'must list weeks from 1 to 53 (or negative)';
    case 'BYMONTH':
      return intList(value, 1, 12, false) ? null : 'must list months from 1 to 12';
    default:
      return null;
  }
}

const KNOWN = [
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYDAY',
  'WKST',
  'BYMONTHDAY',
  'BYYEARDAY',
  'BYWEEKNO',
  'BYMONTH',
  'BYSETPOS',
];

/** Parses and validates an RRULE value such as 'FREQ=WEEKLY;INTERVAL=2' (an 'RRULE:' prefix is allowed). */
export function parseRule(text: string): RuleParseResult {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (body === '') return fail('empty', null, 'The rule is empty');
  if (/[\r\n]/.test(body)) return fail('syntax', null, 'A rule is a single line');

  const parts: Record<string, string> = {};
  for (const chunk of body.split(';')) {
    const m = /^([A-Za-z]+)=([^=;]+)$/.exec(chunk.trim());
    if (!m?.[1] || !m[2]) return fail('syntax', null, `"${chunk}" is not NAME=VALUE`);
    const name = m[1].toUpperCase();
    const value = m[2].trim().toUpperCase();
    if (TIME_PARTS.includes(name)) {
      return fail('unsupported', name, `${name} is not supported: the time comes from the start`);
    }
    if (!KNOWN.includes(name)) return fail('unknown-part', name, `Unknown rule part ${name}`);
    if (name in parts) return fail('duplicate-part', name, `${name} appears twice`);
    if (name === 'FREQ' && SUB_DAILY.includes(value)) {
      return fail('unsupported', name, `${value} is not supported: a series repeats daily at most`);
    }
    const problem = checkValue(name, value);
    if (problem) return fail('invalid-value', name, `${name} ${problem}`);
    parts[name] = value;
  }

  const frequency = parts.FREQ as Frequency | undefined;
  if (!frequency) return fail('missing-frequency', 'FREQ', 'FREQ is required');
  const conflict = conflictOf(parts, frequency);
  if (conflict) return fail('conflict', conflict.part, conflict.message);

  const rule = Object.entries(parts)
    .map(([name, value]) => `${name}=${value}`)
    .join(';');
  return { ok: true, value: { rule, frequency, parts } };
}

/** The combinations RFC 5545 forbids. */
function conflictOf(
  parts: Record<string, string>,
  frequency: Frequency,
): { part: string; message: string } | null {
  if (parts.COUNT && parts.UNTIL) {
    return { part: 'UNTIL', message: 'COUNT and UNTIL cannot both be given' };
  }
  if (parts.BYWEEKNO && frequency !== 'YEARLY') {
    return { part: 'BYWEEKNO', message: 'BYWEEKNO needs FREQ=YEARLY' };
  }
  if (parts.BYYEARDAY && ['DAILY', 'WEEKLY', 'MONTHLY'].includes(frequency)) {
    return { part: 'BYYEARDAY', message: 'BYYEARDAY needs FREQ=YEARLY' };
  }
  if (parts.BYMONTHDAY && frequency === 'WEEKLY') {
    return { part: 'BYMONTHDAY', message: 'BYMONTHDAY cannot be used with FREQ=WEEKLY' };
  }
  if (parts.BYDAY && /\d/.test(parts.BYDAY) && !['MONTHLY', 'YEARLY'].includes(frequency)) {
    return { part: 'BYDAY', message: 'Numbered weekdays (1TU) need FREQ=MONTHLY or YEARLY' };
  }
  if (parts.BYSETPOS && !Object.keys(parts).some((p) => p.startsWith('BY') && p !== 'BYSETPOS')) {
    return { part: 'BYSETPOS', message: 'BYSETPOS needs another BY… part' };
  }
  return null;
}
