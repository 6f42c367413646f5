import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { docFromText } from '../../../../shared/domain/rich-text';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { followCoreClock, NINE_AM, seedMeeting } from '../run/run-fixtures';
import { axeViolations, seedCase } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

/**
 * A meeting running on its case review: the shelter (consent yes), Community Health (consent
 * expired) and Police Liaison (no consent) are in the room, as is a housing agency not on the case.
 */
async function reviewUnderway(core: TestCore) {
  const { kase, shelter, health, police } = await seedCase(core);
  const housing = await core.ok('org.create', { name: 'Housing Help Desk' });
  await core.ok('case.setConsent', { caseId: kase.id, organizationId: shelter.id, consent: 'yes' });
  await core.ok('case.setConsent', {
    caseId: kase.id,
    organizationId: health.id,
    consent: 'yes',
    consentDate: '2025-11-01',
    expiresOn: '2026-11-01',
  });
  await core.ok('case.setConsent', { caseId: kase.id, organizationId: police.id, consent: 'no' });
  const meeting = await seedMeeting(core, [{ title: 'Welcome and goal', minutes: 5 }]);
  const item = await core.ok('agenda.add', {
    meetingId: meeting.id,
    item: {
      // A title typed in a hurry, with a name in it: the room must never see it.
      title: 'Jane Tremblay at Shelter North',
      kind: 'case_review',
      caseId: kase.id,
      presenterOrganizationId: shelter.id,
      plannedMinutes: 15,
    },
  });
  await core.ok('note.save', {
    meetingId: meeting.id,
    itemId: item.id,
    doc: docFromText('Evicted in October; staying with a cousin.'),
  });
  await core.ok('caseReview.save', {
    itemId: item.id,
    situation: 'Lost housing in October.',
    questions: 'Any rent supplement?',
  });
  for (const org of [shelter, health, police, housing]) {
    await core.ok('attendance.add', {
      meetingId: meeting.id,
      organizationId: org.id,
      status: 'present',
    });
  }
  await core.ok('run.start', { meetingId: meeting.id });
  await core.ok('run.goto', { meetingId: meeting.id, itemId: item.id });
  return { kase, meeting, item };
}

describe('a case review in run mode', () => {
  it('shows the case code and its time box, and names the agencies present without consent', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const { meeting } = await reviewUnderway(core);
    const { container } = await renderApp({ path: `/meetings/${meeting.id}/run`, core });

    const now = await screen.findByRole('heading', { level: 2, name: /^Now/ });
    expect(now).toHaveTextContent('Now CC-2026-014');
    expect(screen.queryByText(/Jane Tremblay/)).toBeNull();
    expect(screen.getByRole('timer')).toHaveTextContent('15:00');
    // Named as in the item's form and the review panel, never taken for the case's lead agency.
    expect(screen.getByText('Presenting agency: Shelter North')).toBeVisible();

    const check = await screen.findByRole('note', { name: 'Present without consent on file:' });
    // One line per agency, so the notice stays short enough to keep the time box in view.
    expect(
      within(check)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Community Health (consent expired)',
      'Housing Help Desk (not on the case)',
      'Police Liaison (no consent)',
    ]);
    expect(within(check).getByText('Keep the discussion de-identified for them.')).toBeVisible();
    expect(check).not.toHaveTextContent('Shelter North');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('names the presenting agency with the same words in French', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const { meeting } = await reviewUnderway(core);
    await renderApp({ path: `/meetings/${meeting.id}/run`, core, settings: { language: 'fr' } });
    expect(await screen.findByText('Organisme qui présente : Shelter North')).toBeVisible();
    expect(screen.queryByText(/Responsable/)).toBeNull();
  });

  it('says so when every agency present has consent', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const { kase, shelter } = await seedCase(core);
    await core.ok('case.setConsent', {
      caseId: kase.id,
      organizationId: shelter.id,
      consent: 'yes',
    });
    const meeting = await seedMeeting(core, []);
    await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: { title: 'Review', kind: 'case_review', caseId: kase.id },
    });
    await core.ok('attendance.add', {
      meetingId: meeting.id,
      organizationId: shelter.id,
      status: 'present',
    });
    await core.ok('run.start', { meetingId: meeting.id });
    await renderApp({ path: `/meetings/${meeting.id}/run`, core });
    expect(await screen.findByText('All present agencies have consent')).toBeVisible();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('lists the privacy screen shortcut in the shortcut help', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const { meeting } = await reviewUnderway(core);
    const { user } = await renderApp({ path: `/meetings/${meeting.id}/run`, core });
    await screen.findByRole('heading', { level: 2, name: /^Now/ });
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const row = within(help).getByText('Ctrl+Shift+H').closest('div')!;
    expect(row).toHaveTextContent(/Privacy screen: hide or show the notes/);
  });

  it('covers the run screen by shortcut, keeping the time box in view', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const { meeting } = await reviewUnderway(core);
    const { user } = await renderApp({ path: `/meetings/${meeting.id}/run`, core });
    await screen.findByRole('note', { name: 'Present without consent on file:' });

    await user.keyboard('{Control>}{Shift>}H{/Shift}{/Control}');
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Agenda' })).toBeNull();
    expect(screen.getByRole('timer')).toHaveTextContent('15:00');
    expect(
      screen.getByText('Privacy screen on — press Ctrl+Shift+H to show the notes'),
    ).toBeVisible();
    await user.keyboard('{Control>}{Shift>}H{/Shift}{/Control}');
    expect(await screen.findByRole('note')).toBeVisible();
  });
});

describe('the presenter view of a case review', () => {
  it('shows only the case code and the time box', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const { meeting } = await reviewUnderway(core);
    const { container } = await renderApp({ path: `/present/${meeting.id}`, core });

    const title = await screen.findByRole('heading', { level: 1, name: /CC-2026-014/ });
    expect(title).toHaveTextContent('Now CC-2026-014');
    expect(screen.getByRole('timer')).toHaveTextContent('15:00');
    const shown = container.textContent ?? '';
    // Not the typed title, the notes, the review's fields, who presents, nor the consent check.
    for (const hidden of [
      'Jane Tremblay',
      'Evicted in October',
      'Lost housing in October',
      'Any rent supplement',
      'Case review',
      'Shelter North',
      'Police Liaison',
      'consent',
    ]) {
      expect(shown).not.toContain(hidden);
    }
    expect(await axeViolations(container)).toEqual([]);
  });

  it('names an upcoming case review by its code', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const { kase } = await seedCase(core);
    const meeting = await seedMeeting(core, [{ title: 'Welcome and goal', minutes: 5 }]);
    await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: { title: 'Jane Tremblay', kind: 'case_review', caseId: kase.id, plannedMinutes: 15 },
    });
    await core.ok('run.start', { meetingId: meeting.id });
    await renderApp({ path: `/present/${meeting.id}`, core });
    expect(
      await screen.findByRole('heading', { level: 1, name: /Welcome and goal/ }),
    ).toBeVisible();
    expect(screen.getByText('Next:').parentElement).toHaveTextContent(
      'Next: CC-2026-014 (15 min planned)',
    );
    expect(screen.queryByText(/Jane Tremblay/)).toBeNull();
  });
});
