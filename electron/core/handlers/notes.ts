import type { notesContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { isEmptyDoc, type RichDoc } from '../../../shared/domain/rich-text';
import type { CoreContext, HandlersFor } from '../context';
import { agendaItemsRepo, type AgendaItemRecord } from '../db/repos/agenda-items';
import { meetingsRepo } from '../db/repos/meetings';
import { writer } from './write';

const write = writer('notes');

/** An editor emptied of every word (tiptap keeps one empty paragraph) is no notes at all. */
const orNone = (doc: RichDoc): RichDoc | null => (isEmptyDoc(doc) ? null : doc);

const notFound = (what: string, id: string) =>
  new AppError('not_found', `No ${what} with id ${id.slice(0, 64)}.`);

/**
 * The agenda item a note, decision or action is placed under: it must be on that meeting's
 * agenda and not deleted (an item of another meeting, or one waiting in a parking lot, is not).
 */
export function itemOfMeeting(
  ctx: CoreContext,
  meetingId: string,
  itemId: string,
): AgendaItemRecord {
  const item = agendaItemsRepo(ctx.db).get(itemId);
  if (item?.meetingId !== meetingId || item.deletedAt !== null) {
    throw notFound('agenda item of this meeting', itemId);
  }
  return item;
}

export const noteHandlers: HandlersFor<Pick<typeof notesContract, 'note.save'>> = {
  /*
   * Autosave runs every second while someone types: it reads one row at most (the item, to check
   * where it belongs) and writes one, never the whole meeting.
   */
  'note.save': ({ meetingId, itemId, doc }, ctx) =>
    write(ctx, () => {
      const savedAt = ctx.clock.now();
      if (itemId === null) {
        const { changes } = meetingsRepo(ctx.db).setNotes(meetingId, orNone(doc));
        if (changes === 0) throw notFound('meeting', meetingId);
      } else {
        itemOfMeeting(ctx, meetingId, itemId);
        agendaItemsRepo(ctx.db).setNotes(itemId, orNone(doc), savedAt);
      }
      return { meetingId, itemId, savedAt };
    }),
};
