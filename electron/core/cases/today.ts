import { dayIn } from '../../../shared/domain/calendar-day';
import type { Clock } from '../ports';

/**
 * The calendar day on this computer: consent expires and reviews fall due by the day the people
 * using it live in. (Meetings carry their own time zone; cases do not.)
 */
export function today(clock: Clock): string {
  return dayIn(clock.now(), Intl.DateTimeFormat().resolvedOptions().timeZone);
}
