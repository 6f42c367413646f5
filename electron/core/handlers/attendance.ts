import type { meetingsContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../context';
import { attendanceRepo } from '../db/repos/attendance';
import { meetingsRepo } from '../db/repos/meetings';
import { assertOrganizationsExist, assertPeopleExist } from './references';
import { found } from './require';
import { writer } from './write';

const write = writer('meetings');

export const attendanceHandlers: HandlersFor<
  Pick<typeof meetingsContract, 'attendance.add' | 'attendance.setStatus' | 'attendance.remove'>
> = {
  'attendance.add': (draft, ctx) =>
    write(ctx, () => {
      found(meetingsRepo(ctx.db).get(draft.meetingId), 'meeting', draft.meetingId);
      assertPeopleExist(ctx, draft.personId);
      assertOrganizationsExist(ctx, draft.organizationId);
      const repo = attendanceRepo(ctx.db);
      const rows = repo.listByMeeting(draft.meetingId);
      // One row per person, and one "the agency, whoever comes" row per agency: a second one
      // would count the same attendee twice.
      const agencyOnly = (r: { personId: string | null; guestName: string }) =>
        r.personId === null && r.guestName === '';
      const twice =
        draft.personId !== null
          ? rows.some((r) => r.personId === draft.personId)
          : agencyOnly(draft) &&
            rows.some((r) => agencyOnly(r) && r.organizationId === draft.organizationId);
      if (twice) {
        throw new AppError('conflict', 'This attendee is already on the list for this meeting.', [
          {
            path: [draft.personId !== null ? 'personId' : 'organizationId'],
            message: 'alreadyListed',
          },
        ]);
      }
      const id = ctx.newId();
      repo.insert({
        id,
        ...draft,
        position: repo.endOfList(draft.meetingId),
        createdAt: ctx.clock.now(),
      });
      return found(repo.get(id), 'attendance', id);
    }),

  'attendance.setStatus': ({ id, status }, ctx) =>
    write(ctx, () => {
      const repo = attendanceRepo(ctx.db);
      found(repo.get(id), 'attendance', id);
      repo.setStatus(id, status);
      return found(repo.get(id), 'attendance', id);
    }),

  'attendance.remove': ({ id }, ctx) =>
    write(ctx, () => {
      const repo = attendanceRepo(ctx.db);
      found(repo.get(id), 'attendance', id);
      repo.remove(id);
      return { id };
    }),
};
