import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { oneOff } from '../../../helpers/meetings';
import { renderApp } from '../../../helpers/render';
import { axeViolations, seedCase } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

/** A case consultation with a case review of the seeded case, the shelter presenting. */
async function reviewMeeting(core: TestCore) {
  const seeded = await seedCase(core);
  const meeting = await core.ok(
    'meeting.create',
    oneOff({ kind: 'other', title: 'Complex case consultation' }),
  );
  const item = await core.ok('agenda.add', {
    meetingId: meeting.id,
    item: {
      title: 'Case review',
      kind: 'case_review',
      caseId: seeded.kase.id,
      presenterOrganizationId: seeded.shelter.id,
      plannedMinutes: 15,
    },
  });
  return { ...seeded, meeting, item };
}

// Forms typed through a real core: slow on a loaded runner, not broken.
describe('case review items on the agenda', { timeout: 40_000 }, () => {
  it('pick an open case, and start internal, saying why', async () => {
    const core = makeTestCore();
    const { kase } = await seedCase(core);
    const meeting = await core.ok('meeting.create', oneOff({ kind: 'other' }));
    const { user } = await renderApp({ path: `/meetings/${meeting.id}`, core });

    await user.click(await screen.findByRole('button', { name: 'Add item' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an agenda item' });
    expect(within(dialog).queryByRole('combobox', { name: 'Case' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: /Shareable Confidentiality/ })).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: /Kind$/ }));
    await user.click(await screen.findByRole('option', { name: 'Case review' }));
    expect(within(dialog).getByRole('button', { name: /Internal Confidentiality/ })).toBeVisible();
    expect(within(dialog).getByText(/^Case reviews are internal by default/)).toBeVisible();
    expect(within(dialog).getByText(/never by a client’s name/)).toBeVisible();
    await user.type(within(dialog).getByRole('textbox', { name: /^Title/ }), 'Review of CC-014');
    const picker = within(dialog).getByRole('combobox', { name: 'Case' });
    await user.type(picker, 'shelter');
    await user.click(await screen.findByRole('option', { name: 'CC-2026-014 — Shelter North' }));
    expect(await axeViolations(dialog)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Add item' }));

    await waitFor(async () => {
      const { items } = await core.ok('meeting.get', { id: meeting.id });
      expect(items.at(-1)).toMatchObject({
        kind: 'case_review',
        caseId: kase.id,
        caseCode: 'CC-2026-014',
        confidentiality: 'internal',
      });
    });
  });

  it('in French, names the presenting agency as such for a case review only', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff({ kind: 'other' }));
    const { user } = await renderApp({
      path: `/meetings/${meeting.id}`,
      core,
      settings: { language: 'fr' },
    });

    await user.click(await screen.findByRole('button', { name: 'Ajouter un point' }));
    const dialog = await screen.findByRole('dialog');
    // Any other item keeps its own label; a case review's agency is not the case's lead agency.
    expect(within(dialog).getByRole('button', { name: /Organisme responsable$/ })).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: /Type$/ }));
    await user.click(await screen.findByRole('option', { name: 'Discussion de cas' }));
    expect(within(dialog).getByRole('button', { name: /Organisme qui présente$/ })).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: /Organisme responsable$/ })).toBeNull();
  });

  it('open a new case on the spot from the picker', async () => {
    const core = makeTestCore();
    await core.ok('org.create', { name: 'Shelter North' });
    const meeting = await core.ok('meeting.create', oneOff({ kind: 'other' }));
    const { user } = await renderApp({ path: `/meetings/${meeting.id}`, core });

    await user.click(await screen.findByRole('button', { name: 'Add item' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an agenda item' });
    await user.click(within(dialog).getByRole('button', { name: /Kind$/ }));
    await user.click(await screen.findByRole('option', { name: 'Case review' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Title/ }), 'New situation');
    await user.click(within(dialog).getByRole('button', { name: 'New case…' }));
    const creating = await screen.findByRole('dialog', { name: 'New case' });
    await user.type(within(creating).getByRole('textbox', { name: 'Case code' }), 'SN-2231');
    await user.click(within(creating).getByRole('button', { name: 'Open case' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New case' })).toBeNull());
    expect(await within(dialog).findByDisplayValue('SN-2231')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Add item' }));

    await waitFor(async () => {
      const { items } = await core.ok('meeting.get', { id: meeting.id });
      expect(items.at(-1)).toMatchObject({ caseCode: 'SN-2231', confidentiality: 'internal' });
    });
  });
});

describe('case review panel in the notes', { timeout: 40_000 }, () => {
  it('follows the field’s structure and saves each field as it is typed', async () => {
    const core = makeTestCore();
    const { meeting, item, health, police } = await reviewMeeting(core);
    await core.ok('case.setConsent', {
      caseId: item.caseId!,
      organizationId: health.id,
      consent: 'yes',
    });
    const { user, container } = await renderApp({
      path: `/meetings/${meeting.id}/notes?item=${item.id}`,
      core,
    });

    const panel = await screen.findByRole('region', { name: 'Case review' });
    expect(await within(panel).findByRole('link', { name: 'CC-2026-014' })).toBeVisible();
    expect(await within(panel).findByText('2 agencies without consent')).toBeVisible();
    expect(panel).toHaveTextContent('Presenting agency: Shelter North');
    const situation = within(panel).getByRole('textbox', { name: 'Situation (de-identified)' });
    expect(situation).toHaveAccessibleDescription(/without names/);
    const offers = within(panel).getByRole('group', { name: 'What each agency can offer' });
    expect(
      within(offers)
        .getAllByRole('textbox')
        .map((t) => t.getAttribute('aria-label') ?? t.id),
    ).toHaveLength(3);
    expect(panel).toHaveTextContent('Agreed actions: 0 actions, listed under Actions below.');
    expect(await axeViolations(container)).toEqual([]);

    await user.type(situation, 'Housing search stalled since the fall.');
    await user.type(
      within(panel).getByRole('textbox', { name: 'Clarifying questions' }),
      'Any rent supplement?',
    );
    await user.type(within(offers).getByRole('textbox', { name: 'Police Liaison' }), 'Check-ins');
    await waitFor(
      async () => {
        const saved = await core.ok('caseReview.get', { itemId: item.id });
        expect(saved).toMatchObject({
          situation: 'Housing search stalled since the fall.',
          questions: 'Any rent supplement?',
        });
        expect(saved.offers.find((o) => o.organizationId === police.id)?.offer).toBe('Check-ins');
      },
      { timeout: 5000 },
    );
    expect(await within(panel).findByText(/^Saved at/)).toBeVisible();
  });

  it('warns of an identifier typed in the situation, and replaces it with its placeholder', async () => {
    const core = makeTestCore();
    const { meeting, item } = await reviewMeeting(core);
    const { user } = await renderApp({
      path: `/meetings/${meeting.id}/notes?item=${item.id}`,
      core,
    });
    const panel = await screen.findByRole('region', { name: 'Case review' });
    const situation = await within(panel).findByRole('textbox', {
      name: 'Situation (de-identified)',
    });
    await user.type(situation, 'Call her at 416-555-0199 before Friday.');
    expect(await within(panel).findByText('Phone number: 416-555-0199')).toBeVisible();
    // A phone replaced by the case code would read "call her at CC-2026-014": not offered.
    expect(
      within(panel).queryByRole('button', { name: 'Replace with CC-2026-014: 416-555-0199' }),
    ).toBeNull();
    await user.click(
      within(panel).getByRole('button', { name: 'Replace with [phone]: 416-555-0199' }),
    );
    expect(situation).toHaveValue('Call her at [phone] before Friday.');
    expect(within(panel).queryByText(/^Phone number/)).toBeNull();
    await waitFor(async () =>
      expect((await core.ok('caseReview.get', { itemId: item.id })).situation).toBe(
        'Call her at [phone] before Friday.',
      ),
    );
  });

  it('keeps what was typed when the note-taker moves to another item and back', async () => {
    const core = makeTestCore();
    const { meeting, item } = await reviewMeeting(core);
    const { user } = await renderApp({
      path: `/meetings/${meeting.id}/notes?item=${item.id}`,
      core,
    });
    const panel = await screen.findByRole('region', { name: 'Case review' });
    await user.type(
      await within(panel).findByRole('textbox', { name: 'Situation (de-identified)' }),
      'Moved shelters twice',
    );
    // Straight to the general notes, before the pause in typing has passed.
    await user.click(screen.getByRole('link', { name: /^General notes/ }));
    await screen.findByRole('region', { name: 'General notes' });
    await waitFor(async () =>
      expect((await core.ok('caseReview.get', { itemId: item.id })).situation).toBe(
        'Moved shelters twice',
      ),
    );
    await user.click(screen.getByRole('link', { name: /Case review|CC-2026-014/ }));
    const back = await screen.findByRole('region', { name: 'Case review' });
    expect(
      await within(back).findByRole('textbox', { name: 'Situation (de-identified)' }),
    ).toHaveValue('Moved shelters twice');
  });
});

describe('privacy screen', { timeout: 40_000 }, () => {
  it('covers the notes, hides them from assistive technology, and toggles by shortcut', async () => {
    const core = makeTestCore();
    const { meeting, item } = await reviewMeeting(core);
    const { user, container } = await renderApp({
      path: `/meetings/${meeting.id}/notes?item=${item.id}`,
      core,
    });
    const situation = await within(
      await screen.findByRole('region', { name: 'Case review' }),
    ).findByRole('textbox', { name: 'Situation (de-identified)' });
    await user.type(situation, 'Lost housing');

    const toggle = screen.getByRole('button', { name: /Privacy screen/ });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(
      screen.getByText('Privacy screen on — press Ctrl+Shift+H to show the notes'),
    ).toBeVisible();
    // Gone from view and from the accessibility tree, not merely covered.
    expect(screen.queryByRole('region', { name: 'Case review' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Agenda' })).toBeNull();
    expect(situation).not.toBeVisible();
    expect(await axeViolations(container)).toEqual([]);

    // The shortcut works even while typing.
    await user.keyboard('{Control>}{Shift>}H{/Shift}{/Control}');
    expect(await screen.findByRole('region', { name: 'Case review' })).toBeVisible();
    expect(situation).toHaveValue('Lost housing');
    await user.click(situation);
    await user.keyboard('{Control>}{Shift>}h{/Shift}{/Control}');
    expect(screen.queryByRole('region', { name: 'Case review' })).toBeNull();
    // Focus is not lost in what is hidden: it is on the cover's button.
    expect(screen.getByRole('button', { name: 'Show the notes' })).toHaveFocus();
    await user.keyboard('{Control>}{Shift>}h{/Shift}{/Control}');
    expect(situation).toHaveFocus();
    expect(situation).toHaveValue('Lost housing');
  });

  it('stays on when moving between the notes and run mode', async () => {
    const core = makeTestCore();
    const { meeting, item } = await reviewMeeting(core);
    await core.ok('run.start', { meetingId: meeting.id });
    await core.ok('run.goto', { meetingId: meeting.id, itemId: item.id });
    const { user } = await renderApp({
      path: `/meetings/${meeting.id}/notes?item=${item.id}`,
      core,
    });
    await screen.findByRole('region', { name: 'Case review' });
    await user.click(screen.getByRole('button', { name: /Privacy screen/ }));
    await user.click(screen.getByRole('link', { name: 'Back to run mode' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Complex case consultation/ }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: /Privacy screen/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.queryByRole('region', { name: 'Agenda' })).toBeNull();
    // The time box stays in view on the cover, named by the case code.
    expect(screen.getByRole('timer')).toBeVisible();
    expect(screen.getByText('CC-2026-014', { selector: '.privacy-cover__item' })).toBeVisible();
  });
});
