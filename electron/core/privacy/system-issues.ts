/**
 * The system issues log: difficulties and changes needed in the system, each with every time it was
 * raised, listed by how often and how recently (for escalation to funders).
 */
import type { ParsedInput, SystemIssue } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { meetingsRepo } from '../db/repos/meetings';
import {
  systemIssuesRepo,
  type SystemIssueRecord,
  type TagRecord,
} from '../db/repos/system-issues';
import { found } from '../handlers/require';
import { writer } from '../handlers/write';

export const SYSTEM_ISSUES_DOMAIN = 'systemIssues';
const write = writer(SYSTEM_ISSUES_DOMAIN);

type Changes = ParsedInput<'systemIssue.update'>['changes'];
type Raise = ParsedInput<'systemIssue.raise'>;

/** Spaces collapsed: "Housing  supply " is the tag "Housing supply". */
const tidy = (tag: string) => tag.normalize('NFC').replace(/\s+/g, ' ').trim();

/** How tags match: case-insensitively, accented capitals too ("SANTÉ" is "santé"). */
export const tagKey = (tag: string) => tidy(tag).toLowerCase();

/** Tidied, blank ones dropped, the first spelling of each kept. */
export function normalizeTags(tags: readonly string[]): TagRecord[] {
  const seen = new Map<string, TagRecord>();
  for (const typed of tags) {
    const tag = tidy(typed);
    const key = tag.toLowerCase();
    if (tag !== '' && !seen.has(key)) seen.set(key, { tag, key });
  }
  return [...seen.values()];
}

const publicIssue = (ctx: CoreContext, record: SystemIssueRecord): SystemIssue =>
  systemIssuesRepo(ctx.db).publicIssues([record])[0]!;

/** An issue that exists and is not deleted (a deleted one is only reachable by undelete). */
function liveIssue(ctx: CoreContext, id: string): SystemIssueRecord {
  const issue = systemIssuesRepo(ctx.db).get(id);
  return found(issue?.deletedAt === null ? issue : undefined, 'system issue', id);
}

function assertMeeting(ctx: CoreContext, meetingId: string | null): void {
  if (meetingId !== null) found(meetingsRepo(ctx.db).get(meetingId), 'meeting', meetingId);
}

function addRaise(ctx: CoreContext, issueId: string, raise: Omit<Raise, 'id'>): void {
  assertMeeting(ctx, raise.meetingId);
  systemIssuesRepo(ctx.db).insertRaise({
    id: ctx.newId(),
    issueId,
    meetingId: raise.meetingId,
    raisedOn: raise.raisedOn,
    note: raise.note,
    createdAt: ctx.clock.now(),
  });
}

/** Something changed about the issue: its `updatedAt` moves. */
function touch(ctx: CoreContext, issue: SystemIssueRecord): SystemIssueRecord {
  const next = { ...issue, updatedAt: ctx.clock.now() };
  systemIssuesRepo(ctx.db).update(next);
  return next;
}

export function listIssues(ctx: CoreContext, filter: ParsedInput<'systemIssue.list'>) {
  const repo = systemIssuesRepo(ctx.db);
  const key = filter.tag === undefined ? '' : tagKey(filter.tag);
  const records = repo.list({
    sort: filter.sort,
    ...(key === '' ? {} : { tagKey: key }),
    ...(filter.status === undefined ? {} : { status: filter.status }),
    ...(filter.category === undefined ? {} : { category: filter.category }),
  });
  return repo.publicIssues(records);
}

export const getIssue = (ctx: CoreContext, id: string) => publicIssue(ctx, liveIssue(ctx, id));

export const addIssue = (ctx: CoreContext, draft: ParsedInput<'systemIssue.add'>) =>
  write(ctx, () => {
    const now = ctx.clock.now();
    const record: SystemIssueRecord = {
      id: ctx.newId(),
      title: draft.title,
      description: draft.description,
      category: draft.category,
      status: draft.status,
      deletedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    const repo = systemIssuesRepo(ctx.db);
    repo.insert(record);
    repo.setTags(record.id, normalizeTags(draft.tags));
    addRaise(ctx, record.id, draft);
    return publicIssue(ctx, record);
  });

export const updateIssue = (ctx: CoreContext, id: string, changes: Changes) =>
  write(ctx, () => {
    const current = liveIssue(ctx, id);
    const { tags, ...fields } = changes;
    const defined = Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined),
    );
    const next = touch(ctx, { ...current, ...defined });
    if (tags !== undefined) systemIssuesRepo(ctx.db).setTags(id, normalizeTags(tags));
    return publicIssue(ctx, next);
  });

export const raiseIssue = (ctx: CoreContext, { id, ...raise }: Raise) =>
  write(ctx, () => {
    const current = liveIssue(ctx, id);
    addRaise(ctx, id, raise);
    return publicIssue(ctx, touch(ctx, current));
  });

export const removeRaise = (ctx: CoreContext, id: string, raiseId: string) =>
  write(ctx, () => {
    const current = liveIssue(ctx, id);
    const repo = systemIssuesRepo(ctx.db);
    const before = repo.raiseCount(id);
    if (repo.deleteRaise(id, raiseId).changes === 0) {
      throw new AppError('not_found', `No raise with id ${raiseId.slice(0, 64)} on this issue.`);
    }
    // An issue is on the log because it was raised: its last raise goes only with the issue
    // (throwing rolls the deletion back).
    if (before === 1) {
      throw new AppError(
        'conflict',
        'This is the only time the issue was raised. Delete the issue instead.',
      );
    }
    return publicIssue(ctx, touch(ctx, current));
  });

export const deleteIssue = (ctx: CoreContext, id: string) =>
  write(ctx, () => {
    const current = liveIssue(ctx, id);
    const now = ctx.clock.now();
    systemIssuesRepo(ctx.db).update({ ...current, deletedAt: now, updatedAt: now });
    return { id };
  });

export const undeleteIssue = (ctx: CoreContext, id: string) =>
  write(ctx, () => {
    const current = found(systemIssuesRepo(ctx.db).get(id), 'system issue', id);
    const next = current.deletedAt === null ? current : touch(ctx, { ...current, deletedAt: null });
    return publicIssue(ctx, next);
  });
