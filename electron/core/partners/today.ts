import { dayIn } from '../../../shared/domain/calendar-day';
import type { Clock } from '../ports';

/**
 * "Today" for the dashboards: the calendar day on this machine's clock, in its time zone. The
 * core runs on the person's own computer (the desktop app, or browser mode on 127.0.0.1), so its
 * zone is theirs; UTC would turn the day over at 7 p.m. in Toronto and make partners overdue an
 * evening early. (The action register takes the renderer's day instead; both are the same zone.)
 */
export function localToday(clock: Clock): string {
  return dayIn(clock.now(), Intl.DateTimeFormat().resolvedOptions().timeZone);
}
