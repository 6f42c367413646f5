import type {
  ActionStatus,
  Language,
  notesContract,
  ParsedInput,
  ReviewedAction,
} from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreContext, HandlersFor } from '../context';
import { toCsv } from '../csv';
import {
  actionsRepo,
  publicAction,
  type ActionQuery,
  type ActionRecord,
} from '../db/repos/actions';
import { meetingsRepo } from '../db/repos/meetings';
import { peopleRepo } from '../db/repos/people';
import { itemOfMeeting } from './notes';
import { assertOrganizationsExist } from './references';
import { found } from './require';
import { writer } from './write';

const write = writer('actions');

/** An action that exists and has not been deleted (a deleted one is only reachable by undelete). */
function liveAction(ctx: CoreContext, id: string): ActionRecord {
  const action = actionsRepo(ctx.db).get(id);
  return found(action?.deletedAt === null ? action : undefined, 'action', id);
}

const reread = (ctx: CoreContext, id: string) =>
  publicAction(found(actionsRepo(ctx.db).get(id), 'action', id));

/**
 * Who is responsible: someone from the directory (their name is kept beside the link, so search
 * finds it and it outlives their removal), or a name typed for someone who is not in it.
 */
function responsible(ctx: CoreContext, personId: string | null, typedName: string) {
  if (personId === null) return { personId, personName: typedName.trim() };
  const person = found(peopleRepo(ctx.db).get(personId), 'person', personId);
  return { personId, personName: person.name };
}

/** Done and dropped are closed as of now; back to open clears the stamp; no change keeps it. */
function closedAtFor(current: ActionRecord, status: ActionStatus, now: number): number | null {
  if (status === 'open') return null;
  return status === current.status ? current.closedAt : now;
}

const isClosing = (status: string): status is 'done' | 'dropped' =>
  status === 'done' || status === 'dropped';

/** The register's filters, as the repository takes them. */
const queryOf = (input: ParsedInput<'action.list'> | ParsedInput<'action.exportCsv'>) =>
  ({
    organizationId: input.organizationId,
    personId: input.personId,
    seriesId: input.seriesId,
    meetingId: input.meetingId,
    status: input.status,
    due: input.due,
    today: input.today,
    sort: input.sort,
    descending: input.descending,
  }) satisfies ActionQuery;

/**
 * Whether a meeting may review an action: it must be a later meeting of the action's series
 * (reviews are how a series follows up on what it decided).
 */
function assertReviewable(ctx: CoreContext, action: ActionRecord, meetingId: string): void {
  const meetings = meetingsRepo(ctx.db);
  const meeting = found(meetings.get(meetingId), 'meeting', meetingId);
  const source = found(meetings.get(action.meetingId), 'meeting', action.meetingId);
  if (
    meeting.seriesId === null ||
    action.seriesId !== meeting.seriesId ||
    source.startsAt >= meeting.startsAt
  ) {
    throw new AppError(
      'conflict',
      'Only a later meeting of the same series can review this action.',
    );
  }
}

const CSV_WORDS: Record<Language, { header: string[]; status: Record<ActionStatus, string> }> = {
  en: {
    header: [
      'Description',
      'Agency',
      'Person',
      'Due date',
      'Status',
      'Meeting',
      'Meeting date',
      'Agenda item',
    ],
    status: { open: 'Open', done: 'Done', dropped: 'Dropped' },
  },
  fr: {
    header: [
      'Description',
      'Organisme',
      'Personne',
      'Échéance',
      'Statut',
      'Réunion',
      'Date de la réunion',
      "Point à l'ordre du jour",
    ],
    status: { open: 'En cours', done: 'Faite', dropped: 'Abandonnée' },
  },
};

export const actionHandlers: HandlersFor<
  Pick<
    typeof notesContract,
    | 'action.add'
    | 'action.update'
    | 'action.delete'
    | 'action.undelete'
    | 'action.list'
    | 'action.forReview'
    | 'action.review'
    | 'action.exportCsv'
  >
> = {
  'action.add': (draft, ctx) =>
    write(ctx, () => {
      const meeting = found(meetingsRepo(ctx.db).get(draft.meetingId), 'meeting', draft.meetingId);
      if (draft.itemId !== null) itemOfMeeting(ctx, meeting.id, draft.itemId);
      assertOrganizationsExist(ctx, draft.organizationId);
      const now = ctx.clock.now();
      const id = ctx.newId();
      actionsRepo(ctx.db).insert({
        id,
        meetingId: meeting.id,
        itemId: draft.itemId,
        // Copied so the register filters by series without a join through meetings.
        seriesId: meeting.seriesId,
        description: draft.description,
        organizationId: draft.organizationId,
        ...responsible(ctx, draft.personId, draft.personName),
        dueDate: draft.dueDate,
        status: 'open',
        closedAt: null,
        deletedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      return reread(ctx, id);
    }),

  'action.update': ({ id, changes }, ctx) =>
    write(ctx, () => {
      const current = liveAction(ctx, id);
      assertOrganizationsExist(ctx, changes.organizationId);
      // A name typed on its own replaces the directory person; a directory person wins over a name.
      const personId =
        changes.personId !== undefined
          ? changes.personId
          : changes.personName !== undefined
            ? null
            : current.personId;
      const person =
        personId === current.personId && changes.personName === undefined
          ? { personId, personName: current.personName }
          : responsible(ctx, personId, changes.personName ?? '');
      const now = ctx.clock.now();
      const status = changes.status ?? current.status;
      actionsRepo(ctx.db).update({
        ...current,
        description: changes.description ?? current.description,
        organizationId:
          changes.organizationId !== undefined ? changes.organizationId : current.organizationId,
        ...person,
        dueDate: changes.dueDate !== undefined ? changes.dueDate : current.dueDate,
        status,
        closedAt: closedAtFor(current, status, now),
        updatedAt: now,
      });
      return reread(ctx, id);
    }),

  'action.delete': ({ id }, ctx) =>
    write(ctx, () => {
      const current = liveAction(ctx, id);
      const now = ctx.clock.now();
      actionsRepo(ctx.db).update({ ...current, deletedAt: now, updatedAt: now });
      return { id };
    }),

  'action.undelete': ({ id }, ctx) =>
    write(ctx, () => {
      const current = found(actionsRepo(ctx.db).get(id), 'action', id);
      if (current.deletedAt !== null) {
        actionsRepo(ctx.db).update({ ...current, deletedAt: null, updatedAt: ctx.clock.now() });
      }
      return reread(ctx, id);
    }),

  'action.list': (input, ctx) =>
    actionsRepo(ctx.db).list(queryOf(input), { limit: input.limit, offset: input.offset }),

  'action.forReview': ({ meetingId }, ctx) => {
    found(meetingsRepo(ctx.db).get(meetingId), 'meeting', meetingId);
    return actionsRepo(ctx.db).forReview(meetingId);
  },

  /*
   * Done and dropped close the action as of this review; carried keeps it open. Undoing the review
   * (or carrying instead) reopens the action only when this very review closed it: an action closed
   * in the register before the meeting stays closed.
   */
  'action.review': ({ actionId, meetingId, outcome }, ctx) =>
    write(ctx, (): ReviewedAction => {
      const repo = actionsRepo(ctx.db);
      const action = liveAction(ctx, actionId);
      assertReviewable(ctx, action, meetingId);
      const now = ctx.clock.now();
      const before = repo.review(actionId, meetingId);
      const closedHere =
        before !== undefined &&
        isClosing(before.outcome) &&
        action.status === before.outcome &&
        action.closedAt === before.reviewedAt;

      let status = action.status;
      let closedAt = action.closedAt;
      let reviewedAt = now;
      if (outcome !== null && isClosing(outcome)) {
        if (action.status !== outcome) [status, closedAt] = [outcome, now];
        // Already closed this way (here or elsewhere): the review keeps the stamp that closed it.
        else if (closedHere) reviewedAt = before.reviewedAt;
      } else if (closedHere) {
        [status, closedAt] = ['open', null];
      }

      if (outcome === null) repo.removeReview(actionId, meetingId);
      else repo.putReview({ actionId, meetingId, outcome, reviewedAt });
      if (status !== action.status) repo.update({ ...action, status, closedAt, updatedAt: now });
      return { ...reread(ctx, actionId), outcome };
    }),

  'action.exportCsv': (input, ctx) => {
    const words = CSV_WORDS[input.language];
    // A case review item comes named by its case code, in the export's language (see the repo).
    const all = actionsRepo(ctx.db).all(queryOf(input), input.language);
    // Confidential items' actions never leave the app; internal ones only when asked for.
    const exported = all.filter(
      (a) =>
        a.confidentiality === 'shareable' ||
        (a.confidentiality === 'internal' && input.includeInternal),
    );
    const rows = exported.map((a) => [
      a.description,
      a.organizationName ?? '',
      a.personName,
      a.dueDate ?? '',
      words.status[a.status],
      a.meetingTitle,
      a.meetingDate,
      a.itemTitle ?? '',
    ]);
    return {
      csv: toCsv(words.header, rows),
      filename: `actions-${input.today}.csv`,
      withheld: all.length - exported.length,
    };
  },
};
