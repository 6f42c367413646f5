import { docFromText } from '../../../shared/domain/rich-text';
import { describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { biweekly, oneOff } from '../../helpers/meetings';

/**
 * A first meeting that went: the standing welcome discussed, the standing case reviews not
 * reached, the budget parked, a one-off presentation discussed.
 */
async function afterFirstMeeting(core: TestCore, draft = biweekly()) {
  await core.ok('template.save', {
    kind: 'case_consultation',
    language: 'en',
    items: [
      { title: 'Welcome', kind: 'discussion', plannedMinutes: 5, recurring: true },
      { title: 'Case reviews', kind: 'case_review', plannedMinutes: 40, recurring: true },
      { title: 'Budget', kind: 'discussion', plannedMinutes: 15, recurring: false },
      { title: 'Guest speaker', kind: 'presentation', plannedMinutes: 20, recurring: false },
    ],
  });
  const org = await core.ok('org.create', { name: 'Shelter North' });
  const { series, firstMeeting } = await core.ok('series.create', draft);
  await core.ok('attendance.add', { meetingId: firstMeeting.id, organizationId: org.id });
  const [welcome, cases, budget, speaker] = (await core.ok('meeting.get', { id: firstMeeting.id }))
    .items;
  await core.ok('agenda.update', { id: welcome!.id, changes: { status: 'discussed' } });
  await core.ok('note.save', {
    meetingId: firstMeeting.id,
    itemId: welcome!.id,
    doc: docFromText('Hi'),
  });
  await core.ok('note.save', {
    meetingId: firstMeeting.id,
    itemId: cases!.id,
    doc: docFromText('Codes C-12, C-19'),
  });
  await core.ok('agenda.park', { id: budget!.id });
  await core.ok('agenda.update', { id: speaker!.id, changes: { status: 'discussed' } });
  return { series, meeting: firstMeeting, org, items: { welcome, cases, budget, speaker } };
}

describe('meeting.proposeNext', () => {
  it('proposes the next occurrence with what carries forward, and saves nothing', async () => {
    const core = makeTestCore();
    const { series, meeting, items } = await afterFirstMeeting(core);
    const before = dumpDatabase(core.db);
    const proposal = await core.ok('meeting.proposeNext', {
      meetingId: meeting.id,
      language: 'en',
    });
    expect(proposal.seriesId).toBe(series.id);
    expect(proposal.occurrence).toMatchObject({
      originalDate: '2026-12-15',
      date: '2026-12-15',
      status: 'scheduled',
      meetingId: null,
    });
    expect(proposal.items.map((i) => [i.title, i.reason, i.fromItemId, i.notes])).toEqual([
      ['Welcome', 'recurring', items.welcome!.id, null],
      // Notes stay with the meeting they were taken in.
      ['Case reviews', 'not_discussed', items.cases!.id, null],
      ['Review of open actions', 'action_review', null, null],
    ]);
    expect(dumpDatabase(core.db)).toEqual(before);
  });

  it('skips cancelled occurrences, titles the review in the language asked for', async () => {
    const core = makeTestCore();
    const { series, meeting } = await afterFirstMeeting(core);
    await core.ok('series.cancelOccurrence', { id: series.id, originalDate: '2026-12-15' });
    const proposal = await core.ok('meeting.proposeNext', {
      meetingId: meeting.id,
      language: 'fr',
    });
    expect(proposal.occurrence.originalDate).toBe('2026-12-29');
    expect(proposal.items.at(-1)).toMatchObject({
      title: 'Suivi des actions en cours',
      kind: 'action_review',
    });
  });

  it('shows the next occurrence’s meeting when it is already prepared', async () => {
    const core = makeTestCore();
    const { series, meeting } = await afterFirstMeeting(core);
    const next = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-12-15',
      language: 'en',
    });
    const { occurrence } = await core.ok('meeting.proposeNext', {
      meetingId: meeting.id,
      language: 'en',
    });
    expect(occurrence).toMatchObject({ meetingId: next.id, meetingStatus: 'planned' });
  });

  it('has nothing to propose for a one-off meeting or after the last occurrence', async () => {
    const core = makeTestCore();
    const single = await core.ok('meeting.create', oneOff());
    expect(
      await core.fails('meeting.proposeNext', { meetingId: single.id, language: 'en' }),
    ).toMatchObject({ code: 'conflict' });
    const { firstMeeting } = await core.ok(
      'series.create',
      biweekly({ rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=1' }),
    );
    expect(
      await core.fails('meeting.proposeNext', { meetingId: firstMeeting.id, language: 'en' }),
    ).toMatchObject({ code: 'conflict' });
    expect(
      await core.fails('meeting.proposeNext', { meetingId: 'nope', language: 'en' }),
    ).toMatchObject({ code: 'not_found' });
  });
});

describe('meeting.acceptNext', () => {
  it('prepares the occurrence with the proposal as its agenda, and the invitations', async () => {
    const core = makeTestCore();
    const { series, meeting, org } = await afterFirstMeeting(core);
    const proposal = await core.ok('meeting.proposeNext', {
      meetingId: meeting.id,
      language: 'en',
    });
    // The chair drops the welcome and renames the review.
    const edited = proposal.items
      .slice(1)
      .map((item, i) =>
        i === 1 ? { ...item, title: 'Actions', status: 'discussed' as const } : item,
      );
    const next = await core.ok('meeting.acceptNext', {
      meetingId: meeting.id,
      originalDate: '2026-12-15',
      items: edited,
    });
    expect(next).toMatchObject({
      seriesId: series.id,
      occurrenceDate: '2026-12-15',
      date: '2026-12-15',
      status: 'planned',
    });
    const detail = await core.ok('meeting.get', { id: next.id });
    expect(detail.items.map((i) => [i.title, i.status, i.notes, i.recurring])).toEqual([
      ['Case reviews', 'pending', null, true],
      ['Actions', 'pending', null, false],
    ]);
    expect(detail.attendance.map((a) => [a.organizationId, a.status])).toEqual([
      [org.id, 'expected'],
    ]);
    const sources = (
      dumpDatabase(core.db).agenda_items as { meeting_id: string; source_item_id: string | null }[]
    )
      .filter((row) => row.meeting_id === next.id)
      .map((row) => row.source_item_id);
    expect(sources).toEqual([edited[0]!.fromItemId, null]);
  });

  it('adds to an occurrence already prepared, after what it has', async () => {
    const core = makeTestCore();
    const { series, meeting } = await afterFirstMeeting(core);
    const prepared = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-12-15',
      language: 'en',
    });
    const accepted = await core.ok('meeting.acceptNext', {
      meetingId: meeting.id,
      originalDate: '2026-12-15',
      items: [
        {
          title: 'Carried',
          reason: 'not_discussed',
          fromItemId: null,
        },
      ],
    });
    expect(accepted.id).toBe(prepared.id);
    const titles = (await core.ok('meeting.get', { id: prepared.id })).items.map((i) => i.title);
    expect(titles).toEqual(['Welcome', 'Case reviews', 'Budget', 'Guest speaker', 'Carried']);
    expect(await core.ok('meeting.list', { seriesId: series.id })).toHaveLength(2);
  });

  it('never carries the same item twice: a second proposal leaves out what the next meeting has', async () => {
    const core = makeTestCore();
    const { meeting } = await afterFirstMeeting(core);
    const first = await core.ok('meeting.proposeNext', { meetingId: meeting.id, language: 'en' });
    const next = await core.ok('meeting.acceptNext', {
      meetingId: meeting.id,
      originalDate: first.occurrence.originalDate,
      items: first.items,
    });
    const again = await core.ok('meeting.proposeNext', { meetingId: meeting.id, language: 'en' });
    expect(again.occurrence.meetingId).toBe(next.id);
    expect(again.items).toEqual([]);
    // Accepting the first proposal a second time (a double click, a stale dialog) adds nothing.
    await core.ok('meeting.acceptNext', {
      meetingId: meeting.id,
      originalDate: first.occurrence.originalDate,
      items: first.items,
    });
    const titles = (await core.ok('meeting.get', { id: next.id })).items.map((i) => i.title);
    expect(titles).toEqual(['Welcome', 'Case reviews', 'Review of open actions']);
  });

  it('refuses a date the series does not meet on, a cancelled one, one held, and one-off meetings', async () => {
    const core = makeTestCore();
    const { series, meeting } = await afterFirstMeeting(core);
    const accept = (originalDate: string, meetingId = meeting.id, items = []) =>
      core.fails('meeting.acceptNext', { meetingId, originalDate, items });
    expect(await accept('2026-12-16')).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['originalDate'], message: 'notOnRule' }],
    });
    await core.ok('series.cancelOccurrence', { id: series.id, originalDate: '2026-12-29' });
    expect(await accept('2026-12-29')).toMatchObject({ code: 'conflict' });
    await core.ok('run.start', { meetingId: meeting.id });
    await core.ok('run.end', { meetingId: meeting.id });
    expect(await accept('2026-12-01')).toMatchObject({ code: 'conflict' });
    const single = await core.ok('meeting.create', oneOff());
    expect(await accept('2026-12-15', single.id)).toMatchObject({ code: 'conflict' });
    expect(
      await core.fails('meeting.acceptNext', {
        meetingId: meeting.id,
        originalDate: '2026-12-15',
        items: [{ title: 'X', reason: 'recurring', fromItemId: null, presenterPersonId: 'nobody' }],
      }),
    ).toMatchObject({ code: 'not_found' });
    expect(await core.ok('meeting.list', { seriesId: series.id })).toHaveLength(1);
  });
});
