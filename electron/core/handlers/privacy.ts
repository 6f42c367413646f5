import type { casesContract as c } from '../../../shared/contract';
import type { HandlersFor } from '../context';
import { accessLogRepo } from '../db/repos/access-log';
import { previewRetention, purgeCases } from '../privacy/retention';
import { exportSystemIssues } from '../privacy/system-issue-export';
import {
  addIssue,
  deleteIssue,
  getIssue,
  listIssues,
  raiseIssue,
  removeRaise,
  undeleteIssue,
  updateIssue,
} from '../privacy/system-issues';
import { today } from '../cases/today';

type PrivacyMethods = Extract<
  keyof typeof c,
  `retention.${string}` | `accessLog.${string}` | `systemIssue.${string}`
>;

/**
 * Retention, the access log and the system issues log (issue 7); the rules live in `privacy/`.
 * Exports are written to the access log around their handlers (privacy/access-log.ts).
 */
export const privacyHandlers: HandlersFor<Pick<typeof c, PrivacyMethods>> = {
  'retention.preview': (_input, ctx) => previewRetention(ctx),
  'retention.purge': ({ caseIds }, ctx) => purgeCases(ctx, caseIds),

  'accessLog.list': ({ limit }, ctx) => accessLogRepo(ctx.db).newest(limit),

  'systemIssue.list': (filter, ctx) => listIssues(ctx, filter),
  'systemIssue.get': ({ id }, ctx) => getIssue(ctx, id),
  'systemIssue.add': (draft, ctx) => addIssue(ctx, draft),
  'systemIssue.update': ({ id, changes }, ctx) => updateIssue(ctx, id, changes),
  'systemIssue.raise': (input, ctx) => raiseIssue(ctx, input),
  'systemIssue.removeRaise': ({ id, raiseId }, ctx) => removeRaise(ctx, id, raiseId),
  'systemIssue.delete': ({ id }, ctx) => deleteIssue(ctx, id),
  'systemIssue.undelete': ({ id }, ctx) => undeleteIssue(ctx, id),
  'systemIssue.export': (input, ctx) =>
    exportSystemIssues(listIssues(ctx, input.filter), input, today(ctx.clock)),
};
