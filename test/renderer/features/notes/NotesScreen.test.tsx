import { act, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plainText } from '../../../../shared/domain/rich-text';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { biweekly } from '../../../helpers/meetings';
import { renderApp } from '../../../helpers/render';
import { followCoreClock, NINE_AM, seedMeeting } from '../run/run-fixtures';

afterEach(() => vi.restoreAllMocks());

const AGENDA = [
  { title: 'Welcome and goal', minutes: 5 },
  { title: 'Winter shelter capacity', minutes: 20 },
  { title: 'Round of updates', minutes: 15 },
];

async function meetingWithAgenda() {
  const core = makeTestCore({ start: NINE_AM });
  followCoreClock(core);
  const meeting = await seedMeeting(core, AGENDA);
  const { items } = await core.ok('meeting.get', { id: meeting.id });
  return { core, meeting, items };
}

const agendaNav = () => screen.getByRole('navigation', { name: 'Agenda' });
/** The open note's region, named by its heading. */
const panel = (name: string) => screen.findByRole('region', { name });
const entry = (name: RegExp) => within(agendaNav()).getByRole('link', { name });

/** What axe finds wrong (colour contrast needs real layout, which jsdom has not). */
async function axeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** The item's notes as the core holds them, in plain text. */
async function savedNotes(core: TestCore, meetingId: string, itemId: string) {
  const { items } = await core.ok('meeting.get', { id: meetingId });
  const notes = items.find((item) => item.id === itemId)?.notes;
  return notes ? plainText(notes) : '';
}

async function opened(core: TestCore, path: string) {
  const app = await renderApp({ path, core });
  await screen.findByRole('navigation', { name: 'Agenda' });
  return app;
}

describe('notes screen', () => {
  it('lists the general notes first, then the agenda with minutes and status', async () => {
    const { core, meeting } = await meetingWithAgenda();
    await opened(core, `/meetings/${meeting.id}/notes`);

    expect(
      screen.getByRole('heading', { level: 1, name: /^Notes: Housing First committee/ }),
    ).toHaveTextContent('Monday, November 23, 2026');
    const links = within(agendaNav()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'General notesNot under an agenda item',
      expect.stringMatching(/^1\. Welcome and goal.*5 min.*To discuss/),
      expect.stringMatching(/^2\. Winter shelter capacity.*20 min/),
      expect.stringMatching(/^3\. Round of updates.*15 min/),
    ]);
    // Nothing chosen: the general notes are open, and have no confidentiality of their own.
    expect(links[0]).toHaveAttribute('aria-current', 'page');
    expect(await panel('General notes')).toBeVisible();
    expect(screen.queryByRole('radiogroup', { name: 'Confidentiality' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to the meeting' })).toHaveAttribute(
      'href',
      `/meetings/${meeting.id}`,
    );
    expect(screen.getByRole('link', { name: 'Minutes' })).toHaveAttribute(
      'href',
      `/meetings/${meeting.id}/minutes`,
    );
    // Run mode is linked only while the meeting runs: opening it would start the meeting.
    expect(screen.queryByRole('link', { name: 'Back to run mode' })).toBeNull();
  });

  it('opens the item named in the address, and another one picked from the list', async () => {
    const { core, meeting, items } = await meetingWithAgenda();
    const { user } = await opened(core, `/meetings/${meeting.id}/notes?item=${items[1]!.id}`);

    expect(await panel('2. Winter shelter capacity')).toBeVisible();
    expect(entry(/Winter shelter capacity/)).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('textbox', { name: 'Notes: Winter shelter capacity' })).toBeVisible();

    await user.click(entry(/Round of updates/));
    expect(await screen.findByRole('textbox', { name: 'Notes: Round of updates' })).toBeVisible();
    expect(await panel('3. Round of updates')).toBeVisible();
    expect(entry(/Round of updates/)).toHaveAttribute('aria-current', 'page');
    expect(entry(/Winter shelter capacity/)).not.toHaveAttribute('aria-current');
  });

  it('moves to the previous and next item with Alt+arrows and Ctrl+brackets', async () => {
    const { core, meeting, items } = await meetingWithAgenda();
    const { user } = await opened(core, `/meetings/${meeting.id}/notes?item=${items[0]!.id}`);
    await screen.findByRole('textbox', { name: 'Notes: Welcome and goal' });

    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(
      await screen.findByRole('textbox', { name: 'Notes: Winter shelter capacity' }),
    ).toBeVisible();
    await user.keyboard('{Control>}]{/Control}');
    expect(await screen.findByRole('textbox', { name: 'Notes: Round of updates' })).toBeVisible();
    // The last item has no next one.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(screen.getByRole('textbox', { name: 'Notes: Round of updates' })).toBeVisible();
    await user.keyboard('{Control>}[[{/Control}');
    expect(
      await screen.findByRole('textbox', { name: 'Notes: Winter shelter capacity' }),
    ).toBeVisible();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}{Alt>}{ArrowUp}{/Alt}');
    expect(await screen.findByRole('textbox', { name: 'Notes: General notes' })).toBeVisible();
    expect(screen.getByText('Notes open: General notes')).toBeInTheDocument();

    // Typing in the notes, the shortcut carries on typing in the next item's notes.
    await user.click(screen.getByRole('textbox', { name: 'Notes: General notes' }));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(await screen.findByRole('textbox', { name: 'Notes: Welcome and goal' })).toHaveFocus();
  });

  it('follows the meeting in run mode until the note-taker picks another item', async () => {
    const { core, meeting, items } = await meetingWithAgenda();
    await core.ok('run.start', { meetingId: meeting.id });
    const { user } = await opened(core, `/meetings/${meeting.id}/notes`);

    const follow = screen.getByRole('switch', { name: 'Follow the meeting' });
    expect(follow).toBeChecked();
    expect(await panel('1. Welcome and goal')).toBeVisible();
    // The current item is marked in words, not only by its look.
    expect(entry(/Welcome and goal/)).toHaveTextContent(/Now/);
    expect(screen.getByRole('link', { name: 'Back to run mode' })).toBeVisible();

    await act(() => core.ok('run.next', { meetingId: meeting.id }));
    expect(
      await screen.findByRole('textbox', { name: 'Notes: Winter shelter capacity' }),
    ).toBeVisible();
    expect(entry(/Winter shelter capacity/)).toHaveTextContent(/Now/);

    // Going back to write up the first item stops following: the chair moving on does not pull
    // the note-taker away.
    await user.click(entry(/Welcome and goal/));
    expect(await screen.findByRole('textbox', { name: 'Notes: Welcome and goal' })).toBeVisible();
    expect(follow).not.toBeChecked();
    await act(() => core.ok('run.goto', { meetingId: meeting.id, itemId: items[2]!.id }));
    await screen.findByText((_, element) =>
      Boolean(element?.matches('a') && /Round of updates.*Now/.test(element.textContent ?? '')),
    );
    expect(screen.getByRole('textbox', { name: 'Notes: Welcome and goal' })).toBeVisible();

    // Following again jumps to where the meeting is.
    await user.click(follow);
    expect(await screen.findByRole('textbox', { name: 'Notes: Round of updates' })).toBeVisible();
  });

  it('saves the item’s confidentiality as soon as it is chosen, and shows it in words', async () => {
    const { core, meeting, items } = await meetingWithAgenda();
    const { user } = await opened(core, `/meetings/${meeting.id}/notes?item=${items[1]!.id}`);

    const level = await screen.findByRole('radiogroup', { name: 'Confidentiality' });
    const levelOf = async () =>
      (await core.ok('meeting.get', { id: meeting.id })).items[1]?.confidentiality;
    expect(within(level).getByRole('radio', { name: 'Shareable' })).toBeChecked();
    // One row of three; only the chosen level's meaning is spelled out, for the whole group.
    expect(level).toHaveAccessibleDescription('Goes into the minutes and every export.');
    await user.click(within(level).getByRole('radio', { name: 'Confidential' }));

    await expect.poll(levelOf).toBe('confidential');
    expect(within(level).getByRole('radio', { name: 'Confidential' })).toBeChecked();
    expect(level).toHaveAccessibleDescription('Never exported: kept in the app only.');
    expect(await within(entry(/Winter shelter capacity/)).findByText('Confidential')).toBeVisible();

    // The arrow keys move between the levels, as in any group of radio buttons.
    await user.keyboard('{ArrowLeft}');
    await expect.poll(levelOf).toBe('internal');
    expect(within(level).getByRole('radio', { name: 'Internal' })).toHaveFocus();
    expect(level).toHaveAccessibleDescription(
      'Kept in the app; left out of exports unless chosen when exporting.',
    );
  });

  it('folds the agenda into one button naming the open note where it sits above the note', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) =>
        ({
          matches: query === '(max-width: 60rem)',
          media: query,
          onchange: null,
          addListener: () => {},
          removeListener: () => {},
          addEventListener: () => {},
          removeEventListener: () => {},
          dispatchEvent: () => false,
        }) satisfies MediaQueryList,
    );
    const { core, meeting, items } = await meetingWithAgenda();
    const { user, container } = await opened(
      core,
      `/meetings/${meeting.id}/notes?item=${items[1]!.id}`,
    );

    const fold = within(agendaNav()).getByRole('button', {
      name: 'Agenda: 2. Winter shelter capacity',
    });
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    expect(within(agendaNav()).queryByRole('link')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(fold);
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    await user.click(entry(/Round of updates/));
    expect(await panel('3. Round of updates')).toBeVisible();
    expect(
      within(agendaNav()).getByRole('button', { name: 'Agenda: 3. Round of updates' }),
    ).toHaveAttribute('aria-expanded', 'false');
    expect(within(agendaNav()).queryByRole('link')).toBeNull();

    // From the keyboard too.
    within(agendaNav()).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(entry(/Welcome and goal/)).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('records decisions and actions under the open item, and deletes them with an Undo', async () => {
    const { core, meeting, items } = await meetingWithAgenda();
    await core.ok('decision.add', {
      meetingId: meeting.id,
      itemId: items[0]!.id,
      text: 'Meet weekly until March',
    });
    const { user } = await opened(core, `/meetings/${meeting.id}/notes?item=${items[1]!.id}`);
    const decisions = await screen.findByRole('region', { name: 'Decisions' });
    // The first item's decision is not this item's.
    expect(within(decisions).getByText('No decision recorded under this item yet.')).toBeVisible();

    await user.click(within(decisions).getByRole('button', { name: 'Add decision' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a decision' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Decision/ }),
      'Open 20 more winter beds',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record decision' }));
    expect(await within(decisions).findByText('Open 20 more winter beds')).toBeVisible();
    const saved = await core.ok('decision.list', { meetingId: meeting.id });
    expect(saved.map((d) => [d.itemId, d.text])).toEqual([
      [items[0]!.id, 'Meet weekly until March'],
      [items[1]!.id, 'Open 20 more winter beds'],
    ]);

    await user.click(
      within(decisions).getByRole('button', { name: 'Delete: Open 20 more winter beds' }),
    );
    const toast = await screen.findByRole('alertdialog', { name: /^Decision deleted/ });
    expect(within(decisions).queryByText('Open 20 more winter beds')).toBeNull();
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await within(decisions).findByText('Open 20 more winter beds')).toBeVisible();
    expect(await core.ok('decision.list', { meetingId: meeting.id })).toHaveLength(2);

    const actions = screen.getByRole('region', { name: 'Actions' });
    await core.ok('action.add', {
      meetingId: meeting.id,
      itemId: items[1]!.id,
      description: 'Ask the city for funding',
      dueDate: '2020-02-01',
    });
    expect(await within(actions).findByText('Ask the city for funding')).toBeVisible();
    expect(within(actions).getByText(/^Overdue: due/)).toBeVisible();
    await user.click(
      within(actions).getByRole('button', { name: 'Delete: Ask the city for funding' }),
    );
    const actionToast = await screen.findByRole('alertdialog', { name: /^Action deleted/ });
    await user.click(within(actionToast).getByRole('button', { name: 'Undo' }));
    expect(await within(actions).findByText('Ask the city for funding')).toBeVisible();
  }, 20_000);

  it('records a decision captured from the notes at once; Undo puts its words back', async () => {
    const { core, meeting, items } = await meetingWithAgenda();
    const { user } = await opened(core, `/meetings/${meeting.id}/notes?item=${items[1]!.id}`);
    const box = await screen.findByRole('textbox', { name: 'Notes: Winter shelter capacity' });

    await user.type(box, 'Beds are full{Enter}Open the church hall on cold nights');
    await user.keyboard('{Control>}{Shift>}D{/Shift}{/Control}');
    const decisions = screen.getByRole('region', { name: 'Decisions' });
    expect(await within(decisions).findByText('Open the church hall on cold nights')).toBeVisible();
    const toast = await screen.findByRole('alertdialog', { name: /^Decision recorded/ });
    expect((await core.ok('decision.list', { meetingId: meeting.id }))[0]).toMatchObject({
      itemId: items[1]!.id,
      text: 'Open the church hall on cold nights',
    });
    // Kept as a decision: the line has left the notes.
    expect(box).toHaveTextContent(/^Beds are full$/);
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await expect.poll(() => core.ok('decision.list', { meetingId: meeting.id })).toEqual([]);
    // Withdrawn: the words are back in the note, where they were, and saved there.
    expect(box).toHaveTextContent('Beds are fullOpen the church hall on cold nights');
    await expect
      .poll(() => savedNotes(core, meeting.id, items[1]!.id))
      .toBe('Beds are full\nOpen the church hall on cold nights');
  }, 20_000);

  it('takes a captured action’s line out of the notes only once the action is saved', async () => {
    const { core, meeting, items } = await meetingWithAgenda();
    const { user } = await opened(core, `/meetings/${meeting.id}/notes?item=${items[1]!.id}`);
    const box = await screen.findByRole('textbox', { name: 'Notes: Winter shelter capacity' });
    await user.type(box, 'Beds are full{Enter}Ask the city for funding');
    const typed = 'Beds are full\nAsk the city for funding';
    const description = () =>
      within(screen.getByRole('dialog', { name: 'Add an action' })).getByRole('textbox', {
        name: /^What is to be done/,
      });

    // Escape on the untouched form: it closes without asking, and the notes are as they were.
    await user.keyboard('{Control>}{Shift>}A{/Shift}{/Control}');
    expect(description()).toHaveValue('Ask the city for funding');
    await user.keyboard('{Escape}');
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(box).toHaveTextContent('Beds are fullAsk the city for funding');

    // Changed, then discarded: the same.
    await user.click(box);
    await user.keyboard('{Control>}{Shift>}A{/Shift}{/Control}');
    await user.type(description(), ' before Friday');
    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: /^Discard/ }));
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
    expect(box).toHaveTextContent('Beds are fullAsk the city for funding');
    await expect.poll(() => savedNotes(core, meeting.id, items[1]!.id)).toBe(typed);
    // Nothing for Ctrl+Z to take back but the typing: no empty checklist item appears.
    await user.click(box);
    await user.keyboard('{Control>}z{/Control}');
    expect(within(box).queryByRole('checkbox')).toBeNull();
    expect(within(box).queryByRole('listitem')).toBeNull();
    await user.keyboard('{Control>}{Shift>}z{/Control}');
    expect(box).toHaveTextContent('Beds are fullAsk the city for funding');

    // Saved: now the line leaves; Undo on "Action recorded" deletes it and puts the line back.
    await user.keyboard('{Control>}{Shift>}A{/Shift}{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Add an action' });
    await user.click(within(dialog).getByRole('button', { name: /^In one week/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add action' }));
    const actions = screen.getByRole('region', { name: 'Actions' });
    expect(await within(actions).findByText('Ask the city for funding')).toBeVisible();
    const [saved] = (await core.ok('action.list', { meetingId: meeting.id, today: '2026-11-23' }))
      .items;
    expect(saved).toMatchObject({ itemId: items[1]!.id, dueDate: '2026-11-30' });
    expect(box).toHaveTextContent(/^Beds are full$/);
    await expect.poll(() => savedNotes(core, meeting.id, items[1]!.id)).toBe('Beds are full');

    const toast = await screen.findByRole('alertdialog', { name: /^Action recorded/ });
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await expect
      .poll(
        async () =>
          (await core.ok('action.list', { meetingId: meeting.id, today: '2026-11-23' })).items,
      )
      .toEqual([]);
    expect(box).toHaveTextContent('Beds are fullAsk the city for funding');
    await expect.poll(() => savedNotes(core, meeting.id, items[1]!.id)).toBe(typed);
  }, 30_000);

  it('keeps a captured decision the core refuses, in its form', async () => {
    const { core, meeting, items } = await meetingWithAgenda();
    const long = 'We agree to fund the pilot. '.repeat(80).trim();
    await core.ok('note.save', {
      meetingId: meeting.id,
      itemId: items[0]!.id,
      doc: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: long }] }],
      },
    });
    const { user } = await opened(core, `/meetings/${meeting.id}/notes?item=${items[0]!.id}`);
    await user.click(await screen.findByRole('textbox', { name: 'Notes: Welcome and goal' }));
    await user.keyboard('{Control>}{Shift>}D{/Shift}{/Control}');

    const dialog = await screen.findByRole('dialog', { name: 'Record a decision' });
    const text = within(dialog).getByRole('textbox', { name: /^Decision/ });
    expect(text).toHaveValue(long);
    await user.click(within(dialog).getByRole('button', { name: 'Record decision' }));
    expect(text).toHaveAccessibleDescription(/This is too long\./);
    expect(await core.ok('decision.list', { meetingId: meeting.id })).toEqual([]);
  }, 15_000);

  it('passes axe in run mode, on an item with decisions, actions and open actions to review', async () => {
    const core = makeTestCore({ start: NINE_AM });
    followCoreClock(core);
    const { series, firstMeeting } = await core.ok(
      'series.create',
      biweekly({ startDate: '2026-11-23' }),
    );
    await core.ok('action.add', {
      meetingId: firstMeeting.id,
      description: 'Send the referral form',
      personName: 'Marie Gagnon',
      dueDate: '2020-01-01',
    });
    const second = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-12-07',
      language: 'en',
    });
    const { items } = await core.ok('meeting.get', { id: second.id });
    const review = items.find((item) => item.kind === 'action_review')!;
    await core.ok('decision.add', { meetingId: second.id, itemId: review.id, text: 'Keep going' });
    await core.ok('action.add', {
      meetingId: second.id,
      itemId: review.id,
      description: 'Report back',
    });
    await core.ok('run.start', { meetingId: second.id });
    const { container } = await opened(core, `/meetings/${second.id}/notes?item=${review.id}`);
    await screen.findByText('Send the referral form');
    await screen.findByText('Report back');
    expect(await axeViolations(container)).toEqual([]);
  }, 15_000);
});
