import type { MeetingDetail, meetingsContract } from '../../../shared/contract';
import {
  IDLE_TIMER,
  runCommand,
  type RunCommand,
  type RunItem,
  type RunStep,
} from '../../../shared/domain/meeting-run';
import { AppError } from '../../../shared/errors';
import type { CoreContext, HandlersFor } from '../context';
import { agendaItemsRepo, type AgendaItemRecord } from '../db/repos/agenda-items';
import { attendanceRepo } from '../db/repos/attendance';
import { meetingsRepo, type MeetingRecord } from '../db/repos/meetings';
import { presentSpeakers } from '../run/speakers';
import { meetingDetail } from './meeting-detail';
import { networkingRunHandlers } from './networking-run';
import { found } from './require';

type RunMethod = Extract<keyof typeof meetingsContract, `run.${string}`>;
type RunContract = Pick<typeof meetingsContract, RunMethod>;

const toRunItem = (item: AgendaItemRecord): RunItem => ({
  id: item.id,
  kind: item.kind,
  plannedMinutes: item.plannedMinutes,
  status: item.status,
  actualStartedAt: item.actualStartedAt,
  actualEndedAt: item.actualEndedAt,
  spentMs: item.spentMs,
  speakerSeconds: item.speakerSeconds,
  round: item.round,
});

function loadMeeting(ctx: CoreContext, meetingId: string): MeetingRecord {
  return found(meetingsRepo(ctx.db).get(meetingId), 'meeting', meetingId);
}

function assertInProgress(meeting: MeetingRecord): void {
  if (meeting.status === 'in_progress') return;
  const why =
    meeting.status === 'planned'
      ? 'This meeting has not started yet: start it first.'
      : `This meeting is ${meeting.status === 'ended' ? 'over' : 'cancelled'}: it cannot be run.`;
  throw new AppError('conflict', why);
}

/** Applies one command to the meeting's run (already checked to be in progress) and saves it. */
function apply(
  ctx: CoreContext,
  meeting: MeetingRecord,
  command: RunCommand,
  meetingFields: Pick<MeetingRecord, 'status' | 'startedAt' | 'endedAt'> = meeting,
): RunStep {
  const now = ctx.clock.now();
  const items = agendaItemsRepo(ctx.db).listByMeeting(meeting.id);
  const step = runCommand(
    {
      items: items.map(toRunItem),
      position: { currentItemId: meeting.currentItemId, timer: meeting.timer ?? IDLE_TIMER },
      now,
      speakers: presentSpeakers(attendanceRepo(ctx.db).listByMeeting(meeting.id)),
    },
    command,
  );
  const statusChanged = meetingFields.status !== meeting.status;
  if (!step.changed && !statusChanged) return step;
  const repo = agendaItemsRepo(ctx.db);
  for (const item of step.items) {
    repo.setRunFields(item.id, {
      status: item.status,
      actualStartedAt: item.actualStartedAt,
      actualEndedAt: item.actualEndedAt,
      spentMs: item.spentMs,
      round: item.round,
      updatedAt: now,
    });
  }
  const running = meetingFields.status === 'in_progress';
  meetingsRepo(ctx.db).setRun(meeting.id, {
    status: meetingFields.status,
    startedAt: meetingFields.startedAt,
    endedAt: meetingFields.endedAt,
    // Only a meeting in progress has a run position; an ended one keeps its items' record only.
    currentItemId: running ? step.position.currentItemId : null,
    timer: running ? step.position.timer : null,
    updatedAt: now,
  });
  return { ...step, changed: true };
}

/**
 * A run command on a meeting in progress: load → decide → save in one transaction; once committed
 * the windows hear of it (the core then re-arms the meeting's timer events). A command that did not
 * apply saves and announces nothing.
 */
function run(ctx: CoreContext, meetingId: string, command: RunCommand): MeetingDetail {
  const step = ctx.db.transaction(() => {
    const meeting = loadMeeting(ctx, meetingId);
    assertInProgress(meeting);
    if (command.type === 'goto') assertCanGoTo(ctx, meeting, command.itemId);
    return apply(ctx, meeting, command);
  })();
  if (step.changed) ctx.emit('data.changed', { domains: ['meetings'] });
  return meetingDetail(ctx, meetingId);
}

function assertCanGoTo(ctx: CoreContext, meeting: MeetingRecord, itemId: string): void {
  const item = agendaItemsRepo(ctx.db).get(itemId);
  if (!item || item.meetingId !== meeting.id || item.deletedAt !== null) {
    throw new AppError(
      'not_found',
      `No agenda item with id ${itemId.slice(0, 64)} in this meeting.`,
    );
  }
  if (item.status === 'deferred') {
    throw new AppError(
      'conflict',
      'This item was deferred to a later meeting: set it back to pending to take it up today.',
    );
  }
}

export const runHandlers: HandlersFor<RunContract> = {
  // Start is the one command that takes a planned meeting; on a meeting already under way it is a
  // double-press and changes nothing.
  'run.start': ({ meetingId }, ctx) => {
    const changed = ctx.db.transaction(() => {
      const meeting = loadMeeting(ctx, meetingId);
      if (meeting.status === 'in_progress') return false;
      if (meeting.status !== 'planned') assertInProgress(meeting);
      const startedAt = ctx.clock.now();
      apply(ctx, meeting, { type: 'start' }, { status: 'in_progress', startedAt, endedAt: null });
      return true;
    })();
    if (changed) ctx.emit('data.changed', { domains: ['meetings'] });
    return meetingDetail(ctx, meetingId);
  },
  'run.next': ({ meetingId }, ctx) => run(ctx, meetingId, { type: 'next' }),
  'run.previous': ({ meetingId }, ctx) => run(ctx, meetingId, { type: 'previous' }),
  'run.goto': ({ meetingId, itemId }, ctx) => run(ctx, meetingId, { type: 'goto', itemId }),
  'run.pause': ({ meetingId }, ctx) => run(ctx, meetingId, { type: 'pause' }),
  'run.resume': ({ meetingId }, ctx) => run(ctx, meetingId, { type: 'resume' }),
  'run.adjust': ({ meetingId, deltaMs }, ctx) => run(ctx, meetingId, { type: 'adjust', deltaMs }),
  'run.round': ({ meetingId, action, speakerId }, ctx) => {
    if (action === 'moveToEnd' && speakerId === undefined) {
      throw new AppError('invalid_input', 'Say which speaker to move to the end.', [
        { path: ['speakerId'], message: 'required' },
      ]);
    }
    return run(ctx, meetingId, { type: 'round', action, speakerId });
  },
  // The meeting is over: the current item's time is recorded, the countdown cleared, and the
  // agenda deletions made during the meeting become final.
  'run.end': async ({ meetingId }, ctx) => {
    // A speed-networking event ends through its own finish, which keeps who met whom.
    if (loadMeeting(ctx, meetingId).kind === 'speed_networking') {
      await networkingRunHandlers['networking.finish']({ meetingId }, ctx);
      return meetingDetail(ctx, meetingId);
    }
    ctx.db.transaction(() => {
      const meeting = loadMeeting(ctx, meetingId);
      assertInProgress(meeting);
      const endedAt = ctx.clock.now();
      apply(
        ctx,
        meeting,
        { type: 'end' },
        { status: 'ended', startedAt: meeting.startedAt, endedAt },
      );
      agendaItemsRepo(ctx.db).purgeDeleted(meetingId);
    })();
    ctx.emit('data.changed', { domains: ['meetings'] });
    return meetingDetail(ctx, meetingId);
  },
};
