import { describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { changes } from '../../helpers/meetings';

/* The test clock reads Monday 2026-11-23 (14:00 UTC): "today" for consent and reviews. */

async function agencies(core: TestCore) {
  const shelter = await core.ok('org.create', { name: 'Shelter North', shortName: 'SN' });
  const health = await core.ok('org.create', { name: 'Community Health' });
  const police = await core.ok('org.create', { name: 'Police Liaison' });
  return { shelter, health, police };
}

describe('case codes', () => {
  it('generates CC-<year>-<NNN>, counting per year, and never hands a number out twice', async () => {
    const core = makeTestCore();
    const first = await core.ok('case.create', {});
    const second = await core.ok('case.create', { initials: 'J.D.' });
    expect([first.code, second.code]).toEqual(['CC-2026-001', 'CC-2026-002']);
    await core.ok('case.delete', { id: second.id });
    // An agency's own reference that looks like the next number is skipped, not taken twice.
    await core.ok('case.create', { code: 'CC-2026-003' });
    expect((await core.ok('case.create', {})).code).toBe('CC-2026-004');
    core.clock.set(Date.UTC(2027, 0, 4, 14));
    expect((await core.ok('case.create', {})).code).toBe('CC-2027-001');
  });

  it('keeps codes unique among live cases, without regard to case', async () => {
    const core = makeTestCore();
    const kept = await core.ok('case.create', { code: 'HF-0042' });
    expect(await core.fails('case.create', { code: 'hf-0042' })).toMatchObject({
      code: 'conflict',
      issues: [{ path: ['code'], message: 'codeTaken' }],
    });
    const other = await core.ok('case.create', { code: 'HF-0043' });
    expect(
      await core.fails('case.update', { id: other.id, changes: { code: 'HF-0042' } }),
    ).toMatchObject({ code: 'conflict', issues: [{ path: ['changes', 'code'] }] });
    // A deleted case's code may be taken; the deleted case then cannot come back over it.
    await core.ok('case.delete', { id: kept.id });
    await core.ok('case.create', { code: 'HF-0042' });
    expect(await core.fails('case.undelete', { id: kept.id })).toMatchObject({
      code: 'conflict',
      issues: [{ message: 'codeTaken' }],
    });
  });

  it('refuses codes and initials that are not codes and initials', async () => {
    const core = makeTestCore();
    expect(await core.fails('case.create', { code: 'Jean Dupont' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['code'], message: 'invalidCaseCode' }],
    });
    expect(await core.fails('case.create', { initials: 'Jean' })).toMatchObject({
      issues: [{ path: ['initials'], message: 'invalidInitials' }],
    });
    expect(await core.fails('case.update', { id: 'x', changes: { code: '' } })).toMatchObject({
      issues: [{ path: ['changes', 'code'], message: 'required' }],
    });
    const ok = await core.ok('case.create', { code: 'RSJ/2026.17', initials: 'É. T.' });
    expect(ok).toMatchObject({ code: 'RSJ/2026.17', initials: 'É. T.' });
  });
});

describe('cases', () => {
  it('creates an open case with its lead always among its agencies, consent unknown', async () => {
    const core = makeTestCore();
    const { shelter, health } = await agencies(core);
    const seen = changes(core);
    const created = await core.ok('case.create', {
      leadOrganizationId: shelter.id,
      agencyIds: [health.id],
      nextReviewDate: '2026-12-01',
    });
    expect(seen).toEqual([['cases']]);
    expect(created).toMatchObject({
      code: 'CC-2026-001',
      initials: '',
      leadOrganizationName: 'Shelter North',
      status: 'open',
      openedOn: '2026-11-23',
      closedOn: null,
      nextReviewDate: '2026-12-01',
      purgedAt: null,
    });
    expect(created.agencies).toEqual([
      {
        organizationId: health.id,
        name: 'Community Health',
        shortName: '',
        consent: 'unknown',
        consentDate: null,
        expiresOn: null,
        formReference: '',
        expired: false,
      },
      expect.objectContaining({ organizationId: shelter.id, shortName: 'SN' }),
    ]);
    expect(await core.ok('case.get', { id: created.id })).toEqual(created);
    // A new lead joins the agencies; the lead cannot be removed while it leads.
    const updated = await core.ok('case.update', {
      id: created.id,
      changes: { leadOrganizationId: health.id },
    });
    expect(updated.agencies.map((a) => a.name)).toEqual(['Community Health', 'Shelter North']);
    expect(
      await core.fails('case.removeAgency', { caseId: created.id, organizationId: health.id }),
    ).toMatchObject({ code: 'conflict', issues: [{ message: 'leadAgency' }] });
    const removed = await core.ok('case.removeAgency', {
      caseId: created.id,
      organizationId: shelter.id,
    });
    expect(removed.agencies.map((a) => a.name)).toEqual(['Community Health']);
  });

  it('refuses agencies that are not in the directory', async () => {
    const core = makeTestCore();
    expect(await core.fails('case.create', { agencyIds: ['nowhere'] })).toMatchObject({
      code: 'not_found',
    });
  });

  it('closes with a date and a reason, and reopens', async () => {
    const core = makeTestCore();
    const kase = await core.ok('case.create', {});
    expect(
      await core.fails('case.close', { id: kase.id, closedOn: '2026-11-01', reason: 'Housed' }),
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: ['closedOn'] }] });
    const closed = await core.ok('case.close', {
      id: kase.id,
      closedOn: '2026-11-23',
      reason: 'Housed',
    });
    expect(closed).toMatchObject({
      status: 'closed',
      closedOn: '2026-11-23',
      closeReason: 'Housed',
    });
    expect(await core.ok('case.list', { status: 'open' })).toEqual([]);
    expect(await core.ok('case.reopen', { id: kase.id })).toMatchObject({
      status: 'open',
      closedOn: null,
      closeReason: '',
    });
  });

  it('deletes recoverably: gone from lists and reads, back with undelete', async () => {
    const core = makeTestCore();
    const kase = await core.ok('case.create', {});
    const seen = changes(core);
    expect(await core.ok('case.delete', { id: kase.id })).toEqual({ id: kase.id });
    // Agendas show the case's code on its review items: they hear of it too.
    expect(seen).toEqual([['meetings'], ['cases']]);
    expect(await core.ok('case.list', {})).toEqual([]);
    expect(await core.fails('case.get', { id: kase.id })).toMatchObject({ code: 'not_found' });
    expect(await core.fails('case.update', { id: kase.id, changes: {} })).toMatchObject({
      code: 'not_found',
    });
    expect(await core.ok('case.undelete', { id: kase.id })).toMatchObject({ id: kase.id });
    expect((await core.ok('case.list', {})).map((c) => c.id)).toEqual([kase.id]);
  });

  it('lists open cases first, by code, found by code or initials', async () => {
    const core = makeTestCore();
    const b = await core.ok('case.create', { code: 'B-2', initials: 'M.L.' });
    const a = await core.ok('case.create', { code: 'A-1' });
    const c = await core.ok('case.create', { code: 'C-3' });
    await core.ok('case.close', { id: a.id, closedOn: '2026-11-23', reason: 'Moved' });
    expect((await core.ok('case.list', {})).map((x) => x.code)).toEqual(['B-2', 'C-3', 'A-1']);
    expect((await core.ok('case.list', { query: 'm.l' })).map((x) => x.id)).toEqual([b.id]);
    expect((await core.ok('case.list', { query: 'c-' })).map((x) => x.id)).toEqual([c.id]);
    expect((await core.ok('case.list', { status: 'closed' })).map((x) => x.id)).toEqual([a.id]);
  });
});

describe('consent', () => {
  it('records each agency’s consent, adding the agency if needed', async () => {
    const core = makeTestCore();
    const { shelter, health } = await agencies(core);
    const kase = await core.ok('case.create', { leadOrganizationId: shelter.id });
    const after = await core.ok('case.setConsent', {
      caseId: kase.id,
      organizationId: health.id,
      consent: 'yes',
      consentDate: '2026-10-01',
      expiresOn: '2027-10-01',
      formReference: 'Binder 3, tab 12',
    });
    expect(after.agencies.find((a) => a.organizationId === health.id)).toEqual({
      organizationId: health.id,
      name: 'Community Health',
      shortName: '',
      consent: 'yes',
      consentDate: '2026-10-01',
      expiresOn: '2027-10-01',
      formReference: 'Binder 3, tab 12',
      expired: false,
    });
    expect(
      await core.fails('case.setConsent', {
        caseId: kase.id,
        organizationId: health.id,
        consent: 'yes',
        consentDate: '2026-10-01',
        expiresOn: '2026-09-30',
      }),
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: ['expiresOn'] }] });
    expect(
      await core.fails('case.setConsent', {
        caseId: kase.id,
        organizationId: health.id,
        consent: 'maybe',
      }),
    ).toMatchObject({ code: 'invalid_input' });
  });

  it.each([
    // state, expires on, expired, counted as a gap
    ['yes', null, false, false],
    ['yes', '2026-11-24', false, false],
    ['yes', '2026-11-23', false, false], // still good on its last day
    ['yes', '2026-11-22', true, true],
    ['limited', '2026-11-22', true, true],
    ['limited', '2026-11-23', false, true],
    ['no', '2026-11-22', false, true], // refused consent has nothing to expire
    ['unknown', '2020-01-01', false, true],
  ] as const)('%s until %s: expired %s, a gap %s', async (consent, expiresOn, expired, gap) => {
    const core = makeTestCore();
    const { health } = await agencies(core);
    const kase = await core.ok('case.create', { nextReviewDate: '2026-11-23' });
    const saved = await core.ok('case.setConsent', {
      caseId: kase.id,
      organizationId: health.id,
      consent,
      expiresOn,
    });
    expect(saved.agencies[0]).toMatchObject({ consent, expiresOn, expired });
    const [summary] = await core.ok('case.list', {});
    expect(summary).toMatchObject({ consentGaps: gap ? 1 : 0, reviewDue: true });
  });

  it('flags consent as expired from the day after its expiry, as the clock moves', async () => {
    const core = makeTestCore();
    const { health } = await agencies(core);
    const kase = await core.ok('case.create', {});
    await core.ok('case.setConsent', {
      caseId: kase.id,
      organizationId: health.id,
      consent: 'yes',
      expiresOn: '2026-11-30',
    });
    core.clock.set(Date.UTC(2026, 10, 30, 14));
    expect((await core.ok('case.get', { id: kase.id })).agencies[0]!.expired).toBe(false);
    core.clock.set(Date.UTC(2026, 11, 1, 14));
    expect((await core.ok('case.get', { id: kase.id })).agencies[0]!.expired).toBe(true);
  });
});

describe('case.due', () => {
  it('lists open, live cases due by a date (today + 14 days by default), soonest first', async () => {
    const core = makeTestCore();
    const make = (code: string, nextReviewDate: string | null) =>
      core.ok('case.create', { code, nextReviewDate });
    await make('LATE', '2026-11-01');
    await make('EDGE', '2026-12-07');
    await make('AFTER', '2026-12-08');
    await make('NONE', null);
    const closed = await make('CLOSED', '2026-11-02');
    await core.ok('case.close', { id: closed.id, closedOn: '2026-11-23', reason: 'Housed' });
    const deleted = await make('DELETED', '2026-11-02');
    await core.ok('case.delete', { id: deleted.id });

    const due = await core.ok('case.due', {});
    expect(due.map((c) => [c.code, c.reviewDue])).toEqual([
      ['LATE', true],
      ['EDGE', false],
    ]);
    expect((await core.ok('case.due', { by: '2026-11-23' })).map((c) => c.code)).toEqual(['LATE']);
    expect((await core.ok('case.due', { by: '2027-01-01' })).map((c) => c.code)).toEqual([
      'LATE',
      'EDGE',
      'AFTER',
    ]);
  });
});
