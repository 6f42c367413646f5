import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { RichDoc } from '../../../../shared/domain/rich-text';
import { makeTestCore } from '../../../helpers/core';
import { oneOff } from '../../../helpers/meetings';
import { renderApp } from '../../../helpers/render';

/** The test clock's day: 24 months back is 2024-11-23. */
const NOW = Date.UTC(2026, 10, 23, 14, 0);

const doc = (text: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

async function axeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Two cases reviewed in February 2024: one closed in June 2024 (due under 24 months), one closed
 * in June 2025 (due only under 12); then the clock moves to 2026-11-23.
 */
async function closedCases() {
  const core = makeTestCore({ start: Date.UTC(2024, 0, 10, 14, 0), osUser: 'ana' });
  const shelter = await core.ok('org.create', { name: 'Shelter North' });
  const old = await core.ok('case.create', { code: 'CC-2024-001', initials: 'J.D.' });
  const later = await core.ok('case.create', { code: 'CC-2024-002' });
  const meeting = await core.ok(
    'meeting.create',
    oneOff({ title: 'Case consultation', date: '2024-02-06' }),
  );
  const item = await core.ok('agenda.add', {
    meetingId: meeting.id,
    item: { title: 'Case review', kind: 'case_review', caseId: old.id },
  });
  await core.ok('caseReview.save', {
    itemId: item.id,
    situation: 'Staying with her sister',
    questions: 'Is the sister still able to host?',
    offers: [{ organizationId: shelter.id, offer: 'A bed from March' }],
  });
  await core.ok('note.save', { meetingId: meeting.id, itemId: item.id, doc: doc('She said yes') });
  await core.ok('decision.add', {
    meetingId: meeting.id,
    itemId: item.id,
    text: 'Refer to Housing First',
  });
  await core.ok('action.add', {
    meetingId: meeting.id,
    itemId: item.id,
    description: 'Book the intake appointment',
  });
  await core.ok('case.close', { id: old.id, closedOn: '2024-06-30', reason: 'Housed' });
  await core.ok('case.close', { id: later.id, closedOn: '2025-06-01', reason: 'Moved away' });
  core.clock.set(NOW);
  return { core, old, later };
}

const previewTable = () => screen.getByRole('table', { name: 'Cases due for purging' });
const dueCodes = () =>
  within(previewTable())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

async function choose(user: UserEvent, button: HTMLElement, option: string) {
  await user.click(button);
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('Settings › Privacy', () => {
  it('is reached from Settings, and says what retention purges and keeps', async () => {
    const { core } = await closedCases();
    const { user, container } = await renderApp({ path: '/settings', core });
    await user.click(await screen.findByRole('link', { name: 'Data retention and access log' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
    expect(screen.getByRole('button', { name: /24 months after it closes/ })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'What is purged' })).toBeVisible();
    expect(screen.getByText('The case’s initials')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'What is kept' })).toBeVisible();
    expect(screen.getByText('The actions agreed for it, with their outcomes')).toBeVisible();

    expect(
      await screen.findByText('Cases closed on or before Sat, Nov 23, 2024 are due.'),
    ).toBeVisible();
    expect(dueCodes()).toEqual(['CC-2024-001']);
    const row = within(previewTable())
      .getByRole('rowheader', { name: 'CC-2024-001' })
      .closest('tr')!;
    expect(within(row).getByText('Sun, Jun 30, 2024')).toBeVisible();
    expect(within(row).getByText('initials, 1 case review, notes of 1 item')).toBeVisible();
    expect(within(row).getByText('case code, 1 decision, 1 action')).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('follows the retention period set, down to never', async () => {
    const { core } = await closedCases();
    const { user } = await renderApp({ path: '/settings/privacy', core });
    await screen.findByRole('table', { name: 'Cases due for purging' });

    await choose(
      user,
      screen.getByRole('button', { name: /Purge a closed case’s notes and initials/ }),
      '12 months after it closes',
    );
    await waitFor(() => expect(dueCodes()).toEqual(['CC-2024-001', 'CC-2024-002']));
    expect((await core.ok('settings.get', {})).retentionMonths).toBe(12);

    await choose(
      user,
      screen.getByRole('button', { name: /Purge a closed case’s notes and initials/ }),
      'Never',
    );
    expect(await screen.findByText(/Retention is set to “Never”/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Purge / })).toBeNull();
  });

  it('purges the due cases after asking, and the access log shows the purge and an export', async () => {
    const { core, old } = await closedCases();
    await core.ok('systemIssue.add', { title: 'Detox waitlist', raisedOn: '2026-11-20' });
    await core.ok('systemIssue.export', { format: 'csv', language: 'en' });
    const { user, container } = await renderApp({ path: '/settings/privacy', core });
    await screen.findByRole('table', { name: 'Cases due for purging' });
    expect(screen.getByRole('link', { name: 'Backups and data' })).toHaveAttribute(
      'href',
      '/settings/backups',
    );

    // Asked first; Cancel changes nothing.
    await user.click(screen.getByRole('button', { name: 'Purge this case' }));
    let question = await screen.findByRole('alertdialog', { name: 'Purge this case?' });
    expect(within(question).getByText(/cannot be undone/)).toBeVisible();
    expect(within(question).getByText(/backup made just before is recommended/)).toBeVisible();
    expect(await axeViolations(question)).toEqual([]);
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect((await core.ok('case.get', { id: old.id })).purgedAt).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Purge this case' }));
    question = await screen.findByRole('alertdialog', { name: 'Purge this case?' });
    await user.click(within(question).getByRole('button', { name: 'Purge the case' }));
    expect(
      await screen.findByText('One case purged. The purge is written to the access log.'),
    ).toBeVisible();
    expect(await screen.findByText('No case is due for purging.')).toBeVisible();
    const purged = await core.ok('case.get', { id: old.id });
    expect(purged).toMatchObject({ code: 'CC-2024-001', initials: '' });
    expect(purged.purgedAt).not.toBeNull();

    const log = screen.getByRole('table', { name: 'Access log, newest first' });
    const rows = within(log).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Purged 1 case: CC-2024-001');
    expect(within(rows[0]!).getByText('Purge')).toBeVisible();
    expect(within(rows[0]!).getByText('ana')).toBeVisible();
    expect(within(rows[0]!).getByText(/November 23, 2026/)).toBeVisible();
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent(
      'System issues log exported (CSV)',
    );
    expect(within(rows[1]!).getByText('Export')).toBeVisible();
    expect(
      screen.getByText(/Every export, backup, restore, archive import and purge/),
    ).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });
});
