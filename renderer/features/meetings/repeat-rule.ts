import type { MeetingKind } from '../../../shared/contract';
import { defaultRule, isLocalDate } from '../../../shared/domain/recurrence';

/** The friendly repeat choices a series form offers; `custom` takes RRULE text. */
export type RepeatChoice = 'weekly' | 'biweekly' | 'monthly' | 'custom';

export const REPEAT_CHOICES: readonly RepeatChoice[] = ['weekly', 'biweekly', 'monthly', 'custom'];

const WEEKLY = 'FREQ=WEEKLY';
const BIWEEKLY = 'FREQ=WEEKLY;INTERVAL=2';

/** "Every month on the same weekday" as the start's: the rule interagency meetings use. */
function monthlyRule(startDate: string): string {
  return defaultRule('committee', startDate) ?? 'FREQ=MONTHLY';
}

/** The RRULE for a choice; weekly rules leave the weekday to the start date. */
export function ruleFor(choice: RepeatChoice, startDate: string | null, custom: string): string {
  switch (choice) {
    case 'weekly':
      return WEEKLY;
    case 'biweekly':
      return BIWEEKLY;
    case 'monthly':
      return startDate && isLocalDate(startDate) ? monthlyRule(startDate) : 'FREQ=MONTHLY';
    case 'custom':
      return custom.trim();
  }
}

/** The choice a kind proposes (`defaultRule`); one-off kinds get "every week" when repeated. */
export function defaultChoice(kind: MeetingKind, startDate: string | null): RepeatChoice {
  const rule = startDate && isLocalDate(startDate) ? defaultRule(kind, startDate) : null;
  if (rule === null) {
    if (kind === 'interagency' || kind === 'committee') return 'monthly';
    return kind === 'case_consultation' ? 'biweekly' : 'weekly';
  }
  return choiceOf(rule, startDate).choice;
}

/** Which friendly choice a saved rule is, so editing a series shows it as it was chosen. */
export function choiceOf(
  rule: string,
  startDate: string | null,
): { choice: RepeatChoice; custom: string } {
  const normalised = rule.trim().toUpperCase();
  if (normalised === WEEKLY) return { choice: 'weekly', custom: '' };
  if (normalised === BIWEEKLY) return { choice: 'biweekly', custom: '' };
  if (startDate && isLocalDate(startDate) && normalised === monthlyRule(startDate)) {
    return { choice: 'monthly', custom: '' };
  }
  return { choice: 'custom', custom: rule };
}

/** Which weekday of the month the monthly choice means: 1–4, or 'last' for a fifth one. */
export function weekdayOfMonth(startDate: string): { nth: 1 | 2 | 3 | 4 | 'last'; ms: number } {
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
  const nth = Math.ceil(d / 7);
  return {
    nth: nth > 4 ? 'last' : (nth as 1 | 2 | 3 | 4),
    ms: Date.UTC(y, m - 1, d),
  };
}
