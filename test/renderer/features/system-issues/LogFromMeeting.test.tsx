import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { oneOff } from '../../../helpers/meetings';
import { renderApp } from '../../../helpers/render';
import { makeTestCore } from '../../../helpers/core';
import { followCoreClock, NINE_AM, seedMeeting } from '../run/run-fixtures';
import { axeViolations, coreOnTestDay, issueRow, seedIssues } from './fixtures';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('logging a system issue from a meeting', () => {
  it('logs a new issue raised at the meeting, on its day, from the notes screen', async () => {
    const core = coreOnTestDay();
    const meeting = await core.ok('meeting.create', oneOff());
    const { user } = await renderApp({ path: `/meetings/${meeting.id}/notes`, core });
    await screen.findByRole('heading', { level: 1, name: /^Notes: Housing First committee/ });

    await user.click(screen.getByRole('button', { name: 'Log a system issue' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Log a system issue raised at this meeting',
    });
    expect(
      within(dialog).getByText('Raised at Housing First committee, Tue, Dec 1, 2026.'),
    ).toBeVisible();
    expect(within(dialog).getByRole('radio', { name: 'New to the log' })).toBeChecked();
    // The meeting is the raise's: no day or meeting to choose.
    expect(within(dialog).queryByRole('combobox', { name: /^Meeting/ })).toBeNull();
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Title/ }),
      'Youth aging out of care have no housing plan',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /What was said/ }),
      'Raised by two agencies.',
    );
    expect(await axeViolations(dialog)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Log the issue' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await screen.findByText(
        '“Youth aging out of care have no housing plan” logged as a system issue.',
      ),
    ).toBeVisible();

    const [issue] = await core.ok('systemIssue.list', { sort: 'frequency' });
    expect(issue!.raises).toMatchObject([
      {
        meetingId: meeting.id,
        meetingTitle: 'Housing First committee',
        raisedOn: '2026-12-01',
        note: 'Raised by two agencies.',
      },
    ]);
  });

  it('records an issue already on the log as raised again at the meeting', async () => {
    const core = coreOnTestDay();
    const { waitlist } = await seedIssues(core);
    const meeting = await core.ok('meeting.create', oneOff({ date: '2026-11-23' }));
    const { user } = await renderApp({ path: `/meetings/${meeting.id}/notes`, core });
    await screen.findByRole('heading', { level: 1, name: /^Notes: Housing First committee/ });

    await user.click(screen.getByRole('button', { name: 'Log a system issue' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Log a system issue raised at this meeting',
    });
    await user.click(
      within(dialog).getByRole('radio', { name: 'Already on the log, raised again' }),
    );
    // Nothing chosen yet: said on the field.
    await user.click(within(dialog).getByRole('button', { name: 'Record it as raised again' }));
    expect(await within(dialog).findByText('This field is required.')).toBeVisible();

    await user.type(
      within(dialog).getByRole('combobox', { name: 'Issue already on the log' }),
      'detox',
    );
    await user.click(await screen.findByRole('option', { name: /^Detox waitlist over six weeks/ }));
    expect(await axeViolations(dialog)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Record it as raised again' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await screen.findByText(
        '“Detox waitlist over six weeks” recorded as raised again: 3 times in all.',
      ),
    ).toBeVisible();
    const after = await core.ok('systemIssue.get', { id: waitlist.id });
    expect(after.raises.at(-1)).toMatchObject({ meetingId: meeting.id, raisedOn: '2026-11-23' });
  });

  it('on the log itself, a raise at a meeting is on that meeting’s day', async () => {
    const core = coreOnTestDay();
    await core.ok('meeting.create', oneOff({ title: 'Interagency table', date: '2026-11-17' }));
    const { user } = await renderApp({ path: '/system-issues', core });
    await user.click(await screen.findByRole('button', { name: 'Log a system issue' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log a system issue' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Title/ }), 'Funding gaps');
    await user.click(within(dialog).getByRole('combobox', { name: /^Meeting/ }));
    await user.click(await screen.findByRole('option', { name: /^Interagency table/ }));
    expect(
      within(dialog).getByText('Raised on the meeting’s day, Tue, Nov 17, 2026.'),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Log the issue' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      within(issueRow('Funding gaps')).getByText('Raised once, on Tue, Nov 17, 2026'),
    ).toBeVisible();
  });

  it('is offered in run mode too, with the meeting preset', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const meeting = await seedMeeting(core, [{ title: 'Gaps in the system', minutes: 10 }]);
    await core.ok('run.start', { meetingId: meeting.id });
    const { user } = await renderApp({ path: `/meetings/${meeting.id}/run`, core });
    await user.click(await screen.findByRole('button', { name: 'Log a system issue' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Log a system issue raised at this meeting',
    });
    expect(
      within(dialog).getByText('Raised at Housing First committee, Mon, Nov 23, 2026.'),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
