import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RichDoc } from '../../../../shared/domain/rich-text';
import { IdentifierHints } from '../../../../renderer/components/IdentifierHints';
import { NotesEditor } from '../../../../renderer/features/notes/NotesEditor';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { renderWithProviders } from '../../../helpers/render';
import { dayFromToday, meetingWithItems } from '../meetings/fixtures';

/**
 * Identifier warnings in the notes editor, over a real core: a phone number typed into a note is
 * marked and explained at the caret without taking focus; it can be replaced (placeholder or case
 * code) or ignored; meeting dates, times and the directory's program lines are left alone.
 */

const LABEL = 'Notes: Case review';
const WARNING = 'This looks like a phone number. Keep identities out of notes.';

const docOf = (...lines: string[]): RichDoc => ({
  type: 'doc',
  content: lines.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

beforeEach(() => localStorage.clear());

async function directory(core: TestCore) {
  const org = await core.ok('org.create', { name: 'Housing Help', phone: '613-555-0100' });
  await core.ok('person.create', { name: 'Sam Worker', phone: '(613) 555-0142 ext. 12' });
  return org;
}

async function openNotes(
  lines: string[],
  {
    core = makeTestCore(),
    caseCode,
    language,
  }: { core?: TestCore; caseCode?: string; language?: 'en' | 'fr' } = {},
) {
  await directory(core);
  const created = await meetingWithItems(core, [{ title: 'Case review', plannedMinutes: 20 }]);
  const { items } = await core.ok('meeting.get', { id: created.id });
  const place = { meetingId: created.id, itemId: items[0]!.id };
  const app = await renderWithProviders(
    <NotesEditor
      {...place}
      initial={docOf(...lines)}
      label={LABEL}
      onCapture={() => {}}
      caseCode={caseCode}
    />,
    { core, settings: language ? { language } : undefined },
  );
  const user = userEvent.setup({ delay: null });
  const box = screen.getByRole('textbox', { name: LABEL });
  // The warnings start once the directory has answered: a marker line says when.
  await waitFor(() => expect(marked(box)).toContain('ready@example.com'));
  return { ...app, ...place, core, user, box };
}

const marked = (box: HTMLElement, kind?: string) =>
  [...box.querySelectorAll<HTMLElement>('.identifier-warning')]
    .filter((el) => !kind || el.dataset.identifier === kind)
    .map((el) => el.textContent);

const live = () => document.querySelector('.identifier-live');

/** The text node holding `text`, and the offset of `text` in it. */
function textPoint(box: HTMLElement, text: string): [Text, number] {
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const index = node.data.indexOf(text);
    if (index >= 0) return [node, index];
  }
  throw new Error(`"${text}" is not in the note`);
}

function caretIn(box: HTMLElement, text: string, offset = 1) {
  const [node, index] = textPoint(box, text);
  document.getSelection()!.collapse(node, index + offset);
  act(() => void document.dispatchEvent(new Event('selectionchange')));
}

async function savedText(core: TestCore, meetingId: string, itemId: string) {
  const { items } = await core.ok('meeting.get', { id: meetingId });
  const notes = items.find((item) => item.id === itemId)!.notes;
  return JSON.stringify(notes);
}

const READY = 'Contact ready@example.com.';

describe('Identifier warnings in the notes', () => {
  it('marks a phone number as it is typed, and explains it at the caret without taking focus', async () => {
    const { box, user } = await openNotes([READY, 'Client update:']);
    await user.click(box);
    caretIn(box, 'update:', 'update:'.length);
    await user.keyboard(' call her at 613-555-0199');
    expect(marked(box, 'phone')).toEqual(['613-555-0199']);
    const number = [...box.querySelectorAll('.identifier-warning')].find(
      (el) => el.textContent === '613-555-0199',
    );
    expect(number).toHaveAttribute('aria-description', 'possible phone number');
    // The caret is right after it: the warning shows, focus stays in the note.
    const popup = await screen.findByRole('group', { name: 'Personal identifier: Phone number' });
    expect(popup).toHaveTextContent(WARNING);
    expect(box).toHaveFocus();
    await waitFor(() =>
      expect(live()).toHaveTextContent(`${WARNING} Alt+Enter to replace or ignore it.`),
    );
    // Typing on past it: the caret leaves, the warning goes; the mark stays.
    await user.keyboard(' tonight');
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: /Personal identifier/ })).toBeNull(),
    );
    expect(marked(box, 'phone')).toEqual(['613-555-0199']);
  });

  it('replaces it with a placeholder, and saves only that', async () => {
    const { box, user, core, meetingId, itemId } = await openNotes([
      READY,
      'Mother: 613-555-0187, evenings.',
    ]);
    await user.click(box);
    caretIn(box, '613-555-0187', 4);
    const popup = await screen.findByRole('group', { name: 'Personal identifier: Phone number' });
    await user.click(within(popup).getByRole('button', { name: 'Replace with [phone]' }));
    expect(box).toHaveTextContent('Mother: [phone], evenings.');
    expect(marked(box, 'phone')).toEqual([]);
    expect(box).toHaveFocus();
    await user.tab();
    await waitFor(async () => {
      const saved = await savedText(core, meetingId, itemId);
      expect(saved).toContain('Mother: [phone], evenings.');
      expect(saved).not.toContain('613-555-0187');
    });
  });

  it('offers the placeholder first, and the case code for a number naming the client', async () => {
    const { box, user } = await openNotes([READY, 'Born 2001-04-09, SIN 130 692 544.'], {
      caseCode: 'CC-2026-014',
    });
    await user.click(box);
    caretIn(box, '130 692 544', 3);
    const popup = await screen.findByRole('group', {
      name: 'Personal identifier: Social insurance number',
    });
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    const placeholder = within(popup).getByRole('button', { name: 'Replace with [SIN]' });
    expect(placeholder).toHaveFocus();
    expect(
      within(popup)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Replace with [SIN]', 'Replace with CC-2026-014', 'Ignore']);
    // Escape comes back to the note, where the caret was, and hides the warning there.
    await user.keyboard('{Escape}');
    expect(box).toHaveFocus();
    expect(screen.queryByRole('group', { name: /Personal identifier/ })).toBeNull();
    // Back into it from elsewhere, it shows again; the case code is the second choice.
    caretIn(box, 'Born', 1);
    caretIn(box, '130 692 544', 3);
    await screen.findByRole('group', { name: 'Personal identifier: Social insurance number' });
    await user.keyboard('{Alt>}{Enter}{/Alt}{Tab}{Enter}');
    expect(box).toHaveTextContent('Born 2001-04-09, SIN CC-2026-014.');
    expect(box).toHaveFocus();
    // A date of birth is a detail, not the person: only its placeholder is offered.
    caretIn(box, '2001-04-09', 3);
    const dob = await screen.findByRole('group', { name: 'Personal identifier: Date of birth' });
    expect(within(dob).queryByRole('button', { name: 'Replace with CC-2026-014' })).toBeNull();
  });

  it('ignores a text for the rest of the note, and only that text', async () => {
    const { box, user } = await openNotes([READY, 'Office 613-555-0123; cell 613-555-0124.']);
    expect(marked(box, 'phone')).toEqual(['613-555-0123', '613-555-0124']);
    await user.hover(
      [...box.querySelectorAll('.identifier-warning')].find(
        (el) => el.textContent === '613-555-0123',
      )!,
    );
    const popup = await screen.findByRole('group', { name: 'Personal identifier: Phone number' });
    await user.click(within(popup).getByRole('button', { name: 'Ignore' }));
    expect(marked(box, 'phone')).toEqual(['613-555-0124']);
    // Written again, however spaced, it stays ignored in this note.
    caretIn(box, '613-555-0124', 12);
    await user.keyboard(' Again (613) 555-0123.');
    expect(marked(box, 'phone')).toEqual(['613-555-0124']);
    expect(box).toHaveTextContent('Again (613) 555-0123.');
  });

  it('leaves meeting dates, times and the directory’s program lines alone', async () => {
    const next = dayFromToday(7);
    const { box, user } = await openNotes([
      READY,
      `Next meeting ${next} at 14:30, or 2:30 pm on Thursday. Case CC-2026-014, $1,250.`,
      'Refer to Housing Help at 613-555-0100, or Sam at (613) 555-0142 ext. 12.',
    ]);
    expect(marked(box)).toEqual(['ready@example.com']);
    await user.click(box);
    caretIn(box, 'ext. 12.', 'ext. 12.'.length);
    await user.keyboard(' Client: 613-555-0111.');
    expect(marked(box, 'phone')).toEqual(['613-555-0111']);
  });

  it('speaks French in French', async () => {
    const { box, user } = await openNotes([READY, 'Tél. : 514 555-0166'], { language: 'fr' });
    await user.click(box);
    caretIn(box, '514 555-0166', 3);
    const popup = await screen.findByRole('group', {
      name: 'Renseignement personnel : Numéro de téléphone',
    });
    expect(popup).toHaveTextContent('Ceci ressemble à un numéro de téléphone.');
    await user.click(within(popup).getByRole('button', { name: 'Remplacer par [téléphone]' }));
    expect(box).toHaveTextContent('Tél. : [téléphone]');
  });

  it('passes axe with the warning open', async () => {
    const { box, user, container } = await openNotes([READY, 'Call 613-555-0199 today.'], {
      caseCode: 'CC-2026-014',
    });
    await user.click(box);
    caretIn(box, '613-555-0199', 2);
    await screen.findByRole('group', { name: 'Personal identifier: Phone number' });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations).toEqual([]);
  });
});

function HintsField({ initial, caseCode }: { initial: string; caseCode?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label htmlFor="summary">Summary</label>
      <textarea id="summary" value={value} onChange={(e) => setValue(e.target.value)} />
      <IdentifierHints
        id="summary-hints"
        fieldId="summary"
        value={value}
        onChange={setValue}
        caseCode={caseCode}
      />
    </>
  );
}

describe('Identifier hints under a plain text field', () => {
  it('lists what it finds in a polite status, and replaces each with a placeholder', async () => {
    const core = makeTestCore();
    await directory(core);
    const { container } = await renderWithProviders(
      <HintsField initial="Reached at 613-555-0199 and mom@example.ca; agency 613-555-0100." />,
      { core },
    );
    const status = screen.getByRole('status');
    await within(status).findByText('Phone number: 613-555-0199');
    expect(status).toHaveTextContent('Email address: mom@example.ca');
    expect(status).not.toHaveTextContent('613-555-0100');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations).toEqual([]);

    const user = userEvent.setup();
    await user.click(
      within(status).getByRole('button', { name: 'Replace with [phone]: 613-555-0199' }),
    );
    const field = screen.getByRole('textbox', { name: 'Summary' });
    expect(field).toHaveValue('Reached at [phone] and mom@example.ca; agency 613-555-0100.');
    // Focus goes to the next hint's button, then back to the field when none is left.
    const email = within(status).getByRole('button', {
      name: 'Replace with [email]: mom@example.ca',
    });
    await waitFor(() => expect(email).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(field).toHaveValue('Reached at [phone] and [email]; agency 613-555-0100.');
    await waitFor(() => expect(field).toHaveFocus());
    expect(status).toBeEmptyDOMElement();
  });

  it('offers the case code when given one, after the placeholder, for a number naming the client', async () => {
    await renderWithProviders(
      <HintsField initial="DOB 1984-03-12, SIN 130 692 544" caseCode="CC-2026-014" />,
    );
    const status = screen.getByRole('status');
    const user = userEvent.setup();
    const sin = await within(status).findByText('Social insurance number: 130 692 544');
    expect(
      within(sin.parentElement!)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Replace with [SIN]', 'Replace with CC-2026-014', 'Ignore']);
    // A date of birth replaced by a code would read "DOB CC-2026-014": only its placeholder.
    expect(
      within(status).queryByRole('button', { name: 'Replace with CC-2026-014: 1984-03-12' }),
    ).toBeNull();
    await user.click(
      within(status).getByRole('button', { name: 'Replace with CC-2026-014: 130 692 544' }),
    );
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveValue(
      'DOB 1984-03-12, SIN CC-2026-014',
    );
  });

  it('ignores a false positive, here and wherever the same text comes again', async () => {
    await renderWithProviders(<HintsField initial="Room 1984-03-12, again 1984-03-12" />);
    const status = screen.getByRole('status');
    const user = userEvent.setup();
    const ignore = await within(status).findAllByRole('button', { name: 'Ignore: 1984-03-12' });
    expect(ignore).toHaveLength(2);
    await user.click(ignore[0]!);
    expect(status).toBeEmptyDOMElement();
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveValue(
      'Room 1984-03-12, again 1984-03-12',
    );
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveFocus());
  });
});
