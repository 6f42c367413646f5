import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { biweekly } from '../../../helpers/meetings';
import { renderApp } from '../../../helpers/render';

/**
 * A case consultation series: an action decided at its first meeting, and its second meeting,
 * whose "Review of open actions" item (from the template) is where it is followed up.
 */
async function seriesWithOpenAction(core: TestCore, dueDate: string | null = '2020-01-15') {
  const shelter = await core.ok('org.create', { name: 'Shelter North' });
  const { series, firstMeeting } = await core.ok('series.create', biweekly());
  const action = await core.ok('action.add', {
    meetingId: firstMeeting.id,
    description: 'Send the referral form to every partner',
    organizationId: shelter.id,
    personName: 'Marie Gagnon',
    dueDate,
  });
  const second = await core.ok('series.prepareOccurrence', {
    id: series.id,
    originalDate: '2026-12-15',
    language: 'en',
  });
  const { items } = await core.ok('meeting.get', { id: second.id });
  const review = items.find((item) => item.kind === 'action_review');
  if (!review) throw new Error('The template has no review item');
  return { action, second, review };
}

const reviewed = async (core: TestCore, meetingId: string) =>
  (await core.ok('action.forReview', { meetingId }))[0];

describe('review of open actions', () => {
  it('lists the series’ open actions with who, when, overdue and where they come from', async () => {
    const core = makeTestCore();
    const { second, review } = await seriesWithOpenAction(core);
    await renderApp({ path: `/meetings/${second.id}/notes?item=${review.id}`, core });

    const panel = await screen.findByRole('region', { name: 'Open actions to review' });
    const row = (await within(panel).findByText('Send the referral form to every partner')).closest(
      'li',
    )!;
    expect(within(row).getByText('Shelter North, Marie Gagnon')).toBeVisible();
    // Overdue in words, not only in colour.
    expect(within(row).getByText(/^Overdue: due .*Jan 15, 2020/)).toBeVisible();
    expect(
      within(row).getByRole('link', { name: /^Complex case consultation, .*Dec 1, 2026/ }),
    ).toBeVisible();
  });

  it('marks the actions decided under internal or confidential items, in words and a shape', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    const { items } = await core.ok('meeting.get', { id: firstMeeting.id });
    const levels = ['shareable', 'internal', 'confidential'] as const;
    for (const [index, level] of levels.entries()) {
      const item = items[index]!;
      await core.ok('agenda.update', { id: item.id, changes: { confidentiality: level } });
      await core.ok('action.add', {
        meetingId: firstMeeting.id,
        itemId: item.id,
        description: `Action under a ${level} item`,
      });
    }
    const second = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-12-15',
      language: 'en',
    });
    const review = (await core.ok('meeting.get', { id: second.id })).items.find(
      (item) => item.kind === 'action_review',
    )!;
    await renderApp({ path: `/meetings/${second.id}/notes?item=${review.id}`, core });

    const panel = await screen.findByRole('region', { name: 'Open actions to review' });
    const line = async (level: string) =>
      (await within(panel).findByText(`Action under a ${level} item`, { exact: false })).closest(
        'p',
      )!;
    expect(await line('shareable')).toHaveTextContent(/^Action under a shareable item$/);
    for (const [level, word] of [
      ['internal', 'Internal'],
      ['confidential', 'Confidential'],
    ] as const) {
      const text = await line(level);
      expect(text).toHaveTextContent(`Action under a ${level} item ${word}`);
      // The icon's shape says it too, for those who do not read the word at a glance.
      expect(text.querySelector(`svg.confidentiality-icon--${level}`)).not.toBeNull();
    }
  });

  it('marks an action done, and takes it back by pressing Done again', async () => {
    const core = makeTestCore();
    const { action, second, review } = await seriesWithOpenAction(core);
    const { user } = await renderApp({
      path: `/meetings/${second.id}/notes?item=${review.id}`,
      core,
    });

    const outcome = await screen.findByRole('group', {
      name: 'Outcome for: Send the referral form to every partner',
    });
    const done = within(outcome).getByRole('button', { name: 'Done' });
    expect(done).toHaveAttribute('aria-pressed', 'false');

    await user.click(done);
    await expect.poll(async () => (await reviewed(core, second.id))?.outcome).toBe('done');
    expect((await reviewed(core, second.id))?.status).toBe('done');
    expect(within(outcome).getByRole('button', { name: 'Done' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(within(outcome).getByRole('button', { name: 'Done' }));
    await expect.poll(async () => (await reviewed(core, second.id))?.outcome).toBeNull();
    const [reopened] = (
      await core.ok('action.list', { meetingId: action.meetingId, today: '2026-11-23' })
    ).items;
    expect(reopened?.status).toBe('open');
    expect(within(outcome).getByRole('button', { name: 'Done' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('carries an action forward or drops it, one outcome at a time', async () => {
    const core = makeTestCore();
    const { second, review } = await seriesWithOpenAction(core);
    const { user } = await renderApp({
      path: `/meetings/${second.id}/notes?item=${review.id}`,
      core,
    });
    const outcome = await screen.findByRole('group', { name: /^Outcome for:/ });

    await user.click(within(outcome).getByRole('button', { name: 'Carry forward' }));
    await expect.poll(async () => (await reviewed(core, second.id))?.outcome).toBe('carried');
    expect((await reviewed(core, second.id))?.status).toBe('open');

    await user.click(within(outcome).getByRole('button', { name: 'Drop' }));
    await expect.poll(async () => (await reviewed(core, second.id))?.outcome).toBe('dropped');
    expect((await reviewed(core, second.id))?.status).toBe('dropped');
    expect(within(outcome).getByRole('button', { name: 'Drop' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(outcome).getByRole('button', { name: 'Carry forward' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('changes an action in place: a new due date and someone else', async () => {
    const core = makeTestCore();
    const { second, review } = await seriesWithOpenAction(core, '2099-06-01');
    const { user } = await renderApp({
      path: `/meetings/${second.id}/notes?item=${review.id}`,
      core,
    });
    const panel = await screen.findByRole('region', { name: 'Open actions to review' });
    expect(within(panel).queryByText(/^Overdue/)).toBeNull();

    await user.click(
      await within(panel).findByRole('button', {
        name: 'Edit: Send the referral form to every partner',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit action' });
    const name = within(dialog).getByRole('textbox', { name: /^Their name/ });
    await user.clear(name);
    await user.type(name, 'Luc Bergeron');
    // Counted from this meeting (2026-12-15): the one being held.
    await user.click(within(dialog).getByRole('button', { name: /^In one week/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await expect
      .poll(async () => (await reviewed(core, second.id))?.personName)
      .toBe('Luc Bergeron');
    expect((await reviewed(core, second.id))?.dueDate).toBe('2026-12-22');
    expect(await within(panel).findByText('Shelter North, Luc Bergeron')).toBeVisible();
  }, 15_000);

  it('says so when nothing is left to review', async () => {
    const core = makeTestCore();
    const { series } = await core.ok('series.create', biweekly());
    const second = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-12-15',
      language: 'en',
    });
    const { items } = await core.ok('meeting.get', { id: second.id });
    const review = items.find((item) => item.kind === 'action_review')!;
    await renderApp({ path: `/meetings/${second.id}/notes?item=${review.id}`, core });
    expect(
      await screen.findByText('No open actions from earlier meetings of this series.'),
    ).toBeVisible();
  });
});
