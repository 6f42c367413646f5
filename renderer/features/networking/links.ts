/** Where the speed-networking screens live: the events, each event's setup, and its run. */
export const NETWORKING_PATH = '/networking';

export const networkingPath = (meetingId: string) =>
  `${NETWORKING_PATH}/${encodeURIComponent(meetingId)}`;
export const networkingRunPath = (meetingId: string) => `${networkingPath(meetingId)}/run`;
export const networkingCardsPath = (meetingId: string) => `${networkingPath(meetingId)}/cards`;

/** What the plan's CSV is saved as. */
export const CSV_TYPE = 'text/csv;charset=utf-8';
