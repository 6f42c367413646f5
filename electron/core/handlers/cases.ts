import type { Case, casesContract } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/calendar-day';
import { AppError } from '../../../shared/errors';
import { nextCaseCode } from '../cases/codes';
import { consentCheck } from '../cases/consent-check';
import { dueCases } from '../cases/due';
import { caseReviewItem, reviewView } from '../cases/review';
import { caseTimeline } from '../cases/timeline';
import { today } from '../cases/today';
import { liveCase, readCase, summarise } from '../cases/view';
import type { CoreContext, HandlersFor } from '../context';
import { caseReviewsRepo } from '../db/repos/case-reviews';
import { casesRepo, type CaseRecord } from '../db/repos/cases';
import { meetingsRepo } from '../db/repos/meetings';
import { currentSettings } from '../settings';
import { assertOrganizationsExist } from './references';
import { found } from './require';
import { stripUndefined } from './strip-undefined';
import { writer } from './write';

const write = writer('cases');

/** How far ahead `case.due` looks by default: the next two fortnightly consultations. */
const DUE_WITHIN_DAYS = 14;

type CaseMethods = Extract<keyof typeof casesContract, `case.${string}` | `caseReview.${string}`>;

/** Codes are unique among live cases (a deleted case's code may be given to another). */
function assertCodeFree(ctx: CoreContext, code: string, exceptId = '', path = ['code']): void {
  if (casesRepo(ctx.db).codeTaken(code, exceptId)) {
    throw new AppError('conflict', `Another case already has the code ${code}.`, [
      { path, message: 'codeTaken' },
    ]);
  }
}

/** Saves the case (and involves its lead agency, which is always involved) and reads it back. */
function save(ctx: CoreContext, record: CaseRecord): Case {
  const repo = casesRepo(ctx.db);
  repo.update(record);
  if (record.leadOrganizationId !== null) repo.involve(record.id, record.leadOrganizationId);
  return readCase(ctx.db, found(repo.get(record.id), 'case', record.id), today(ctx.clock));
}

const touched = (ctx: CoreContext, record: CaseRecord, changes: Partial<CaseRecord> = {}) =>
  save(ctx, { ...record, ...changes, updatedAt: ctx.clock.now() });

/** Cases, consent and case reviews (issue 7). */
export const caseHandlers: HandlersFor<Pick<typeof casesContract, CaseMethods>> = {
  'case.list': (filter, { db, clock }) => summarise(db, casesRepo(db).list(filter), today(clock)),

  'case.get': ({ id }, ctx) => readCase(ctx.db, liveCase(ctx, id), today(ctx.clock)),

  'case.create': ({ agencyIds, ...draft }, ctx) =>
    write(ctx, () => {
      assertOrganizationsExist(ctx, draft.leadOrganizationId, ...agencyIds);
      const day = today(ctx.clock);
      const code = draft.code === '' ? nextCaseCode(ctx.db, day) : draft.code;
      assertCodeFree(ctx, code);
      const now = ctx.clock.now();
      const record: CaseRecord = {
        ...draft,
        id: ctx.newId(),
        code,
        leadOrganizationName: null,
        status: 'open',
        openedOn: day,
        closedOn: null,
        closeReason: '',
        purgedAt: null,
        deletedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      casesRepo(ctx.db).insert(record);
      for (const organizationId of agencyIds) casesRepo(ctx.db).involve(record.id, organizationId);
      return save(ctx, record);
    }),

  'case.update': ({ id, changes }, ctx) =>
    write(ctx, () => {
      const current = liveCase(ctx, id);
      assertOrganizationsExist(ctx, changes.leadOrganizationId);
      if (changes.code !== undefined) assertCodeFree(ctx, changes.code, id, ['changes', 'code']);
      return touched(ctx, current, stripUndefined(changes));
    }),

  'case.close': ({ id, closedOn, reason }, ctx) =>
    write(ctx, () => {
      const current = liveCase(ctx, id);
      if (closedOn < current.openedOn) {
        throw new AppError('invalid_input', 'A case cannot close before it was opened.', [
          { path: ['closedOn'], message: 'endBeforeStart' },
        ]);
      }
      return touched(ctx, current, { status: 'closed', closedOn, closeReason: reason });
    }),

  'case.reopen': ({ id }, ctx) =>
    write(ctx, () =>
      touched(ctx, liveCase(ctx, id), { status: 'open', closedOn: null, closeReason: '' }),
    ),

  'case.delete': ({ id }, ctx) =>
    write(ctx, () => {
      const current = liveCase(ctx, id);
      touched(ctx, current, { deletedAt: ctx.clock.now() });
      // Agendas show the case's code on its review items: they now show none.
      ctx.emit('data.changed', { domains: ['meetings'] });
      return { id };
    }),

  'case.undelete': ({ id }, ctx) =>
    write(ctx, () => {
      const current = found(casesRepo(ctx.db).get(id), 'case', id);
      if (current.deletedAt === null) return readCase(ctx.db, current, today(ctx.clock));
      assertCodeFree(ctx, current.code, id, ['id']);
      ctx.emit('data.changed', { domains: ['meetings'] });
      return touched(ctx, current, { deletedAt: null });
    }),

  'case.setConsent': ({ caseId, ...consent }, ctx) =>
    write(ctx, () => {
      const current = liveCase(ctx, caseId);
      assertOrganizationsExist(ctx, consent.organizationId);
      if (
        consent.consentDate !== null &&
        consent.expiresOn !== null &&
        consent.expiresOn < consent.consentDate
      ) {
        throw new AppError('invalid_input', 'Consent cannot expire before it was given.', [
          { path: ['expiresOn'], message: 'endBeforeStart' },
        ]);
      }
      casesRepo(ctx.db).setConsent({ caseId, ...consent });
      return touched(ctx, current);
    }),

  'case.removeAgency': ({ caseId, organizationId }, ctx) =>
    write(ctx, () => {
      const current = liveCase(ctx, caseId);
      if (current.leadOrganizationId === organizationId) {
        throw new AppError(
          'conflict',
          'The lead agency is always involved in its case; choose another lead first.',
          [{ path: ['organizationId'], message: 'leadAgency' }],
        );
      }
      casesRepo(ctx.db).removeAgency(caseId, organizationId);
      return touched(ctx, current);
    }),

  'case.timeline': ({ id }, ctx) =>
    caseTimeline(ctx.db, readCase(ctx.db, liveCase(ctx, id), today(ctx.clock))),

  'case.due': ({ by }, { db, clock }) => {
    const day = today(clock);
    const repo = casesRepo(db);
    const due = dueCases(db, by ?? addDays(day, DUE_WITHIN_DAYS));
    return summarise(
      db,
      due.map((c) => found(repo.get(c.id), 'case', c.id)),
      day,
    );
  },

  'case.consentCheck': ({ caseId, meetingId }, ctx) => {
    found(meetingsRepo(ctx.db).get(meetingId), 'meeting', meetingId);
    const day = today(ctx.clock);
    const kase = readCase(ctx.db, liveCase(ctx, caseId), day);
    return consentCheck(ctx.db, kase, meetingId, day, currentSettings(ctx.db).language);
  },

  'caseReview.get': ({ itemId }, ctx) => {
    const item = caseReviewItem(ctx, itemId);
    return reviewView(ctx.db, { ...item, itemId }, caseReviewsRepo(ctx.db).get(itemId));
  },

  'caseReview.save': ({ itemId, caseId, offers, ...texts }, ctx) =>
    write(ctx, () => {
      const item = caseReviewItem(ctx, itemId);
      const linked = caseId === undefined ? item.caseId : caseId;
      const kase = linked === null ? null : liveCase(ctx, linked);
      assertOrganizationsExist(ctx, ...(offers ?? []).map((o) => o.organizationId));
      const repo = caseReviewsRepo(ctx.db);
      const stored = repo.get(itemId);
      repo.save({
        itemId,
        situation: stored?.situation ?? '',
        questions: stored?.questions ?? '',
        nextReviewDate: stored?.nextReviewDate ?? null,
        ...stripUndefined(texts),
        caseId: linked,
        offers: offers ? offersOf(offers) : (stored?.offers ?? []),
        updatedAt: ctx.clock.now(),
      });
      // The review sets when the case comes up next.
      if (kase && texts.nextReviewDate)
        touched(ctx, kase, { nextReviewDate: texts.nextReviewDate });
      // The agenda shows the item's case code.
      if (linked !== item.caseId) ctx.emit('data.changed', { domains: ['meetings'] });
      return reviewView(
        ctx.db,
        { itemId, caseId: kase?.id ?? null, caseCode: kase?.code ?? null },
        repo.get(itemId),
      );
    }),
};

/** One offer per agency (the last said), and only offers with something in them. */
function offersOf(offers: readonly { organizationId: string; offer: string }[]) {
  const byAgency = new Map(offers.map((o) => [o.organizationId, o.offer]));
  return [...byAgency]
    .filter(([, offer]) => offer !== '')
    .map(([organizationId, offer]) => ({ organizationId, offer }));
}
