/** Where the meeting screens live; the run engineer's route hangs off the meeting's path. */
export const MEETINGS_PATH = '/meetings';
export const TEMPLATES_PATH = '/settings/templates';

export const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;
export const runPath = (id: string) => `${meetingPath(id)}/run`;
export const seriesPath = (id: string) => `/meetings/series/${encodeURIComponent(id)}`;

/** What .ics exports are saved as. */
export const ICS_TYPE = 'text/calendar;charset=utf-8';
