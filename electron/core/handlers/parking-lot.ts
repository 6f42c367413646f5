import type { meetingsContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../context';
import { agendaItemsRepo } from '../db/repos/agenda-items';
import { meetingsRepo } from '../db/repos/meetings';
import { seriesRepo } from '../db/repos/series';
import { assertCaseLink, assertPresentersExist, liveItem } from './agenda';
import { insertItem } from './new-records';
import { found } from './require';
import { writer } from './write';

const write = writer('meetings');

/**
 * A series' parking lot: items deferred to "a later meeting", waiting with no meeting
 * (`meeting_id` null, `series_id` set) until the chair pulls one into a meeting of the series.
 */
export const parkingLotHandlers: HandlersFor<
  Pick<typeof meetingsContract, 'agenda.park' | 'parking.add' | 'parking.pull'>
> = {
  'agenda.park': ({ id }, ctx) =>
    write(ctx, () => {
      const repo = agendaItemsRepo(ctx.db);
      const item = liveItem(ctx, id);
      if (item.meetingId === null) {
        throw new AppError('conflict', 'This item is already in the parking lot.');
      }
      const meeting = found(meetingsRepo(ctx.db).get(item.meetingId), 'meeting', item.meetingId);
      if (meeting.seriesId === null) {
        throw new AppError(
          'conflict',
          'Only a meeting of a series has a parking lot; this one meets once.',
        );
      }
      // Parking twice (a double click, or again after an undo of the status) keeps one copy.
      if (repo.parkedCopiesOf(id).length === 0) {
        // Notes belong to the meeting they were written in: the copy waits with none.
        insertItem(
          ctx,
          { ...item, status: 'pending', notes: null },
          {
            meetingId: null,
            seriesId: meeting.seriesId,
            position: repo.endOfParkingLot(meeting.seriesId),
          },
          { sourceItemId: id, parkedFromMeetingId: meeting.id },
        );
      }
      repo.update({ ...item, status: 'deferred', updatedAt: ctx.clock.now() });
      return found(repo.get(id), 'agenda item', id);
    }),

  'parking.add': ({ seriesId, item }, ctx) =>
    write(ctx, () => {
      found(seriesRepo(ctx.db).get(seriesId), 'series', seriesId);
      assertPresentersExist(ctx, item);
      assertCaseLink(ctx, item, ['item', 'caseId']);
      const repo = agendaItemsRepo(ctx.db);
      const id = insertItem(ctx, item, {
        meetingId: null,
        seriesId,
        position: repo.endOfParkingLot(seriesId),
      });
      return found(repo.get(id), 'agenda item', id);
    }),

  'parking.pull': ({ id, meetingId }, ctx) =>
    write(ctx, () => {
      const repo = agendaItemsRepo(ctx.db);
      const item = liveItem(ctx, id);
      if (item.meetingId !== null) {
        throw new AppError('conflict', 'This item is not in a parking lot.');
      }
      const meeting = found(meetingsRepo(ctx.db).get(meetingId), 'meeting', meetingId);
      if (meeting.seriesId !== item.seriesId) {
        throw new AppError('conflict', 'This meeting is not part of that series.', [
          { path: ['meetingId'], message: 'notInSeries' },
        ]);
      }
      if (meeting.status === 'ended' || meeting.status === 'cancelled') {
        throw new AppError('conflict', 'This meeting will not take place; choose another one.');
      }
      // The row itself moves, so the parking lot no longer lists it; it no longer belongs to the
      // series' lot (series_id cleared), so deleting the series later leaves it in its meeting.
      repo.update({
        ...item,
        meetingId,
        seriesId: null,
        position: repo.endOfMeeting(meetingId),
        status: 'pending',
        updatedAt: ctx.clock.now(),
      });
      return found(repo.get(id), 'agenda item', id);
    }),
};
