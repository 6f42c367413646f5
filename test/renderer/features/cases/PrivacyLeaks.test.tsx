import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { docFromText } from '../../../../shared/domain/rich-text';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { oneOff } from '../../../helpers/meetings';
import { renderApp } from '../../../helpers/render';
import { followCoreClock, NINE_AM, seedMeeting } from '../run/run-fixtures';
import { axeViolations, seedCase } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

const PRIVACY_ON = () => sessionStorage.setItem('roundtable.privacyScreen', 'on');
const COVER = 'Privacy screen on — press Ctrl+Shift+H to show the notes';

/** Types a day into a date field, segment by segment, as a person does. */
async function typeDate(user: UserEvent, group: HTMLElement, day: string) {
  const [year, month, date] = day.split('-') as [string, string, string];
  for (const [segment, value] of [
    ['month', month],
    ['day', date],
    ['year', year],
  ] as const) {
    await user.click(within(group).getByRole('spinbutton', { name: new RegExp(`^${segment}`) }));
    await user.keyboard(value);
  }
}

/** A running meeting now on a case review whose title names the client and links no case. */
async function unlinkedReviewUnderway(core: TestCore) {
  const meeting = await seedMeeting(core, [{ title: 'Welcome and goal', minutes: 5 }]);
  const item = await core.ok('agenda.add', {
    meetingId: meeting.id,
    item: { title: 'Review: Lisa Wong', kind: 'case_review', plannedMinutes: 15 },
  });
  // And the next one, also typed with a name.
  await core.ok('agenda.add', {
    meetingId: meeting.id,
    item: { title: 'Review: Dave Lee', kind: 'case_review', plannedMinutes: 10 },
  });
  await core.ok('run.start', { meetingId: meeting.id });
  await core.ok('run.goto', { meetingId: meeting.id, itemId: item.id });
  return { meeting, item };
}

// Forms typed through a real core: slow on a loaded runner, not broken.
describe('identifier hints on typed fields', { timeout: 40_000 }, () => {
  it('flags an agenda item title, placeholder first, and lets a false positive be ignored', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff({ kind: 'other' }));
    const { user } = await renderApp({ path: `/meetings/${meeting.id}`, core });
    await user.click(await screen.findByRole('button', { name: 'Add item' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an agenda item' });
    const title = within(dialog).getByRole('textbox', { name: /^Title/ });
    await user.type(title, 'Call 416-555-0199 back');

    const hints = within(dialog).getByRole('status');
    expect(await within(hints).findByText('Phone number: 416-555-0199')).toBeVisible();
    expect(
      within(hints)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Replace with [phone]: 416-555-0199', 'Ignore: 416-555-0199']);
    await user.click(within(hints).getByRole('button', { name: 'Ignore: 416-555-0199' }));
    expect(hints).toBeEmptyDOMElement();
    expect(title).toHaveValue('Call 416-555-0199 back');
    await waitFor(() => expect(title).toHaveFocus());
  });

  it('flags a decision’s text and an action’s description', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff());
    const { user } = await renderApp({ path: `/meetings/${meeting.id}/notes`, core });

    await user.click(await screen.findByRole('button', { name: 'Add decision' }));
    const decision = await screen.findByRole('dialog', { name: 'Record a decision' });
    const text = within(decision).getByRole('textbox', { name: /^Decision/ });
    await user.type(text, 'Refer the client born 1984-03-12');
    await user.click(
      await within(decision).findByRole('button', {
        name: 'Replace with [date of birth]: 1984-03-12',
      }),
    );
    expect(text).toHaveValue('Refer the client born [date of birth]');
    await user.click(within(decision).getByRole('button', { name: 'Cancel' }));
    const discard = screen.queryByRole('button', { name: /Discard/ });
    if (discard) await user.click(discard);

    await user.click(await screen.findByRole('button', { name: 'Add action' }));
    const action = await screen.findByRole('dialog', { name: 'Add an action' });
    await user.type(
      within(action).getByRole('textbox', { name: /^What is to be done/ }),
      'Email mom@example.ca',
    );
    expect(
      await within(action).findByRole('button', { name: 'Replace with [email]: mom@example.ca' }),
    ).toBeVisible();
  });

  it('offers the case code second, and only for a number that names the client', async () => {
    const core = makeTestCore();
    const { kase } = await seedCase(core);
    const { user } = await renderApp({ path: `/cases/${kase.id}`, core });
    const grid = await screen.findByRole('table', { name: 'Consent to share, by agency' });
    const row = within(grid).getByRole('row', { name: /Community Health/ });
    await user.type(
      within(row).getByRole('textbox', { name: 'Form reference: Community Health' }),
      'SIN 130 692 544, cell 416-555-0199',
    );
    const hints = within(row).getByRole('status');
    await within(hints).findByText('Social insurance number: 130 692 544');
    expect(
      within(hints)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      'Replace with [SIN]: 130 692 544',
      'Replace with CC-2026-014: 130 692 544',
      'Ignore: 130 692 544',
      'Replace with [phone]: 416-555-0199',
      'Ignore: 416-555-0199',
    ]);
  });
});

describe('a case review with no case linked', { timeout: 40_000 }, () => {
  it('run mode names it by its kind, asks for a case, and its cover never shows the title', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const { meeting, item } = await unlinkedReviewUnderway(core);
    const { user, container } = await renderApp({ path: `/meetings/${meeting.id}/run`, core });

    const now = await screen.findByRole('heading', { level: 2, name: /^Now/ });
    expect(now).toHaveTextContent(/^Now Case review$/);
    const pick = screen.getByRole('link', { name: 'No case linked — pick a case' });
    expect(pick).toHaveAttribute('href', `/meetings/${meeting.id}/notes?item=${item.id}`);
    expect(container.textContent).not.toMatch(/Lisa Wong|Dave Lee/);
    expect(await axeViolations(container)).toEqual([]);

    await user.keyboard('{Control>}{Shift>}H{/Shift}{/Control}');
    expect(screen.getByText(COVER)).toBeVisible();
    expect(screen.getByText('Case review', { selector: '.privacy-cover__item' })).toBeVisible();
    expect(container.textContent).not.toMatch(/Lisa Wong|Dave Lee/);
  });

  it('the presenter view names now and next by their kind', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const { meeting } = await unlinkedReviewUnderway(core);
    const { container } = await renderApp({ path: `/present/${meeting.id}`, core });
    const title = await screen.findByRole('heading', { level: 1, name: /^Now/ });
    expect(title).toHaveTextContent(/^Now Case review$/);
    expect(screen.getByText('Next:').parentElement).toHaveTextContent(
      'Next: Case review (10 min planned)',
    );
    expect(container.textContent).not.toMatch(/Lisa Wong|Dave Lee/);
  });
});

describe('the privacy screen beyond notes and run mode', { timeout: 40_000 }, () => {
  it('has a fixed name, its state said once by aria-pressed', async () => {
    const core = makeTestCore();
    const { kase } = await seedCase(core);
    const { user } = await renderApp({ path: `/cases/${kase.id}`, core });
    const toggle = await screen.findByRole('button', { name: 'Privacy screen' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Privacy screen' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('covers a case’s facts, consent and reviews, leaving its code', async () => {
    PRIVACY_ON();
    const core = makeTestCore();
    const { kase } = await seedCase(core);
    const { container } = await renderApp({ path: `/cases/${kase.id}`, core });
    expect(await screen.findByRole('heading', { level: 1, name: /CC-2026-014/ })).toBeVisible();
    expect(screen.getByText(COVER)).toBeVisible();
    expect(screen.queryByRole('table', { name: 'Consent to share, by agency' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Reviews' })).toBeNull();
    expect(screen.getByText('J.T.')).not.toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('hides search results while on', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff());
    const item = await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: { title: 'Winter shelter beds', plannedMinutes: 10 },
    });
    await core.ok('note.save', {
      meetingId: meeting.id,
      itemId: item.id,
      doc: docFromText('Evicted in October; staying with a cousin.'),
    });
    const { user } = await renderApp({ path: `/meetings/${meeting.id}/notes`, core });
    await screen.findByRole('button', { name: 'Privacy screen' });
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search' });
    await user.keyboard('evicted');
    expect(
      await within(dialog).findByRole('option', { name: /Winter shelter beds/ }),
    ).toBeVisible();

    await user.keyboard('{Control>}{Shift>}H{/Shift}{/Control}');
    expect(within(dialog).getByText(COVER)).toBeVisible();
    expect(within(dialog).queryByRole('option')).toBeNull();
    expect(within(dialog).getByText(/Winter shelter beds/)).not.toBeVisible();
    expect(within(dialog).getByText(/cousin/)).not.toBeVisible();
  });

  it('announces a case review note by its code, or its kind, never its typed title', async () => {
    const core = makeTestCore();
    const { kase } = await seedCase(core);
    const meeting = await core.ok('meeting.create', oneOff({ kind: 'other' }));
    await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: {
        title: 'Review: Lisa Wong',
        kind: 'case_review',
        caseId: kase.id,
        plannedMinutes: 15,
      },
    });
    await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: { title: 'Review: Dave Lee', kind: 'case_review', plannedMinutes: 15 },
    });
    const { user } = await renderApp({ path: `/meetings/${meeting.id}/notes`, core });
    await screen.findByRole('textbox', { name: 'Notes: General notes' });
    // Down the agenda, past the meeting's opening item: each note is announced as it opens.
    const live = () => document.querySelector('.notes > [aria-live]')?.textContent ?? '';
    const heard: string[] = [];
    while (!heard.includes('Notes open: Case review') && heard.length < 6) {
      const before = live();
      await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
      await waitFor(() => expect(live()).not.toBe(before));
      heard.push(live());
    }
    expect(heard).toContain('Notes open: CC-2026-014');
    expect(heard).toContain('Notes open: Case review');
    expect(heard.join(' ')).not.toMatch(/Lisa Wong|Dave Lee/);
  });
});

describe('consent where it is acted on', { timeout: 40_000 }, () => {
  it('shows each agency’s consent beside its offer, with a reminder where there is none', async () => {
    const core = makeTestCore();
    const { kase, shelter, health, police } = await seedCase(core);
    const housing = await core.ok('org.create', { name: 'Housing Help Desk' });
    await core.ok('case.setConsent', {
      caseId: kase.id,
      organizationId: shelter.id,
      consent: 'yes',
    });
    await core.ok('case.setConsent', {
      caseId: kase.id,
      organizationId: health.id,
      consent: 'yes',
      consentDate: '2025-11-01',
      expiresOn: '2026-11-01',
    });
    await core.ok('case.setConsent', { caseId: kase.id, organizationId: police.id, consent: 'no' });
    const meeting = await core.ok('meeting.create', oneOff({ kind: 'other' }));
    const item = await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: { title: 'Case review', kind: 'case_review', caseId: kase.id, plannedMinutes: 15 },
    });
    await core.ok('attendance.add', {
      meetingId: meeting.id,
      organizationId: housing.id,
      status: 'present',
    });
    const { container } = await renderApp({
      path: `/meetings/${meeting.id}/notes?item=${item.id}`,
      core,
    });
    const offers = await screen.findByRole('group', { name: 'What each agency can offer' });
    const reminder = 'Keep it de-identified for this agency.';
    // Said with each agency's field (its description), in words beside the icon.
    const consentOf = (name: string) => {
      const field = within(offers).getByRole('textbox', { name });
      const id = field.getAttribute('aria-describedby') ?? '';
      return document.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim();
    };
    await waitFor(() => expect(consentOf('Police Liaison')).toBe(`Consent: No ${reminder}`));
    expect(consentOf('Shelter North')).toBe('Consent: Yes');
    expect(consentOf('Community Health')).toMatch(/^Consent: Expired on .+ Keep it de-identified/);
    expect(consentOf('Housing Help Desk')).toBe(`Consent: Not on the case ${reminder}`);
    expect(within(offers).getAllByText(reminder, { exact: false })).toHaveLength(3);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps and saves a form reference typed beside an expiry that is refused', async () => {
    const core = makeTestCore();
    const { kase, health } = await seedCase(core);
    await core.ok('case.setConsent', {
      caseId: kase.id,
      organizationId: health.id,
      consent: 'yes',
      consentDate: '2026-10-01',
    });
    const { user } = await renderApp({ path: `/cases/${kase.id}`, core });
    const grid = await screen.findByRole('table', { name: 'Consent to share, by agency' });
    const row = () => within(grid).getByRole('row', { name: /Community Health/ });
    await typeDate(
      user,
      within(row()).getByRole('group', { name: /Consent expires/ }),
      '2026-09-01',
    );
    const form = within(row()).getByRole('textbox', { name: 'Form reference: Community Health' });
    await user.type(form, 'Binder 3, tab 12');
    await user.tab();

    expect(await within(row()).findByText('The end date is before the start date.')).toBeVisible();
    expect(form).toHaveValue('Binder 3, tab 12');
    await waitFor(async () => {
      const saved = await core.ok('case.get', { id: kase.id });
      expect(saved.agencies.find((a) => a.organizationId === health.id)).toMatchObject({
        consentDate: '2026-10-01',
        expiresOn: null,
        formReference: 'Binder 3, tab 12',
      });
    });
    // What was typed stays in view, with the reason, until it is corrected.
    expect(within(row()).getByText('The end date is before the start date.')).toBeVisible();
    expect(form).toHaveValue('Binder 3, tab 12');
  });

  it('names guests present without consent by their agency, never by their name', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const { kase } = await seedCase(core);
    const meeting = await seedMeeting(core, [{ title: 'Welcome and goal', minutes: 5 }]);
    const item = await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: { title: 'Case review', kind: 'case_review', caseId: kase.id, plannedMinutes: 15 },
    });
    await core.ok('attendance.add', {
      meetingId: meeting.id,
      guestName: 'Dave Lee',
      guestOrganization: 'Police Liaison Unit',
      status: 'present',
    });
    await core.ok('attendance.add', {
      meetingId: meeting.id,
      guestName: 'Mia Roy',
      status: 'present',
    });
    await core.ok('run.start', { meetingId: meeting.id });
    await core.ok('run.goto', { meetingId: meeting.id, itemId: item.id });
    await renderApp({ path: `/meetings/${meeting.id}/run`, core });
    const check = await screen.findByRole('note', { name: 'Present without consent on file:' });
    expect(
      within(check)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Guest from Police Liaison Unit (not on the case)', 'Guest (not on the case)']);
    expect(check).not.toHaveTextContent(/Dave Lee|Mia Roy/);
  });
});
