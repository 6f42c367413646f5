import type { networkingContract } from '../../../shared/contract';
import type { HandlersFor } from '../context';
import { meetingsRepo } from '../db/repos/meetings';
import { exportNetworking } from '../networking/export';
import { readSession } from '../networking/session';
import { contactSummary } from '../networking/summary';
import { found } from './require';

/**
 * After (or for) the event: contacts summary, the plan as CSV, personal cards. Read-only views
 * of the session: nothing is written, so no `data.changed`. Everything is read synchronously
 * first; only printing to PDF is awaited.
 */
export const networkingExportHandlers: HandlersFor<
  Pick<typeof networkingContract, 'networking.summary' | 'networking.export'>
> = {
  'networking.summary': ({ meetingId }, ctx) => contactSummary(readSession(ctx, meetingId)),
  'networking.export': ({ meetingId, format, language }, ctx) => {
    const session = readSession(ctx, meetingId);
    const meeting = found(meetingsRepo(ctx.db).get(meetingId), 'meeting', meetingId);
    return exportNetworking({ session, date: meeting.date, language }, format, ctx.printToPdf);
  },
};
