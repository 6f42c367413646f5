import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../shared/domain/rich-text';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { biweekly, changes, oneOff } from '../../helpers/meetings';

/* Case reviews on agendas: the link, the review, the timeline, consent at the table, minutes. */

async function setUp(core: TestCore, meeting = oneOff({ kind: 'other' })) {
  const shelter = await core.ok('org.create', { name: 'Shelter North' });
  const health = await core.ok('org.create', { name: 'Community Health' });
  const police = await core.ok('org.create', { name: 'Police Liaison' });
  const kase = await core.ok('case.create', {
    code: 'CC-2026-014',
    leadOrganizationId: shelter.id,
    agencyIds: [health.id, police.id],
  });
  const created = await core.ok('meeting.create', meeting);
  return { shelter, health, police, kase, meeting: created };
}

const addReview = (core: TestCore, meetingId: string, caseId: string | null, title = 'Review') =>
  core.ok('agenda.add', { meetingId, item: { title, kind: 'case_review', caseId } });

describe('case review items on the agenda', () => {
  it('link a case, show its code, and are internal unless said otherwise', async () => {
    const core = makeTestCore();
    const { kase, meeting } = await setUp(core);
    const seen = changes(core);
    const item = await addReview(core, meeting.id, kase.id);
    expect(item).toMatchObject({
      kind: 'case_review',
      caseId: kase.id,
      caseCode: 'CC-2026-014',
      confidentiality: 'internal',
    });
    expect(seen).toEqual([['cases'], ['meetings']]);
    const plain = await core.ok('agenda.add', { meetingId: meeting.id, item: { title: 'Budget' } });
    expect(plain).toMatchObject({ caseId: null, caseCode: null, confidentiality: 'shareable' });
    const chosen = await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: { title: 'Open review', kind: 'case_review', confidentiality: 'shareable' },
    });
    expect(chosen).toMatchObject({ caseId: null, confidentiality: 'shareable' });
    // Relinking and unlinking through agenda.update.
    const relinked = await core.ok('agenda.update', {
      id: chosen.id,
      changes: { caseId: kase.id },
    });
    expect(relinked.caseCode).toBe('CC-2026-014');
    expect(
      await core.ok('agenda.update', { id: chosen.id, changes: { caseId: null } }),
    ).toMatchObject({ caseId: null, caseCode: null });
  });

  it('refuse a case on another kind of item, and a case that does not exist', async () => {
    const core = makeTestCore();
    const { kase, meeting } = await setUp(core);
    expect(
      await core.fails('agenda.add', {
        meetingId: meeting.id,
        item: { title: 'Budget', caseId: kase.id },
      }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['item', 'caseId'], message: 'caseReviewOnly' }],
    });
    const plain = await core.ok('agenda.add', { meetingId: meeting.id, item: { title: 'Budget' } });
    expect(
      await core.fails('agenda.update', { id: plain.id, changes: { caseId: kase.id } }),
    ).toMatchObject({ issues: [{ path: ['changes', 'caseId'], message: 'caseReviewOnly' }] });
    expect(
      await core.fails('agenda.add', {
        meetingId: meeting.id,
        item: { title: 'R', kind: 'case_review', caseId: 'nope' },
      }),
    ).toMatchObject({ code: 'not_found' });
  });

  it('become internal when turned into a case review, and keep their link out of sight when turned into something else', async () => {
    const core = makeTestCore();
    const { kase, meeting } = await setUp(core);
    const plain = await core.ok('agenda.add', { meetingId: meeting.id, item: { title: 'Topic' } });
    const review = await core.ok('agenda.update', {
      id: plain.id,
      changes: { kind: 'case_review', caseId: kase.id },
    });
    expect(review).toMatchObject({ confidentiality: 'internal', caseCode: 'CC-2026-014' });
    const other = await core.ok('agenda.update', { id: plain.id, changes: { kind: 'discussion' } });
    expect(other).toMatchObject({ caseId: null, caseCode: null, confidentiality: 'internal' });
    const back = await core.ok('agenda.update', { id: plain.id, changes: { kind: 'case_review' } });
    expect(back).toMatchObject({ caseId: kase.id, caseCode: 'CC-2026-014' });
  });

  it('show no code while their case is deleted, and show it again once it is back', async () => {
    const core = makeTestCore();
    const { kase, meeting } = await setUp(core);
    const item = await addReview(core, meeting.id, kase.id);
    await core.ok('case.delete', { id: kase.id });
    const [listed] = (await core.ok('meeting.get', { id: meeting.id })).items.filter(
      (i) => i.id === item.id,
    );
    expect(listed).toMatchObject({ caseId: kase.id, caseCode: null });
    await core.ok('case.undelete', { id: kase.id });
    expect(
      (await core.ok('meeting.get', { id: meeting.id })).items.find((i) => i.id === item.id),
    ).toMatchObject({ caseCode: 'CC-2026-014' });
  });

  it('take the internal level from the shipped case consultation template', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff({ kind: 'case_consultation' }));
    const items = (await core.ok('meeting.get', { id: meeting.id })).items;
    const reviews = items.filter((i) => i.kind === 'case_review');
    expect(reviews.length).toBeGreaterThan(0);
    for (const item of reviews) expect(item.confidentiality).toBe('internal');
    for (const item of items.filter((i) => i.kind !== 'case_review')) {
      expect(item.confidentiality).toBe('shareable');
    }
  });
});

describe('caseReview.get and caseReview.save', () => {
  it('read an empty review until one is written, only for case review items', async () => {
    const core = makeTestCore();
    const { meeting, kase } = await setUp(core);
    const item = await addReview(core, meeting.id, null);
    expect(await core.ok('caseReview.get', { itemId: item.id })).toEqual({
      itemId: item.id,
      caseId: null,
      caseCode: null,
      situation: '',
      questions: '',
      offers: [],
      nextReviewDate: null,
      updatedAt: null,
    });
    const linked = await addReview(core, meeting.id, kase.id);
    expect(await core.ok('caseReview.get', { itemId: linked.id })).toMatchObject({
      caseId: kase.id,
      caseCode: 'CC-2026-014',
      situation: '',
      offers: [],
    });
    const plain = await core.ok('agenda.add', { meetingId: meeting.id, item: { title: 'Budget' } });
    expect(await core.fails('caseReview.get', { itemId: plain.id })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['itemId'], message: 'caseReviewOnly' }],
    });
    expect(await core.fails('caseReview.save', { itemId: plain.id, situation: 'x' })).toMatchObject(
      { code: 'invalid_input' },
    );
  });

  it('save the fields, link the case, and move the case’s next review', async () => {
    const core = makeTestCore();
    const { meeting, kase, health, police } = await setUp(core);
    const item = await addReview(core, meeting.id, null);
    const seen = changes(core);
    const saved = await core.ok('caseReview.save', {
      itemId: item.id,
      caseId: kase.id,
      situation: 'Lost housing in October; staying with family.',
      questions: 'Is the income support file open?',
      offers: [
        { organizationId: health.id, offer: 'Nurse visit this week' },
        { organizationId: police.id, offer: '' },
        { organizationId: health.id, offer: 'Nurse visit on Thursday' },
      ],
      nextReviewDate: '2026-12-15',
    });
    expect(saved).toEqual({
      itemId: item.id,
      caseId: kase.id,
      caseCode: 'CC-2026-014',
      situation: 'Lost housing in October; staying with family.',
      questions: 'Is the income support file open?',
      // One offer per agency, the last said; empty ones left out.
      offers: [
        {
          organizationId: health.id,
          name: 'Community Health',
          offer: 'Nurse visit on Thursday',
        },
      ],
      nextReviewDate: '2026-12-15',
      updatedAt: core.clock.now(),
    });
    expect(seen).toEqual([['meetings'], ['cases']]);
    expect((await core.ok('case.get', { id: kase.id })).nextReviewDate).toBe('2026-12-15');
    expect((await core.ok('meeting.get', { id: meeting.id })).items.at(-1)).toMatchObject({
      caseCode: 'CC-2026-014',
    });
    // A partial save keeps the rest.
    const again = await core.ok('caseReview.save', { itemId: item.id, questions: '' });
    expect(again).toMatchObject({
      situation: saved.situation,
      questions: '',
      offers: saved.offers,
    });
    expect(await core.ok('caseReview.get', { itemId: item.id })).toEqual(again);
  });

  it('refuse a deleted or missing case', async () => {
    const core = makeTestCore();
    const { meeting, kase } = await setUp(core);
    const item = await addReview(core, meeting.id, null);
    await core.ok('case.delete', { id: kase.id });
    expect(await core.fails('caseReview.save', { itemId: item.id, caseId: kase.id })).toMatchObject(
      { code: 'not_found' },
    );
  });
});

describe('case.timeline', () => {
  it('lists every review across meetings, oldest first, with decisions and actions', async () => {
    const core = makeTestCore();
    const { meeting, kase, shelter } = await setUp(core);
    const later = await core.ok('meeting.create', oneOff({ kind: 'other', date: '2026-12-15' }));
    const earlier = await core.ok('meeting.create', oneOff({ kind: 'other', date: '2026-11-17' }));
    const second = await addReview(core, later.id, kase.id);
    const first = await addReview(core, earlier.id, kase.id);
    await core.ok('agenda.update', {
      id: first.id,
      changes: { presenterOrganizationId: shelter.id },
    });
    const middle = await addReview(core, meeting.id, kase.id);
    const deleted = await addReview(core, meeting.id, kase.id);
    await core.ok('agenda.delete', { id: deleted.id });
    const otherCase = await core.ok('case.create', {});
    await addReview(core, meeting.id, otherCase.id);

    await core.ok('caseReview.save', { itemId: first.id, situation: 'First time presented.' });
    const decision = await core.ok('decision.add', {
      meetingId: earlier.id,
      itemId: first.id,
      text: 'Shelter leads the housing search.',
    });
    const action = await core.ok('action.add', {
      meetingId: earlier.id,
      itemId: first.id,
      description: 'Book a housing assessment',
      organizationId: shelter.id,
      personName: 'Intake worker',
      dueDate: '2026-11-30',
    });
    await core.ok('action.update', { id: action.id, changes: { status: 'done' } });

    const timeline = await core.ok('case.timeline', { id: kase.id });
    expect(timeline.case.id).toBe(kase.id);
    expect(
      timeline.reviews.map((r) => [r.meetingDate, r.review.itemId, r.presentingAgency]),
    ).toEqual([
      ['2026-11-17', first.id, 'Shelter North'],
      ['2026-12-01', middle.id, null],
      ['2026-12-15', second.id, null],
    ]);
    expect(timeline.reviews[0]).toMatchObject({
      meetingId: earlier.id,
      meetingTitle: 'Housing First committee',
      meetingStatus: 'planned',
      review: { situation: 'First time presented.', caseCode: 'CC-2026-014' },
      decisions: [{ id: decision.id, text: 'Shelter leads the housing search.' }],
      actions: [
        {
          id: action.id,
          description: 'Book a housing assessment',
          organizationName: 'Shelter North',
          personName: 'Intake worker',
          dueDate: '2026-11-30',
          status: 'done',
        },
      ],
    });
    // The case list counts the reviews and the open actions under them.
    const [summary] = (await core.ok('case.list', {})).filter((c) => c.id === kase.id);
    expect(summary).toMatchObject({
      reviewCount: 3,
      lastReviewDate: '2026-12-15',
      openActions: 0,
    });
  });
});

describe('case.consentCheck', () => {
  it('names the agencies present without consent on file, and why', async () => {
    const core = makeTestCore();
    const { meeting, kase, shelter, health, police } = await setUp(core);
    const housing = await core.ok('org.create', { name: 'Housing Help' });
    const employment = await core.ok('org.create', { name: 'Employment Services' });
    const regrets = await core.ok('org.create', { name: 'Addictions Services' });
    const worker = await core.ok('person.create', {
      name: 'Luc Gagnon',
      membership: { organizationId: housing.id },
    });
    const formerly = await core.ok('person.create', {
      name: 'Old Timer',
      membership: { organizationId: employment.id, endDate: '2026-01-31' },
    });
    const consent = (organizationId: string, state: 'yes' | 'limited' | 'no', expiresOn?: string) =>
      core.ok('case.setConsent', { caseId: kase.id, organizationId, consent: state, expiresOn });
    await consent(shelter.id, 'yes');
    await consent(health.id, 'yes', '2026-11-22'); // expired yesterday
    await consent(police.id, 'no');
    await consent(regrets.id, 'no');
    const present = (draft: { organizationId?: string; personId?: string }) =>
      core.ok('attendance.add', { meetingId: meeting.id, status: 'present', ...draft });
    await present({ organizationId: shelter.id });
    await present({ organizationId: health.id });
    await present({ organizationId: police.id });
    // Counted by the agency a present person works for on the meeting's day.
    await present({ personId: worker.id });
    await present({ personId: formerly.id });
    await core.ok('attendance.add', {
      meetingId: meeting.id,
      organizationId: regrets.id,
      status: 'regrets',
    });

    expect(await core.ok('case.consentCheck', { caseId: kase.id, meetingId: meeting.id })).toEqual({
      caseId: kase.id,
      caseCode: 'CC-2026-014',
      withoutConsent: [
        { organizationId: health.id, name: 'Community Health', reason: 'expired' },
        { organizationId: housing.id, name: 'Housing Help', reason: 'not_involved' },
        { organizationId: police.id, name: 'Police Liaison', reason: 'no' },
      ],
      withConsent: [{ organizationId: shelter.id, name: 'Shelter North' }],
    });

    await consent(police.id, 'limited');
    await core.ok('case.setConsent', {
      caseId: kase.id,
      organizationId: health.id,
      consent: 'unknown',
    });
    const check = await core.ok('case.consentCheck', { caseId: kase.id, meetingId: meeting.id });
    expect(check.withoutConsent.map((a) => [a.name, a.reason])).toEqual([
      ['Community Health', 'unknown'],
      ['Housing Help', 'not_involved'],
      ['Police Liaison', 'limited'],
    ]);
    expect(
      await core.fails('case.consentCheck', { caseId: kase.id, meetingId: 'nope' }),
    ).toMatchObject({ code: 'not_found' });
  });
});

describe('due cases on the next case consultation', () => {
  it('proposes a case review per open case due by the next meeting, and accepts it linked', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    const due = await core.ok('case.create', { code: 'CC-2026-101', nextReviewDate: '2026-12-15' });
    const overdue = await core.ok('case.create', {
      code: 'CC-2026-100',
      nextReviewDate: '2026-11-01',
    });
    await core.ok('case.create', { code: 'CC-2026-102', nextReviewDate: '2026-12-16' });
    const closed = await core.ok('case.create', {
      code: 'CC-2026-103',
      nextReviewDate: '2026-12-01',
    });
    await core.ok('case.close', { id: closed.id, closedOn: '2026-11-23', reason: 'Housed' });
    // A review of the overdue case not reached today is carried as it is, not proposed twice.
    const carried = await addReview(core, firstMeeting.id, overdue.id, 'CC-2026-100');

    const proposal = await core.ok('meeting.proposeNext', {
      meetingId: firstMeeting.id,
      language: 'en',
    });
    expect(proposal.occurrence.date).toBe('2026-12-15');
    const kinds = proposal.items.map((i) => [i.title, i.kind, i.reason, i.caseId ?? null]);
    const reviews = kinds.filter(([, kind]) => kind === 'case_review');
    expect(reviews).toEqual([
      [
        'Case reviews (de-identified: case codes only; time-boxed)',
        'case_review',
        'not_discussed',
        null,
      ],
      ['CC-2026-100', 'case_review', 'not_discussed', overdue.id],
      ['CC-2026-101', 'case_review', 'case_due', due.id],
    ]);
    const proposed = proposal.items.find((i) => i.reason === 'case_due')!;
    expect(proposed).toMatchObject({ confidentiality: 'internal', notes: null, fromItemId: null });
    expect(proposal.items.findIndex((i) => i.reason === 'case_due')).toBe(
      proposal.items.findIndex((i) => i.fromItemId === carried.id) + 1,
    );

    const next = await core.ok('meeting.acceptNext', {
      meetingId: firstMeeting.id,
      originalDate: '2026-12-15',
      items: proposal.items,
    });
    const agenda = (await core.ok('meeting.get', { id: next.id })).items;
    expect(
      agenda.filter((i) => i.caseId !== null).map((i) => [i.caseCode, i.confidentiality]),
    ).toEqual([
      ['CC-2026-100', 'internal'],
      ['CC-2026-101', 'internal'],
    ]);
    // Proposing again once prepared adds nothing for the cases already there.
    const again = await core.ok('meeting.proposeNext', {
      meetingId: firstMeeting.id,
      language: 'en',
    });
    expect(again.items.filter((i) => i.reason === 'case_due')).toEqual([]);
    expect(series.kind).toBe('case_consultation');
  });

  it('proposes no cases for other kinds of series', async () => {
    const core = makeTestCore();
    const { firstMeeting } = await core.ok('series.create', biweekly({ kind: 'committee' }));
    await core.ok('case.create', { nextReviewDate: '2026-12-01' });
    const proposal = await core.ok('meeting.proposeNext', {
      meetingId: firstMeeting.id,
      language: 'en',
    });
    expect(proposal.items.filter((i) => i.reason === 'case_due')).toEqual([]);
  });

  it('refuses an accepted proposal that links a case to another kind of item', async () => {
    const core = makeTestCore();
    const { firstMeeting } = await core.ok('series.create', biweekly());
    const kase = await core.ok('case.create', {});
    expect(
      await core.fails('meeting.acceptNext', {
        meetingId: firstMeeting.id,
        originalDate: '2026-12-15',
        items: [
          { title: 'X', kind: 'discussion', caseId: kase.id, reason: 'added', fromItemId: null },
        ],
      }),
    ).toMatchObject({ issues: [{ path: ['items', 0, 'caseId'], message: 'caseReviewOnly' }] });
  });
});

describe('minutes of case reviews', () => {
  async function reviewed(core: TestCore) {
    const { meeting, kase, health } = await setUp(core);
    const item = await addReview(core, meeting.id, kase.id, 'Review for Jean Tremblay');
    await core.ok('note.save', {
      meetingId: meeting.id,
      itemId: item.id,
      doc: docFromText('Typed note about the client'),
    });
    await core.ok('caseReview.save', {
      itemId: item.id,
      situation: 'Situation text SECRET-S',
      questions: 'Question text SECRET-Q',
      offers: [{ organizationId: health.id, offer: 'Offer text SECRET-O' }],
      nextReviewDate: '2026-12-15',
    });
    await core.ok('decision.add', {
      meetingId: meeting.id,
      itemId: item.id,
      text: 'Refer to housing',
    });
    return { meeting, item };
  }

  const exported = async (
    core: TestCore,
    meetingId: string,
    includeInternal: boolean,
    language: 'en' | 'fr' = 'en',
  ) =>
    (
      await core.ok('minutes.export', {
        meetingId,
        includeInternal,
        language,
        format: 'markdown',
      })
    ).content;

  it('leave case notes out unless internal items are chosen', async () => {
    const core = makeTestCore();
    const { meeting } = await reviewed(core);
    const text = await exported(core, meeting.id, false);
    for (const secret of ['SECRET', 'Typed note', 'Jean Tremblay', 'CC-2026-014', 'housing']) {
      expect(text).not.toContain(secret);
    }
    expect(
      (await core.ok('minutes.get', { meetingId: meeting.id, language: 'en' })).withheld,
    ).toMatchObject({ internal: 1 });
  });

  it('show the case code, never the typed title, with the review when internal items are chosen', async () => {
    const core = makeTestCore();
    const { meeting } = await reviewed(core);
    const minutes = await core.ok('minutes.get', {
      meetingId: meeting.id,
      language: 'en',
      includeInternal: true,
    });
    // The meeting's other items come from its template; the case review is added last.
    expect(minutes.items.at(-1)!.title).toBe('Case review — CC-2026-014');
    const text = await exported(core, meeting.id, true);
    expect(text).not.toContain('Jean Tremblay');
    for (const part of [
      'Case review — CC-2026-014',
      'Situation',
      'SECRET-S',
      'Clarifying questions',
      'SECRET-Q',
      'Community Health: Offer text SECRET-O',
      'Next review: Tuesday, December 15, 2026',
      'Typed note about the client',
      'Refer to housing',
    ]) {
      expect(text).toContain(part);
    }
    const french = await exported(core, meeting.id, true, 'fr');
    expect(french).toContain('Discussion de cas — CC-2026-014');
    expect(french).toContain('Questions de clarification');
    expect(french).toContain('Community Health\u00a0: Offer text SECRET-O');
  });

  it('never export a confidential case review, and title an unlinked one by its kind', async () => {
    const core = makeTestCore();
    const { meeting } = await reviewed(core);
    const [item] = (await core.ok('meeting.get', { id: meeting.id })).items.filter(
      (i) => i.kind === 'case_review',
    );
    await core.ok('agenda.update', { id: item!.id, changes: { confidentiality: 'confidential' } });
    expect(await exported(core, meeting.id, true)).not.toContain('SECRET');
    await core.ok('agenda.update', {
      id: item!.id,
      changes: { confidentiality: 'internal', caseId: null },
    });
    const minutes = await core.ok('minutes.get', {
      meetingId: meeting.id,
      language: 'fr',
      includeInternal: true,
    });
    expect(minutes.items.at(-1)!.title).toBe('Discussion de cas');
  });
});

describe('the archive', () => {
  it('carries cases, consent, reviews and the code counter', async () => {
    const core = makeTestCore();
    const { meeting, kase, health } = await setUp(core);
    const item = await addReview(core, meeting.id, kase.id);
    await core.ok('case.setConsent', {
      caseId: kase.id,
      organizationId: health.id,
      consent: 'yes',
    });
    await core.ok('caseReview.save', {
      itemId: item.id,
      situation: 'Situation',
      offers: [{ organizationId: health.id, offer: 'A bed' }],
    });
    await core.ok('case.create', {});
    const { json, manifest } = await core.ok('data.exportArchive', {});
    expect(manifest.tables).toMatchObject({
      cases: 2,
      case_agencies: 3,
      case_reviews: 1,
      case_code_counters: 1,
    });
    const target = makeTestCore();
    await target.ok('data.importArchive', { json });
    // The access log records the export on one side and the import on the other.
    const records = (db: typeof core.db) => {
      const { access_log: _log, ...tables } = dumpDatabase(db);
      return tables;
    };
    expect(records(target.db)).toEqual(records(core.db));
    expect((await target.ok('case.create', {})).code).toBe('CC-2026-002');
  });
});
