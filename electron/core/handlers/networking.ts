import type { NetworkingFormat, networkingContract } from '../../../shared/contract';
import { AppError, type ErrorIssue } from '../../../shared/errors';
import type { CoreContext, HandlersFor } from '../context';
import { networkingRepo } from '../db/repos/networking';
import { organizationsRepo } from '../db/repos/organizations';
import { importParticipantsCsv } from '../networking/csv-import';
import {
  assertNotListed,
  assertRoomFor,
  insertParticipant,
  resolveParticipant,
} from '../networking/participants';
import {
  assertSetup,
  isSeated,
  nextPlanRound,
  planKey,
  readSession,
  replan,
  sessionRecord,
  withSuggestedRounds,
} from '../networking/session';
import { autoAdvance } from './networking-run';
import { found } from './require';
import { writer } from './write';

const write = writer('networking');

/** Between rounds the facilitator may retime the event or change how many rounds it has. */
const LIVE_FORMAT_FIELDS = new Set<keyof NetworkingFormat>([
  'rounds',
  'roundSeconds',
  'switchSeconds',
  'autoAdvance',
]);

const STARTED_ADD =
  'The event has started: add a late arrival with “Arrives”, so the remaining rounds are re-planned.';
const STARTED_REMOVE =
  'The event has started: use “Leaves” for someone who left, so the remaining rounds are re-planned.';

function assertNotDone(ctx: CoreContext, meetingId: string) {
  if (sessionRecord(ctx, meetingId).session.phase === 'done') {
    throw new AppError(
      'conflict',
      'This event is over: its plan and participants are kept as they were.',
      [{ path: ['meetingId'], message: 'eventOver' }],
    );
  }
}

/**
 * During the event a change that alters the plan's inputs (rounds, an agency, a pair kept apart)
 * re-plans the rounds still to come at once: there is no setup screen to plan again from then.
 */
function replanIfLive(ctx: CoreContext, meetingId: string, keyBefore: string) {
  const { session } = sessionRecord(ctx, meetingId);
  if (session.phase === 'setup' || session.plan === null) return;
  if (planKey(ctx, meetingId) !== keyBefore) replan(ctx, meetingId);
}

/** Speed-networking setup: participants, format, rules and the plan. */
export const networkingHandlers: HandlersFor<
  Pick<
    typeof networkingContract,
    | 'networking.get'
    | 'networking.setFormat'
    | 'networking.addParticipant'
    | 'networking.updateParticipant'
    | 'networking.removeParticipant'
    | 'networking.importCsv'
    | 'networking.setKeepApart'
    | 'networking.plan'
  >
> = {
  // The first read of a session writes its defaults; that is not a change anyone else shows.
  'networking.get': ({ meetingId }, ctx) => ctx.db.transaction(() => readSession(ctx, meetingId))(),

  'networking.setFormat': ({ meetingId, format }, ctx) => {
    const session = write(ctx, () => {
      assertNotDone(ctx, meetingId);
      const { session } = sessionRecord(ctx, meetingId);
      const next: NetworkingFormat = { ...session.format, ...format };
      if (session.phase !== 'setup') {
        const locked = (Object.keys(format) as (keyof NetworkingFormat)[]).filter(
          (field) => !LIVE_FORMAT_FIELDS.has(field) && format[field] !== session.format[field],
        );
        if (locked.length) {
          throw new AppError(
            'conflict',
            'The event has started: only the number of rounds and the timings can change now.',
            locked.map((field) => ({ path: ['format', field], message: 'eventStarted' })),
          );
        }
        const done = nextPlanRound(session, networkingRepo(ctx.db).rounds(meetingId)) - 1;
        if (next.rounds < done) {
          throw new AppError('invalid_input', `${done} rounds have already started.`, [
            { path: ['format', 'rounds'], message: 'roundsAlreadyHeld' },
          ]);
        }
      }
      const keyBefore = planKey(ctx, meetingId);
      const save = () => networkingRepo(ctx.db).updateFormat(meetingId, next, ctx.clock.now());
      if (format.rounds === undefined) withSuggestedRounds(ctx, meetingId, save);
      else save();
      replanIfLive(ctx, meetingId, keyBefore);
      return readSession(ctx, meetingId);
    });
    // Auto-advance switched on over a countdown already at zero: move on now, once, not at the
    // next skip (nor through every deadline it sat past in overtime).
    if (format.autoAdvance === true && session.run.phase !== 'setup') {
      autoAdvance(ctx, meetingId, true);
      return ctx.db.transaction(() => readSession(ctx, meetingId))();
    }
    return session;
  },

  'networking.addParticipant': ({ meetingId, participant }, ctx) =>
    write(ctx, () => {
      const { session } = sessionRecord(ctx, meetingId);
      assertSetup(session, STARTED_ADD);
      const resolved = resolveParticipant(ctx, participant);
      assertNotListed(ctx, meetingId, resolved);
      assertRoomFor(ctx, meetingId, 1);
      withSuggestedRounds(ctx, meetingId, () =>
        insertParticipant(ctx, meetingId, resolved, { fromRound: 1 }),
      );
      return readSession(ctx, meetingId);
    }),

  'networking.updateParticipant': ({ id, changes }, ctx) =>
    write(ctx, () => {
      const repo = networkingRepo(ctx.db);
      const current = found(repo.participant(id), 'participant', id);
      const { meetingId } = current;
      assertNotDone(ctx, meetingId);
      const { session } = sessionRecord(ctx, meetingId);
      if (session.phase !== 'setup') {
        if (changes.present !== undefined && changes.present !== current.present) {
          assertSetup(session, changes.present ? STARTED_ADD : STARTED_REMOVE);
        }
        if (changes.host !== undefined && changes.host !== current.host) {
          assertSetup(session, 'The event has started: hosts keep their tables until it ends.');
        }
      }
      const next = { ...current };
      if (changes.name !== undefined) next.name = changes.name;
      if (changes.host !== undefined) next.host = changes.host;
      if (changes.present !== undefined) next.present = changes.present;
      if (changes.organizationId !== undefined) {
        next.organizationId = changes.organizationId;
        if (changes.organizationId !== null && changes.agency === undefined) {
          const org = found(
            organizationsRepo(ctx.db).get(changes.organizationId),
            'organization',
            changes.organizationId,
          );
          next.agency = org.name;
        }
      }
      if (changes.agency !== undefined && changes.organizationId === undefined) {
        // A typed agency is linked again, as when adding: to a directory organization it names, or none.
        const org = changes.agency
          ? organizationsRepo(ctx.db).findByNameOrShortName(changes.agency)
          : undefined;
        next.organizationId = org?.id ?? null;
        next.agency = org?.name ?? changes.agency;
      } else if (changes.agency !== undefined) {
        next.agency = changes.agency || next.agency;
      }
      assertNotListed(ctx, meetingId, next, id);
      const keyBefore = planKey(ctx, meetingId);
      withSuggestedRounds(ctx, meetingId, () => repo.updateParticipant(next));
      replanIfLive(ctx, meetingId, keyBefore);
      return readSession(ctx, meetingId);
    }),

  'networking.removeParticipant': ({ id }, ctx) =>
    write(ctx, () => {
      const repo = networkingRepo(ctx.db);
      const current = found(repo.participant(id), 'participant', id);
      const { meetingId } = current;
      const { session } = sessionRecord(ctx, meetingId);
      assertSetup(session, STARTED_REMOVE);
      withSuggestedRounds(ctx, meetingId, () => {
        repo.removeParticipant(id);
        const kept = session.keepApart.filter(([a, b]) => a !== id && b !== id);
        if (kept.length !== session.keepApart.length) {
          repo.setKeepApart(meetingId, kept, ctx.clock.now());
        }
      });
      return readSession(ctx, meetingId);
    }),

  'networking.importCsv': ({ meetingId, csv }, ctx) =>
    // All or nothing: a failure anywhere rolls back every row.
    write(ctx, () => {
      const { session } = sessionRecord(ctx, meetingId);
      assertSetup(session, STARTED_ADD);
      const result = withSuggestedRounds(ctx, meetingId, () =>
        importParticipantsCsv(ctx, meetingId, csv),
      );
      return { session: readSession(ctx, meetingId), ...result };
    }),

  'networking.setKeepApart': ({ meetingId, pairs }, ctx) =>
    write(ctx, () => {
      assertNotDone(ctx, meetingId);
      const repo = networkingRepo(ctx.db);
      const ids = new Set(repo.participants(meetingId).map((p) => p.id));
      const issues: ErrorIssue[] = [];
      const seen = new Set<string>();
      const kept: [string, string][] = [];
      pairs.forEach(([a, b], i) => {
        if (!ids.has(a) || !ids.has(b)) {
          issues.push({ path: ['pairs', i], message: 'notParticipant' });
        } else if (a === b) {
          issues.push({ path: ['pairs', i], message: 'keepApartSelf' });
        } else {
          const key = a < b ? `${a} ${b}` : `${b} ${a}`;
          if (!seen.has(key)) kept.push([a, b]);
          seen.add(key);
        }
      });
      if (issues.length) {
        throw new AppError(
          'invalid_input',
          'Pairs to keep apart must be two different participants of this session.',
          issues,
        );
      }
      const keyBefore = planKey(ctx, meetingId);
      repo.setKeepApart(meetingId, kept, ctx.clock.now());
      replanIfLive(ctx, meetingId, keyBefore);
      return readSession(ctx, meetingId);
    }),

  'networking.plan': ({ meetingId }, ctx) =>
    write(ctx, () => {
      assertNotDone(ctx, meetingId);
      const seated = networkingRepo(ctx.db).participants(meetingId).filter(isSeated);
      if (seated.length < 2) {
        throw new AppError('invalid_input', 'Check in at least two participants before planning.', [
          { path: ['participants'], message: 'tooFewParticipants' },
        ]);
      }
      replan(ctx, meetingId);
      return readSession(ctx, meetingId);
    }),
};
