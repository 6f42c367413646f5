import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { oneOff } from '../../../helpers/meetings';
import { renderApp } from '../../../helpers/render';
import { axeViolations, seedCase } from './fixtures';

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

const consentRow = (name: string) => {
  const grid = screen.getByRole('table', { name: 'Consent to share, by agency' });
  return within(grid).getByRole('row', { name: new RegExp(name) });
};

// Forms typed through a real core: slow on a loaded runner, not broken.
describe('case detail', { timeout: 40_000 }, () => {
  it('sets consent per agency, flags an expired one in words, and adds and removes agencies', async () => {
    const core = makeTestCore();
    const { kase, health } = await seedCase(core);
    const other = await core.ok('org.create', { name: 'Employment Services' });
    const { user, container } = await renderApp({ path: `/cases/${kase.id}`, core });

    expect(await screen.findByRole('heading', { level: 1, name: /CC-2026-014/ })).toBeVisible();
    // The next review was on November 20; today is the 23rd.
    expect(screen.getByText(/^Due for review on/)).toBeVisible();
    expect(screen.getByText('3 agencies without consent')).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);

    // Community Health: consent given, but it ran out on November 1.
    let row = consentRow('Community Health');
    await user.click(within(row).getByRole('button', { name: /Consent: Community Health/ }));
    await user.click(await screen.findByRole('option', { name: 'Yes' }));
    await waitFor(async () => {
      const saved = await core.ok('case.get', { id: kase.id });
      expect(saved.agencies.find((a) => a.organizationId === health.id)?.consent).toBe('yes');
    });
    row = consentRow('Community Health');
    await typeDate(user, within(row).getByRole('group', { name: /Consent expires/ }), '2026-11-01');
    await user.type(
      within(row).getByRole('textbox', { name: 'Form reference: Community Health' }),
      'Binder 3, tab 12',
    );
    await user.tab();

    expect(await within(consentRow('Community Health')).findByText(/^Expired on/)).toBeVisible();
    const saved = await core.ok('case.get', { id: kase.id });
    expect(saved.agencies.find((a) => a.organizationId === health.id)).toMatchObject({
      consent: 'yes',
      expiresOn: '2026-11-01',
      formReference: 'Binder 3, tab 12',
      expired: true,
    });
    // An expired consent is still a gap.
    expect(screen.getByText('3 agencies without consent')).toBeVisible();

    await user.click(screen.getByRole('button', { name: /Add an agency$/ }));
    await user.click(await screen.findByRole('option', { name: 'Employment Services' }));
    await user.click(screen.getByRole('button', { name: 'Add agency' }));
    expect(await screen.findByRole('row', { name: /Employment Services/ })).toBeVisible();

    await user.click(
      within(consentRow('Employment Services')).getByRole('button', {
        name: 'Remove: Employment Services',
      }),
    );
    const toast = await screen.findByRole('alertdialog', { name: /Employment Services removed/ });
    await waitFor(() =>
      expect(screen.queryByRole('row', { name: /Employment Services/ })).toBeNull(),
    );
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('row', { name: /Employment Services/ })).toBeVisible();
    expect(
      (await core.ok('case.get', { id: kase.id })).agencies.map((a) => a.organizationId),
    ).toContain(other.id);
    // The lead agency cannot be removed: it is always involved.
    expect(
      within(consentRow('Shelter North')).queryByRole('button', { name: /Remove/ }),
    ).toBeNull();
  });

  it('shows every review of the case on its timeline, with the meeting, actions and their status', async () => {
    const core = makeTestCore();
    const { kase, shelter } = await seedCase(core);
    const meeting = await core.ok(
      'meeting.create',
      oneOff({ kind: 'case_consultation', title: 'Complex case consultation' }),
    );
    const item = await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: {
        title: 'Review',
        kind: 'case_review',
        caseId: kase.id,
        presenterOrganizationId: shelter.id,
      },
    });
    await core.ok('caseReview.save', {
      itemId: item.id,
      situation: 'Housing search stalled; income support under review.',
      questions: 'Is a rent supplement possible?',
      offers: [{ organizationId: shelter.id, offer: 'A bed until the end of the month' }],
    });
    await core.ok('decision.add', {
      meetingId: meeting.id,
      itemId: item.id,
      text: 'Refer to the housing help desk',
    });
    await core.ok('action.add', {
      meetingId: meeting.id,
      itemId: item.id,
      description: 'Book a housing help desk appointment',
      organizationId: shelter.id,
      dueDate: '2026-12-04',
    });
    const { container } = await renderApp({ path: `/cases/${kase.id}`, core });

    const timeline = await screen.findByRole('region', { name: 'Reviews' });
    const entry = await within(timeline).findByRole('article', {
      name: 'Tuesday, December 1, 2026',
    });
    expect(within(entry).getByRole('link', { name: 'Complex case consultation' })).toHaveAttribute(
      'href',
      `/meetings/${meeting.id}`,
    );
    expect(entry).toHaveTextContent('Shelter North');
    expect(entry).toHaveTextContent('Housing search stalled; income support under review.');
    expect(entry).toHaveTextContent('Is a rent supplement possible?');
    expect(entry).toHaveTextContent('Shelter North: A bed until the end of the month');
    expect(entry).toHaveTextContent('Refer to the housing help desk');
    const action = within(entry).getByText('Book a housing help desk appointment').closest('li')!;
    expect(action).toHaveTextContent('Open');
    expect(action).toHaveTextContent(/due/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('closes with a date and a reason, reopens, and deletes with an Undo', async () => {
    const core = makeTestCore();
    const { kase } = await seedCase(core);
    const { user } = await renderApp({ path: `/cases/${kase.id}`, core });

    await user.click(await screen.findByRole('button', { name: 'Close case…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close case CC-2026-014' });
    await user.click(within(dialog).getByRole('button', { name: 'Close case' }));
    expect(within(dialog).getByRole('textbox', { name: /^Reason/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Goals met');
    await user.click(within(dialog).getByRole('button', { name: 'Close case' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Closed/ })).toBeVisible();
    expect(screen.getByText('Goals met')).toBeVisible();
    // A closed case is not due for review.
    expect(screen.queryByText(/^Due for review on/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Open/ })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const toast = await screen.findByRole('alertdialog', { name: /Case CC-2026-014 deleted/ });
    expect(await screen.findByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
    expect(await core.ok('case.list', {})).toHaveLength(0);
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 1, name: /CC-2026-014/ })).toBeVisible();
    expect(await core.ok('case.list', {})).toHaveLength(1);
  });
});
