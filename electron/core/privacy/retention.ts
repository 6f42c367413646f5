/**
 * Retention: once a case has been closed for the months set in Settings, its identifying parts
 * are purged (initials, the case reviews' situation, questions and offers, and the notes taken
 * under its review items), while its code and the decisions and actions agreed for it stay, with
 * their outcomes: they are non-identifying by policy, and they are the record of what was done.
 */
import { parseDate } from '@internationalized/date';
import type { RetentionPreview } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { today } from '../cases/today';
import type { CoreContext } from '../context';
import { retentionRepo } from '../db/repos/retention';
import { currentSettings } from '../settings';
import { accessWords, recordAccess } from './access-log';

/** Cases closed on or before this day are due; null when retention is off (0 months). */
export function retentionCutoff(day: string, months: number): string | null {
  // A month back from the 31st lands on the month's last day (March 31 → February 28).
  return months === 0 ? null : parseDate(day).subtract({ months }).toString();
}

export function previewRetention(ctx: CoreContext): RetentionPreview {
  const months = currentSettings(ctx.db).retentionMonths;
  const cutoff = retentionCutoff(today(ctx.clock), months);
  return { cutoff, months, cases: cutoff === null ? [] : retentionRepo(ctx.db).due(cutoff) };
}

function refuse(ctx: CoreContext, caseIds: readonly string[], notDue: readonly string[]): never {
  const repo = retentionRepo(ctx.db);
  const missing = notDue.find((id) => repo.codeOf(id) === undefined);
  if (missing !== undefined) {
    throw new AppError('not_found', `No case with id ${missing.slice(0, 64)}.`);
  }
  const codes = notDue.map((id) => repo.codeOf(id) ?? id);
  throw new AppError(
    'conflict',
    `${codes.join(', ')} ${codes.length === 1 ? 'is' : 'are'} not due for purging: only cases closed for longer than the retention period set in Settings can be purged. Nothing was purged.`,
    notDue.map((id) => ({ path: ['caseIds', caseIds.indexOf(id)], message: 'notDue' })),
  );
}

/**
 * Purges the given cases, all or none: each must be due. One access-log entry names them by code.
 * Secure delete is on meanwhile, so SQLite overwrites the purged text instead of leaving it in
 * free space in the file.
 */
export function purgeCases(ctx: CoreContext, caseIds: readonly string[]): { purged: number } {
  const { db } = ctx;
  const secureDelete = Number(db.pragma('secure_delete', { simple: true }));
  db.pragma('secure_delete = ON');
  try {
    const purged = db.transaction(() => {
      const due = new Map(previewRetention(ctx).cases.map((c) => [c.id, c]));
      const ids = [...new Set(caseIds)];
      const notDue = ids.filter((id) => !due.has(id));
      if (notDue.length > 0) refuse(ctx, caseIds, notDue);
      const repo = retentionRepo(db);
      const now = ctx.clock.now();
      for (const id of ids) repo.purge(id, now);
      repo.optimizeSearch();
      const codes = ids.map((id) => due.get(id)!.code);
      recordAccess(ctx, db, 'purge', accessWords(db).purged(codes));
      return ids.length;
    })();
    // Cases and the notes of their reviews changed.
    ctx.emit('data.changed', { domains: ['cases', 'notes'] });
    return { purged };
  } finally {
    db.pragma(`secure_delete = ${secureDelete}`);
  }
}
