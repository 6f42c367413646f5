import type { NetworkingSession, networkingContract } from '../../../shared/contract';
import { adjust, pause, resume, type TimerState } from '../../../shared/domain/timer';
import { AppError } from '../../../shared/errors';
import type { CoreContext, HandlersFor } from '../context';
import { agendaItemsRepo } from '../db/repos/agenda-items';
import { meetingsRepo, type MeetingRecord } from '../db/repos/meetings';
import { networkingRepo, type SessionRecord } from '../db/repos/networking';
import { runningMeetingsRepo } from '../db/repos/running-meetings';
import { saveContacts } from '../networking/history';
import { arrive, depart, undoChange } from '../networking/replan';
import {
  catchUp,
  firstRound,
  heldThrough,
  moveOnNow,
  nextPosition,
  type RunPosition,
  type RunTiming,
} from '../networking/run';
import { isSeated, planKey, readSession, replan, sessionRecord } from '../networking/session';
import { found } from './require';

/**
 * Running a speed-networking event. The meeting is in progress from `start` to `finish`, with no
 * current agenda item; its `timer` is the round's or the switch's countdown, so the core's timer
 * authority announces its phases and, at zero, calls `autoAdvance` (create-core.ts). The session
 * row says which phase and round the countdown belongs to.
 */

/** The countdown changed the meeting's timer as well as the session: both kinds of window hear. */
const DOMAINS = ['networking', 'meetings'];

interface Loaded {
  meeting: MeetingRecord;
  session: SessionRecord;
  position: RunPosition;
  timing: RunTiming;
}

function load(ctx: CoreContext, meetingId: string): Loaded {
  const { meeting, session } = sessionRecord(ctx, meetingId);
  return { meeting, session, ...positionOf(meeting, session) };
}

function positionOf(meeting: MeetingRecord, session: SessionRecord) {
  const position: RunPosition = {
    phase: session.phase,
    round: session.round,
    timer: meeting.status === 'in_progress' ? meeting.timer : null,
  };
  const timing: RunTiming = {
    rounds: session.format.rounds,
    roundSeconds: session.format.roundSeconds,
    switchSeconds: session.format.switchSeconds,
  };
  return { position, timing };
}

/** The event is on: a countdown to act on. */
function assertRunning({ meeting, session }: Pick<Loaded, 'meeting' | 'session'>): void {
  if (meeting.status === 'ended' || meeting.status === 'cancelled') {
    throw new AppError(
      'conflict',
      `This event is ${meeting.status === 'ended' ? 'over' : 'cancelled'}.`,
      [{ path: ['meetingId'], message: 'eventOver' }],
    );
  }
  if (session.phase === 'setup' || meeting.status !== 'in_progress') {
    throw new AppError('conflict', 'The event has not started yet: start it first.', [
      { path: ['meetingId'], message: 'eventNotStarted' },
    ]);
  }
}

/**
 * Saves a new position: the countdown on the meeting, the phase and round on the session, every
 * round started so far marked held (a catch-up may pass several), and — once a round the last
 * live change re-planned has started — that change can no longer be undone.
 */
function savePosition(ctx: CoreContext, loaded: Loaded, next: RunPosition): void {
  const { meeting, session } = loaded;
  const now = ctx.clock.now();
  const repo = networkingRepo(ctx.db);
  meetingsRepo(ctx.db).setRun(meeting.id, {
    status: 'in_progress',
    startedAt: meeting.startedAt ?? now,
    endedAt: null,
    currentItemId: null,
    timer: next.timer,
    updatedAt: now,
  });
  repo.setRun(meeting.id, { phase: next.phase, round: next.round }, now);
  const held = heldThrough(next);
  for (const round of repo.rounds(meeting.id)) {
    if (round.number <= held && !round.held) repo.setHeld(meeting.id, round.number, true);
  }
  if (held > heldThrough(loaded.position) && session.undo !== null) repo.setUndo(meeting.id, null);
}

/**
 * One run command: load → decide → save in a transaction; windows hear of it only if it changed
 * something (a double-pressed pause saves and announces nothing).
 */
function command(
  ctx: CoreContext,
  meetingId: string,
  decide: (loaded: Loaded, now: number) => RunPosition,
): NetworkingSession {
  return ctx.db.transaction(() => {
    const loaded = load(ctx, meetingId);
    const next = decide(loaded, ctx.clock.now());
    if (next !== loaded.position) {
      savePosition(ctx, loaded, next);
      ctx.emit('data.changed', { domains: DOMAINS });
    }
    return readSession(ctx, meetingId);
  })();
}

/**
 * A change to the running countdown. Time taken away down to zero, or a countdown resumed in
 * overtime, has run out now: with auto-advance the event moves on at once, once, from now.
 */
function onTimer(
  ctx: CoreContext,
  meetingId: string,
  change: (timer: TimerState, now: number) => TimerState,
): NetworkingSession {
  return command(ctx, meetingId, (loaded, now) => {
    assertRunning(loaded);
    const { position, timing, session } = loaded;
    if (position.timer === null) {
      throw new AppError('conflict', 'All rounds are over: there is no countdown to change.', [
        { path: ['meetingId'], message: 'eventOver' },
      ]);
    }
    const timer = change(position.timer, now);
    if (timer === position.timer) return position;
    const next = { ...position, timer };
    return session.format.autoAdvance ? moveOnNow(next, timing, now) : next;
  });
}

/** A live change (arrival, departure, undo) of the plan and participants; returns its meeting. */
function liveChange(ctx: CoreContext, apply: () => string): NetworkingSession {
  return ctx.db.transaction(() => {
    const meetingId = apply();
    ctx.emit('data.changed', { domains: DOMAINS });
    return readSession(ctx, meetingId);
  })();
}

/**
 * The auto-advance: every networking event in progress (or the one given) whose countdown ran out
 * with auto-advance on moves on, through every deadline passed — each next countdown starting at
 * the previous deadline, so waking from sleep or restarting finds the schedule where it should be.
 * Called by the core at a countdown's zero, at start-up and after a sleep; emits only on a change.
 * `fromNow` is for auto-advance just switched on: a countdown waiting in overtime moves on once,
 * from now (the deadlines it sat through were not auto-advanced, so no round passed meanwhile).
 */
export function autoAdvance(ctx: CoreContext, meetingId?: string, fromNow = false): void {
  const repo = networkingRepo(ctx.db);
  const ids =
    meetingId !== undefined
      ? [meetingId]
      : runningMeetingsRepo(ctx.db)
          .inProgress()
          .map((m) => m.id);
  const changed = ctx.db.transaction(() => {
    let any = false;
    for (const id of ids) {
      // Never creates a session: an ordinary meeting's countdown reaching zero is not ours.
      const session = repo.session(id);
      const meeting = session && meetingsRepo(ctx.db).get(id);
      if (!session || !meeting || meeting.kind !== 'speed_networking') continue;
      if (meeting.status !== 'in_progress' || !session.format.autoAdvance) continue;
      const { position, timing } = positionOf(meeting, session);
      const now = ctx.clock.now();
      const next = fromNow ? moveOnNow(position, timing, now) : catchUp(position, timing, now);
      if (next === position) continue;
      savePosition(ctx, { meeting, session, position, timing }, next);
      any = true;
    }
    return any;
  })();
  if (changed) ctx.emit('data.changed', { domains: DOMAINS });
}

export const networkingRunHandlers: HandlersFor<
  Pick<
    typeof networkingContract,
    | 'networking.start'
    | 'networking.advance'
    | 'networking.pause'
    | 'networking.resume'
    | 'networking.extend'
    | 'networking.arrive'
    | 'networking.depart'
    | 'networking.undoChange'
    | 'networking.finish'
  >
> = {
  // Round 1 starts now; a plan missing or out of date (check-in changed who is here) is made
  // first. Pressed again once started, it changes nothing.
  'networking.start': ({ meetingId }, ctx) =>
    command(ctx, meetingId, (loaded, now) => {
      const { meeting, session, position, timing } = loaded;
      if (meeting.status === 'ended' || meeting.status === 'cancelled') assertRunning(loaded);
      if (session.phase !== 'setup') return position;
      const seated = networkingRepo(ctx.db).participants(meetingId).filter(isSeated);
      if (seated.length < 2) {
        throw new AppError('conflict', 'Check in at least two participants before starting.', [
          { path: ['participants'], message: 'tooFewParticipants' },
        ]);
      }
      if (session.plan === null || session.plan.key !== planKey(ctx, meetingId)) {
        replan(ctx, meetingId, 1);
      }
      return firstRound(timing, now);
    }),

  // Skip: the countdown ends now, whatever it shows, and the next one starts now.
  'networking.advance': ({ meetingId, from }, ctx) =>
    command(ctx, meetingId, (loaded, now) => {
      assertRunning(loaded);
      // Pressed at zero just as the auto-advance moved on: the step the screen showed is done.
      const { position } = loaded;
      if (from && (from.phase !== position.phase || from.round !== position.round)) {
        return position;
      }
      return nextPosition(position, loaded.timing, now);
    }),
  'networking.pause': ({ meetingId }, ctx) => onTimer(ctx, meetingId, pause),
  'networking.resume': ({ meetingId }, ctx) => onTimer(ctx, meetingId, resume),
  'networking.extend': ({ meetingId, deltaMs }, ctx) =>
    onTimer(ctx, meetingId, (timer, now) => adjust(timer, deltaMs, now)),

  'networking.arrive': ({ meetingId, participant }, ctx) =>
    liveChange(ctx, () => {
      arrive(ctx, meetingId, participant);
      return meetingId;
    }),
  'networking.depart': ({ id }, ctx) =>
    liveChange(ctx, () => {
      const participant = found(networkingRepo(ctx.db).participant(id), 'participant', id);
      depart(ctx, participant);
      return participant.meetingId;
    }),
  'networking.undoChange': ({ meetingId }, ctx) =>
    liveChange(ctx, () => {
      undoChange(ctx, meetingId);
      return meetingId;
    }),

  // The countdown stops, who met whom in the rounds held is saved for the series, and the meeting
  // ends as run.end ends one. Finished again, nothing changes; a meeting ended from run mode
  // instead still gets its history saved.
  'networking.finish': ({ meetingId }, ctx) =>
    ctx.db.transaction(() => {
      const { meeting, session } = sessionRecord(ctx, meetingId);
      if (meeting.status === 'cancelled' || session.phase === 'setup') {
        assertRunning({ meeting, session });
      }
      const ended = meeting.status === 'ended';
      if (ended && session.phase === 'done') return readSession(ctx, meetingId);
      const repo = networkingRepo(ctx.db);
      const now = ctx.clock.now();
      saveContacts(ctx, meeting, repo.rounds(meetingId), repo.participants(meetingId));
      repo.setRun(meetingId, { phase: 'done', round: session.round }, now);
      repo.setUndo(meetingId, null);
      if (!ended) {
        meetingsRepo(ctx.db).setRun(meetingId, {
          status: 'ended',
          startedAt: meeting.startedAt,
          endedAt: now,
          currentItemId: null,
          timer: null,
          updatedAt: now,
        });
        agendaItemsRepo(ctx.db).purgeDeleted(meetingId);
      }
      ctx.emit('data.changed', { domains: DOMAINS });
      return readSession(ctx, meetingId);
    })(),
};
