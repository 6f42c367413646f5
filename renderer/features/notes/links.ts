import { meetingPath } from '../meetings/links';

/** The `?item=` value of the meeting's general notes (those under no agenda item). */
export const GENERAL_NOTES = 'general';

/** The query parameter that says which note is open, so a search result can jump to it. */
export const ITEM_PARAM = 'item';

/** `/meetings/:id/notes`, open on one agenda item's notes (null: the general notes). */
export function notesPath(meetingId: string, itemId?: string | null): string {
  const path = `${meetingPath(meetingId)}/notes`;
  if (itemId === undefined) return path;
  return `${path}?${ITEM_PARAM}=${encodeURIComponent(itemId ?? GENERAL_NOTES)}`;
}

/** The minutes of a meeting (another screen: linked to from the notes). */
export const minutesPath = (meetingId: string) => `${meetingPath(meetingId)}/minutes`;
