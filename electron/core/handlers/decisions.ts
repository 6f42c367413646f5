import type { notesContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreContext, HandlersFor } from '../context';
import { decisionsRepo, publicDecision, type DecisionRecord } from '../db/repos/decisions';
import { meetingsRepo } from '../db/repos/meetings';
import { seriesRepo } from '../db/repos/series';
import { toFtsQuery } from '../search/fts-query';
import { itemOfMeeting } from './notes';
import { found } from './require';
import { writer } from './write';

const write = writer('decisions');

/** A decision that exists and has not been deleted (a deleted one is only reachable by undelete). */
function liveDecision(ctx: CoreContext, id: string): DecisionRecord {
  const decision = decisionsRepo(ctx.db).get(id);
  return found(decision?.deletedAt === null ? decision : undefined, 'decision', id);
}

const reread = (ctx: CoreContext, id: string) =>
  publicDecision(found(decisionsRepo(ctx.db).get(id), 'decision', id));

export const decisionHandlers: HandlersFor<
  Pick<
    typeof notesContract,
    'decision.add' | 'decision.update' | 'decision.delete' | 'decision.undelete' | 'decision.list'
  >
> = {
  'decision.add': ({ meetingId, itemId, text }, ctx) =>
    write(ctx, () => {
      const meeting = found(meetingsRepo(ctx.db).get(meetingId), 'meeting', meetingId);
      if (itemId !== null) itemOfMeeting(ctx, meetingId, itemId);
      const now = ctx.clock.now();
      const id = ctx.newId();
      // The series is copied so a series' log needs no join through its meetings.
      decisionsRepo(ctx.db).insert({
        id,
        meetingId,
        itemId,
        seriesId: meeting.seriesId,
        text,
        deletedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      return reread(ctx, id);
    }),

  'decision.update': ({ id, text }, ctx) =>
    write(ctx, () => {
      const current = liveDecision(ctx, id);
      decisionsRepo(ctx.db).update({ ...current, text, updatedAt: ctx.clock.now() });
      return reread(ctx, id);
    }),

  'decision.delete': ({ id }, ctx) =>
    write(ctx, () => {
      const current = liveDecision(ctx, id);
      const now = ctx.clock.now();
      decisionsRepo(ctx.db).update({ ...current, deletedAt: now, updatedAt: now });
      return { id };
    }),

  'decision.undelete': ({ id }, ctx) =>
    write(ctx, () => {
      const current = found(decisionsRepo(ctx.db).get(id), 'decision', id);
      if (current.deletedAt !== null) {
        decisionsRepo(ctx.db).update({ ...current, deletedAt: null, updatedAt: ctx.clock.now() });
      }
      return reread(ctx, id);
    }),

  'decision.list': ({ meetingId, seriesId, query }, ctx) => {
    // No word to look for (blank, or only punctuation) is no filter.
    const match = query === undefined ? null : toFtsQuery(query);
    const repo = decisionsRepo(ctx.db);
    if (meetingId !== undefined && seriesId === undefined) {
      found(meetingsRepo(ctx.db).get(meetingId), 'meeting', meetingId);
      return repo.listByMeeting(meetingId, match);
    }
    if (seriesId !== undefined && meetingId === undefined) {
      found(seriesRepo(ctx.db).get(seriesId), 'series', seriesId);
      return repo.listBySeries(seriesId, match);
    }
    throw new AppError('invalid_input', 'List the decisions of a meeting or of a series.', [
      { path: [meetingId === undefined ? 'meetingId' : 'seriesId'], message: 'meetingOrSeries' },
    ]);
  },
};
