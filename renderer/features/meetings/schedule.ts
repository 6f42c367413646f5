import { getLocalTimeZone, today } from '@internationalized/date';
import type { ScheduleValues } from './ScheduleFields';
import { localTimeZone } from './time-zones';
import { NONE } from './useDirectoryOptions';

/** Today on the laptop's calendar, as `YYYY-MM-DD`. */
export const todayIso = () => today(getLocalTimeZone()).toString();

/** A new meeting's starting point: a 90-minute morning slot, in the laptop's time zone. */
export function emptySchedule(): ScheduleValues {
  return {
    title: '',
    kind: 'case_consultation',
    startTime: '09:30',
    endTime: '11:00',
    timeZone: localTimeZone(),
    location: '',
    goal: '',
    chairId: NONE,
    noteTakerId: NONE,
  };
}

/** The shared fields as the contract has them: nobody chosen is null. */
export const scheduleInput = ({ chairId, noteTakerId, ...rest }: ScheduleValues) => ({
  ...rest,
  chairId: chairId || null,
  noteTakerId: noteTakerId || null,
});

/** A saved meeting's or series' shared fields, as the form edits them: nobody chosen is ''. */
export const scheduleValuesOf = (
  saved: Omit<ScheduleValues, 'chairId' | 'noteTakerId'> & {
    chairId: string | null;
    noteTakerId: string | null;
  },
): ScheduleValues => ({
  title: saved.title,
  kind: saved.kind,
  startTime: saved.startTime,
  endTime: saved.endTime,
  timeZone: saved.timeZone,
  location: saved.location,
  goal: saved.goal,
  chairId: saved.chairId ?? NONE,
  noteTakerId: saved.noteTakerId ?? NONE,
});
