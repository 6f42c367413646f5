import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { download } from '../../../../renderer/components/download';
import { renderApp } from '../../../helpers/render';
import {
  axeViolations,
  choose,
  coreOnTestDay,
  issueRow,
  seedIssues,
  titlesInOrder,
} from './fixtures';

vi.mock('../../../../renderer/components/download', () => ({ download: vi.fn() }));

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(download).mockClear();
});

describe('system issues screen', () => {
  it('logs a new issue with a suggested tag and one of its own, and lists it', async () => {
    const core = coreOnTestDay();
    const { user } = await renderApp({ path: '/system-issues', core });
    expect(await screen.findByRole('heading', { level: 1, name: 'System issues' })).toBeVisible();
    expect(screen.getByText(/No system issue logged yet/)).toBeVisible();
    expect(screen.getAllByText(/No client identifiers here/)[0]).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Log a system issue' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log a system issue' });
    // Nothing typed: the title is required.
    await user.click(within(dialog).getByRole('button', { name: 'Log the issue' }));
    expect(await within(dialog).findByText('This field is required.')).toBeVisible();

    await user.type(
      within(dialog).getByRole('textbox', { name: /^Title/ }),
      'No detox beds on weekends',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Description' }),
      'Call 613-555-0199 for the intake line.',
    );
    // The identifier hint shows under the description, non-blocking.
    expect(await within(dialog).findByText(/613-555-0199/, { selector: 'span' })).toBeVisible();
    await user.click(within(dialog).getByRole('radio', { name: 'Change needed in the system' }));

    // A suggested tag by part of its name, then one typed and added with Enter.
    const tagInput = within(dialog).getByRole('combobox', { name: 'Add a tag' });
    await user.type(tagInput, 'hous');
    await user.click(await screen.findByRole('option', { name: 'Housing supply' }));
    await user.type(tagInput, 'Youth services{Enter}');
    // The list stays open for the next tag; Escape closes it (and only it).
    await user.keyboard('{Escape}');
    const chosen = within(dialog).getByRole('list', { name: 'Tags chosen' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Housing supply×', 'Youth services×']);
    // The typed name of a suggested tag is that tag, not a second spelling of it.
    await user.type(tagInput, 'Funding{Enter}');
    await user.keyboard('{Escape}');
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(3);
    await user.click(within(dialog).getByRole('button', { name: 'Remove the tag Funding' }));
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(2);

    expect(await axeViolations(dialog)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Log the issue' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const row = issueRow('No detox beds on weekends');
    expect(within(row).getByText('Change needed in the system')).toBeVisible();
    expect(within(row).getByText('Housing supply')).toBeVisible();
    expect(within(row).getByText('Youth services')).toBeVisible();
    expect(within(row).getByText('Raised once, on Mon, Nov 23, 2026')).toBeVisible();
    expect(within(row).getByText('Open')).toBeVisible();
    const [saved] = await core.ok('systemIssue.list', { sort: 'frequency' });
    expect(saved).toMatchObject({
      category: 'change_needed',
      tags: ['housing_supply', 'Youth services'],
      raises: [{ raisedOn: '2026-11-23', meetingId: null }],
    });
  });

  it('sorts by how often or how recently, and raising again changes the order', async () => {
    const core = coreOnTestDay();
    const { discharge } = await seedIssues(core);
    const { user } = await renderApp({ path: '/system-issues', core });
    await screen.findByRole('table', { name: /^System issues/ });
    expect(titlesInOrder()).toEqual([
      'Detox waitlist over six weeks',
      'Discharges to shelters on Fridays',
    ]);
    expect(
      within(issueRow('Detox waitlist over six weeks')).getByText(
        'Raised 2 times, last on Thu, Oct 15, 2026',
      ),
    ).toBeVisible();

    await user.click(screen.getByRole('radio', { name: 'Most recent' }));
    await waitFor(() =>
      expect(titlesInOrder()).toEqual([
        'Discharges to shelters on Fridays',
        'Detox waitlist over six weeks',
      ]),
    );
    await user.click(screen.getByRole('radio', { name: 'Most raised' }));
    await waitFor(() => expect(titlesInOrder()[0]).toBe('Detox waitlist over six weeks'));

    // Raised again today: two raises each, and it is the more recent.
    await user.click(screen.getByRole('button', { name: 'Discharges to shelters on Fridays' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discharges to shelters on Fridays' });
    expect(within(dialog).getByText('This is the only time it was raised', { exact: false }));
    await user.type(
      within(dialog).getByRole('textbox', { name: /What was said/ }),
      'Two more this month.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record this time' }));
    expect(await within(dialog).findByRole('heading', { name: 'Raised 2 times' })).toBeVisible();
    expect(await axeViolations(dialog)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(titlesInOrder()).toEqual([
        'Discharges to shelters on Fridays',
        'Detox waitlist over six weeks',
      ]),
    );
    const after = await core.ok('systemIssue.get', { id: discharge.id });
    expect(after.raises.map((r) => [r.raisedOn, r.note])).toEqual([
      ['2026-11-20', ''],
      ['2026-11-23', 'Two more this month.'],
    ]);
  });

  it('filters by category, tag and status, and edits an issue’s status', async () => {
    const core = coreOnTestDay();
    await seedIssues(core);
    const { user } = await renderApp({ path: '/system-issues', core });
    await screen.findByRole('table', { name: /^System issues/ });

    await choose(user, screen.getByRole('button', { name: /Tag$/ }), 'Hospital liaison');
    await waitFor(() => expect(titlesInOrder()).toEqual(['Discharges to shelters on Fridays']));
    await choose(user, screen.getByRole('button', { name: /Tag$/ }), 'All tags');
    await choose(user, screen.getByRole('button', { name: /Category$/ }), 'Difficulty arising');
    await waitFor(() => expect(titlesInOrder()).toEqual(['Detox waitlist over six weeks']));
    await choose(user, screen.getByRole('button', { name: /Category$/ }), 'All categories');

    // Escalated: the filter on open issues no longer shows it.
    await user.click(screen.getByRole('button', { name: 'Detox waitlist over six weeks' }));
    const dialog = await screen.findByRole('dialog', { name: 'Detox waitlist over six weeks' });
    await choose(user, within(dialog).getByRole('button', { name: /Status$/ }), 'Escalated');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Changes saved.')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(issueRow('Detox waitlist over six weeks')).getByText('Escalated')).toBeVisible();
    await choose(user, screen.getByRole('button', { name: /Status$/ }), 'Open');
    await waitFor(() => expect(titlesInOrder()).toEqual(['Discharges to shelters on Fridays']));
  });

  it('removes a raise (with Undo) but never the last one', async () => {
    const core = coreOnTestDay();
    const { waitlist } = await seedIssues(core);
    const { user } = await renderApp({ path: `/system-issues?issue=${waitlist.id}`, core });
    const dialog = await screen.findByRole('dialog', { name: 'Detox waitlist over six weeks' });
    const raises = within(dialog).getByRole('table', { name: /^Times “Detox waitlist/ });
    expect(
      within(raises)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['Thu, Oct 15, 2026', 'Thu, Oct 1, 2026']);
    await user.click(
      within(raises).getByRole('button', { name: 'Remove the time raised on Thu, Oct 1, 2026' }),
    );
    expect(await within(dialog).findByRole('heading', { name: 'Raised once' })).toBeVisible();
    // The only raise left has no remove button: the issue goes only by deleting it.
    expect(within(dialog).queryByRole('button', { name: /^Remove the time/ })).toBeNull();
    expect(within(dialog).getByText(/only time it was raised/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(dialog).findByRole('heading', { name: 'Raised 2 times' })).toBeVisible();
    const restored = await core.ok('systemIssue.get', { id: waitlist.id });
    expect(restored.raises.map((r) => [r.raisedOn, r.note])).toEqual([
      ['2026-10-01', 'Three agencies saw it.'],
      ['2026-10-15', ''],
    ]);
  });

  it('deletes an issue and brings it back with Undo', async () => {
    const core = coreOnTestDay();
    await seedIssues(core);
    const { user } = await renderApp({ path: '/system-issues', core });
    await screen.findByRole('table', { name: /^System issues/ });
    await user.click(screen.getByRole('button', { name: 'Detox waitlist over six weeks' }));
    const dialog = await screen.findByRole('dialog', { name: 'Detox waitlist over six weeks' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete this issue' }));
    await waitFor(() => expect(titlesInOrder()).toEqual(['Discharges to shelters on Fridays']));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText('“Detox waitlist over six weeks” deleted.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titlesInOrder()).toHaveLength(2));
  });

  it('exports the list as shown, in the app’s language, and the export is logged', async () => {
    const core = coreOnTestDay();
    await seedIssues(core);
    const { user, container } = await renderApp({
      path: '/system-issues',
      core,
      settings: { language: 'fr' },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enjeux systémiques' }),
    ).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'CSV (tableur)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [filename, content, type] = vi.mocked(download).mock.calls[0]!;
    expect(filename).toMatch(/^enjeux-systemiques.*\.csv$/);
    expect(type).toMatch(/^text\/csv/);
    expect(String(content)).toContain('Detox waitlist over six weeks');
    expect(String(content)).toContain('Planification du congé');
    expect(await screen.findByText(/inscrites au journal d’accès/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Rapport (HTML)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    expect(vi.mocked(download).mock.calls[1]![0]).toMatch(/\.html$/);

    const log = await core.ok('accessLog.list', {});
    expect(log.map((e) => [e.action, e.what])).toEqual([
      ['export', 'Registre des enjeux systémiques exporté (HTML)'],
      ['export', 'Registre des enjeux systémiques exporté (CSV)'],
    ]);
  });
});
