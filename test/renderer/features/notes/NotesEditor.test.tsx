import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { MethodInput } from '../../../../shared/contract';
import { plainText, richDocProblem, type RichDoc } from '../../../../shared/domain/rich-text';
import { AppError } from '../../../../shared/errors';
import type { ApiClient } from '../../../../renderer/api/client';
import {
  NotesEditor,
  type NotesEditorProps,
} from '../../../../renderer/features/notes/NotesEditor';
import { noteKey, readBackup } from '../../../../renderer/features/notes/note-backup';
import type { CapturedWords } from '../../../../renderer/features/notes/captured-words';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { renderWithProviders } from '../../../helpers/render';
import { meetingWithItems } from '../meetings/fixtures';
import { pasteInto } from './notes-editor-fixtures';

const LABEL = 'Notes: Round of agency updates';
/** The core's clock (2026-11-23 14:00 UTC) as the status line says it. */
const SAVED_AT = `Saved at ${new Intl.DateTimeFormat('en-CA', { timeStyle: 'short' }).format(Date.UTC(2026, 10, 23, 14))}`;

const docOf = (...lines: string[]): RichDoc => ({
  type: 'doc',
  content: lines.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/**
 * Fake timers that Testing Library can live with: after each user-event action it waits for a
 * `setTimeout(0)`, which it only moves on by itself for Jest's fake timers.
 */
function useFakeTimers() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
}

/** Lets a test switch the editor to another note, as the notes screen does. */
let showNote: (props: NotesEditorProps) => void = () => {};
function Switcher(props: NotesEditorProps) {
  const [shown, setShown] = useState(props);
  showNote = setShown;
  return <NotesEditor {...shown} />;
}

async function meeting(core: TestCore) {
  const created = await meetingWithItems(core, [
    { title: 'Round of agency updates', plannedMinutes: 20 },
    { title: 'Housing', plannedMinutes: 10 },
  ]);
  const { items } = await core.ok('meeting.get', { id: created.id });
  return { meetingId: created.id, itemId: items[0]!.id, otherItemId: items[1]!.id };
}

async function notesOf(core: TestCore, meetingId: string, itemId: string) {
  const { items } = await core.ok('meeting.get', { id: meetingId });
  return items.find((item) => item.id === itemId)!.notes;
}

/** The documents sent by note.save, in order. */
function saves(call: MockInstance<ApiClient['call']>) {
  return call.mock.calls
    .filter(([method]) => method === 'note.save')
    .map(([, input]) => (input as MethodInput<'note.save'>).doc);
}

/**
 * Puts the caret at the end of the note's last line, as a click there does in a browser (jsdom's
 * click leaves it before the first paragraph, where typing would start a new one).
 */
function caretAtEnd(box: HTMLElement) {
  const line = [...box.querySelectorAll('p, h3, h4')].at(-1)!;
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  let text: Node | null = null;
  while (walker.nextNode()) text = walker.currentNode;
  const selection = document.getSelection()!;
  if (text) selection.collapse(text, text.textContent!.length);
  // Before the placeholder's <br>, which ProseMirror ignores only as the line's last child.
  else selection.collapse(line, 0);
  act(() => void document.dispatchEvent(new Event('selectionchange')));
}

interface Options extends Partial<NotesEditorProps> {
  core?: TestCore;
  language?: 'en' | 'fr';
  /** Timers under the test's control (installed once the app is up). */
  fakeTimers?: boolean;
}

async function openEditor({ core = makeTestCore(), language, fakeTimers, ...props }: Options = {}) {
  const place = await meeting(core);
  const app = await renderWithProviders(
    <Switcher
      meetingId={place.meetingId}
      itemId={place.itemId}
      initial={null}
      label={LABEL}
      {...props}
    />,
    { core, settings: language ? { language } : undefined },
  );
  const callThrough = app.client.call;
  const call = vi.spyOn(app.client, 'call');
  if (fakeTimers) useFakeTimers();
  // No pauses between keys: with fake timers, time only moves when the test says so.
  const user = userEvent.setup({ delay: null });
  const box = screen.getByRole('textbox', { name: props.label ?? LABEL });
  await user.click(box);
  caretAtEnd(box);
  return { ...app, ...place, core, call, callThrough, user, box };
}

describe('NotesEditor › autosave', () => {
  it('saves after a pause in typing, then says when', async () => {
    const { core, user, call, meetingId, itemId } = await openEditor({ fakeTimers: true });
    await user.keyboard('Hello partners');
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    await act(() => vi.advanceTimersByTimeAsync(650));
    expect(saves(call)).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(saves(call)).toEqual([docOf('Hello partners')]);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByRole('status')).toHaveTextContent(SAVED_AT);
    expect(screen.getByRole('status').querySelector('[aria-hidden]')).toHaveTextContent('✓');
    expect(await notesOf(core, meetingId, itemId)).toEqual(docOf('Hello partners'));
    // Confirmed: the local copy is gone.
    expect(readBackup(noteKey(meetingId, itemId))).toBeNull();
  });

  it('saves at once when the notes lose focus, and one save at a time', async () => {
    const { user, box, call } = await openEditor({ fakeTimers: true });
    await user.keyboard('First');
    await user.tab();
    expect(saves(call)).toEqual([docOf('First')]);
    // Typing during a save: sent when it ends, together.
    await user.click(box);
    caretAtEnd(box);
    await user.keyboard(' and more');
    await user.tab();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(saves(call)).toEqual([docOf('First'), docOf('First and more')]);
  });

  it('saves at once when the window is hidden or closed', async () => {
    const { user, call } = await openEditor({ fakeTimers: true });
    await user.keyboard('Before hiding');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(saves(call)).toEqual([docOf('Before hiding')]);
    visibility.mockRestore();
    await act(() => vi.advanceTimersByTimeAsync(0));
    await user.keyboard(' and closing');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(saves(call)).toEqual([docOf('Before hiding'), docOf('Before hiding and closing')]);
  });

  it('saves while typing goes on without a pause', async () => {
    const { user, call } = await openEditor({ fakeTimers: true });
    for (let i = 0; i < 10; i++) {
      await user.keyboard('word ');
      await act(() => vi.advanceTimersByTimeAsync(400));
    }
    expect(saves(call).length).toBeGreaterThanOrEqual(1);
  });

  it('saves when the item changes, and shows what was typed on coming back', async () => {
    const { core, user, call, meetingId, itemId, otherItemId } = await openEditor();
    await user.keyboard('Typed under the first item');
    const other = docOf('Housing notes');
    act(() =>
      showNote({ meetingId, itemId: otherItemId, initial: other, label: 'Notes: Housing' }),
    );
    // The save went as the first item's editor closed.
    expect(saves(call)).toEqual([docOf('Typed under the first item')]);
    expect(screen.getByRole('textbox', { name: 'Notes: Housing' })).toHaveTextContent(
      'Housing notes',
    );
    await waitFor(async () =>
      expect(await notesOf(core, meetingId, itemId)).toEqual(docOf('Typed under the first item')),
    );
    // Back to the first item with the screen's stale copy (fetched before typing): the typing shows.
    act(() => showNote({ meetingId, itemId, initial: null, label: LABEL }));
    expect(screen.getByRole('textbox', { name: LABEL })).toHaveTextContent(
      'Typed under the first item',
    );
  });

  it('keeps a local copy while the core cannot be reached, retries ever later, and reopens from it', async () => {
    const core = makeTestCore();
    const first = await openEditor({ core, fakeTimers: true });
    const { user, call, callThrough, meetingId, itemId } = first;
    call.mockImplementation(async (method, input) => {
      if (method === 'note.save') throw new AppError('unavailable', 'The core is not running.');
      return callThrough(method, input);
    });
    const times: number[] = [];
    let now = 0;
    await user.keyboard('Offline words');
    // Every change is in localStorage straight away.
    expect(readBackup(noteKey(meetingId, itemId))?.doc).toEqual(docOf('Offline words'));
    await act(() => vi.advanceTimersByTimeAsync(700));
    expect(screen.getByRole('status')).toHaveTextContent('Not saved — retrying');
    expect(screen.getByRole('status').querySelector('[aria-hidden]')).toHaveTextContent('⚠');
    for (let step = 0; step < 120; step++) {
      const before = saves(call).length;
      await act(() => vi.advanceTimersByTimeAsync(250));
      now += 250;
      if (saves(call).length > before) times.push(now);
    }
    // Waits of 0.5, 1, 2, 4, 8 and then 10 seconds.
    expect(times.slice(0, 6)).toEqual([500, 1500, 3500, 7500, 15500, 25500]);
    expect(screen.getByRole('status')).toHaveTextContent('Not saved — retrying');

    // The window is closed before the core comes back; later the app is opened again.
    first.unmount();
    vi.useRealTimers();
    expect(await notesOf(core, meetingId, itemId)).toBeNull();
    await renderWithProviders(
      <NotesEditor meetingId={meetingId} itemId={itemId} initial={null} label={LABEL} />,
      { core },
    );
    expect(screen.getByRole('textbox', { name: LABEL })).toHaveTextContent('Offline words');
    await waitFor(async () =>
      expect(await notesOf(core, meetingId, itemId)).toEqual(docOf('Offline words')),
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(SAVED_AT));
    expect(readBackup(noteKey(meetingId, itemId))).toBeNull();
  });

  it('says why the core refused the notes, and does not send them again unchanged', async () => {
    const { user, call } = await openEditor({ fakeTimers: true });
    call.mockImplementation(async () => {
      throw new AppError('invalid_input', 'Invalid input.', [
        { path: ['doc'], message: 'documentTooLarge' },
      ]);
    });
    await user.keyboard('Far too long');
    await act(() => vi.advanceTimersByTimeAsync(700));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not saved: These notes are too long for one agenda item.',
    );
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    await user.tab();
    expect(saves(call)).toHaveLength(1);
  });

  it('opens from a copy left by a reload when it differs from the stored notes, and saves it', async () => {
    const core = makeTestCore();
    const { meetingId, itemId } = await meeting(core);
    await core.ok('note.save', { meetingId, itemId, doc: docOf('Saved earlier') });
    localStorage.setItem(
      noteKey(meetingId, itemId),
      JSON.stringify({ doc: docOf('Saved earlier', 'Typed before the crash'), at: 1 }),
    );
    await renderWithProviders(
      <NotesEditor
        meetingId={meetingId}
        itemId={itemId}
        initial={docOf('Saved earlier')}
        label={LABEL}
      />,
      { core },
    );
    expect(screen.getByRole('textbox', { name: LABEL })).toHaveTextContent(
      'Typed before the crash',
    );
    await waitFor(async () =>
      expect(await notesOf(core, meetingId, itemId)).toEqual(
        docOf('Saved earlier', 'Typed before the crash'),
      ),
    );
  });
});

/** The words handed to `onCapture`, the last time it was called. */
function capturedBy(onCapture: MockInstance<(words: CapturedWords) => void>) {
  const call = onCapture.mock.calls.at(-1);
  if (!call) throw new Error('Nothing was captured');
  return call[0];
}

describe('NotesEditor › capture', () => {
  it('captures the line with Ctrl+Shift+A, and takes it out only once committed', async () => {
    const onCapture = vi.fn<(words: CapturedWords) => void>();
    const { core, user, box, meetingId, itemId } = await openEditor({ onCapture });
    await user.keyboard('Round table{Enter}Marie to call the landlord');
    await user.keyboard('{Control>}{Shift>}A{/Shift}{/Control}');
    expect(onCapture).toHaveBeenCalledOnce();
    const words = capturedBy(onCapture);
    expect(words).toMatchObject({ kind: 'action', text: 'Marie to call the landlord' });
    expect(box).toHaveAttribute(
      'aria-keyshortcuts',
      'Control+Shift+A Control+Shift+D Control+Shift+G Alt+Enter',
    );
    // Still in the note, and saved as typed: the form it went to may yet be cancelled.
    expect(box).toHaveTextContent('landlord');
    await user.tab();
    await waitFor(async () =>
      expect(await notesOf(core, meetingId, itemId)).toEqual(
        docOf('Round table', 'Marie to call the landlord'),
      ),
    );

    act(() => words.commit());
    expect(box).not.toHaveTextContent('landlord');
    await waitFor(async () =>
      expect(await notesOf(core, meetingId, itemId)).toEqual(docOf('Round table')),
    );
    // Ctrl+Z in the note brings the line back, and only the line.
    await user.click(box);
    await user.keyboard('{Control>}z{/Control}');
    expect(box).toHaveTextContent('Round tableMarie to call the landlord');
  });

  it('captures a list item as a decision with Ctrl+Shift+D; a released capture leaves it', async () => {
    const onCapture = vi.fn<(words: CapturedWords) => void>();
    const { user, box } = await openEditor({ onCapture });
    await user.keyboard('- Fund the pilot{Enter}Second point');
    await user.keyboard('{ArrowUp}');
    await user.keyboard('{Control>}{Shift>}D{/Shift}{/Control}');
    const words = capturedBy(onCapture);
    expect(words.kind).toBe('decision');
    expect(['Fund the pilot', 'Second point']).toContain(words.text);
    act(() => words.release());
    act(() => words.commit());
    expect(within(box).getAllByRole('listitem')).toHaveLength(2);

    await user.keyboard('{Control>}{Shift>}D{/Shift}{/Control}');
    act(() => capturedBy(onCapture).commit());
    expect(within(box).getAllByRole('listitem')).toHaveLength(1);
  });

  it('puts committed words back through the saved note once its editor has closed', async () => {
    const onCapture = vi.fn<(words: CapturedWords) => void>();
    const { core, user, box, meetingId, itemId, otherItemId } = await openEditor({ onCapture });
    await user.keyboard('Round table{Enter}Marie to call the landlord');
    await user.keyboard('{Control>}{Shift>}A{/Shift}{/Control}');
    const words = capturedBy(onCapture);
    act(() => words.commit());
    expect(box).not.toHaveTextContent('landlord');

    const props = { meetingId, initial: null, onCapture };
    act(() => showNote({ ...props, itemId: otherItemId, label: 'Notes: Housing' }));
    await screen.findByRole('textbox', { name: 'Notes: Housing' });
    // The editor that left is destroyed a moment after it unmounts.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    act(() => words.restore());
    const restored = docOf('Round table', 'Marie to call the landlord');
    await waitFor(async () => expect(await notesOf(core, meetingId, itemId)).toEqual(restored));
    act(() => showNote({ ...props, itemId, label: LABEL }));
    expect(await screen.findByRole('textbox', { name: LABEL })).toHaveTextContent(
      'Round tableMarie to call the landlord',
    );
  });

  it('leaves the shortcuts alone when the screen takes no captures', async () => {
    const { user, box } = await openEditor();
    await user.keyboard('Just notes');
    await user.keyboard('{Control>}{Shift>}A{/Shift}{/Control}');
    expect(box).toHaveTextContent('Just notes');
  });
});

describe('NotesEditor › slash menu', () => {
  it('opens on "/", filters as one types, and captures the line as a decision', async () => {
    const onCapture = vi.fn<(words: CapturedWords) => void>();
    const { user, box } = await openEditor({ onCapture });
    await user.keyboard('Fund the pilot /');
    const menu = await screen.findByRole('listbox', { name: 'Commands' });
    const options = within(menu).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('Action item'),
      expect.stringContaining('Decision'),
      expect.stringContaining('Heading'),
      expect.stringContaining('Checklist'),
      expect.stringContaining('Bulleted list'),
      expect.stringContaining('Add to glossary'),
    ]);
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(box).toHaveAttribute('aria-controls', menu.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('dec');
    await waitFor(() =>
      expect(
        within(screen.getByRole('listbox'))
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual([expect.stringContaining('Decision')]),
    );
    await user.keyboard('{Enter}');
    expect(onCapture).toHaveBeenCalledOnce();
    expect(capturedBy(onCapture)).toMatchObject({ kind: 'decision', text: 'Fund the pilot' });
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    // The command leaves; the words stay until what they became is saved.
    expect(box).toHaveTextContent('Fund the pilot');
    expect(box).not.toHaveTextContent('/dec');
    act(() => capturedBy(onCapture).commit());
    expect(box).not.toHaveTextContent('Fund the pilot');
    expect(box).not.toHaveAttribute('aria-activedescendant');
  });

  it('moves with the arrow keys, and turns the line into a heading', async () => {
    const { user, box, core, meetingId, itemId } = await openEditor({ onCapture: vi.fn() });
    await user.keyboard('/');
    const menu = await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const options = within(menu).getAllByRole('option');
    expect(options[2]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[2]!.id);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(box).toHaveAttribute('aria-activedescendant', options[5]!.id);
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.keyboard('Housing');
    await user.tab();
    await waitFor(async () =>
      // The empty line the editor keeps below a heading is not stored.
      expect(await notesOf(core, meetingId, itemId)).toEqual({
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Housing' }] },
        ],
      }),
    );
  });

  it('closes with Escape and leaves the slash as typed; "and/or" opens nothing', async () => {
    const { user, box } = await openEditor({ onCapture: vi.fn() });
    await user.keyboard('one /');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(box).toHaveTextContent('one /');
    await user.keyboard(' and/or');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('finds commands in French without the accents, and hides captures when there is no capture', async () => {
    const { user } = await openEditor({ onCapture: vi.fn(), language: 'fr' });
    await user.keyboard('/deci');
    const menu = await screen.findByRole('listbox', { name: 'Commandes' });
    expect(within(menu).getByRole('option')).toHaveTextContent('Décision');
  });

  it('offers only the formatting commands when the screen takes no captures', async () => {
    const { user } = await openEditor();
    await user.keyboard('/');
    const menu = await screen.findByRole('listbox');
    expect(
      within(menu)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      expect.stringContaining('Heading'),
      expect.stringContaining('Checklist'),
      expect.stringContaining('Bulleted list'),
      expect.stringContaining('Add to glossary'),
    ]);
  });
});

describe('NotesEditor › formatting and paste', () => {
  it('cleans what is pasted from Word to what the notes hold', async () => {
    const { core, user, box, meetingId, itemId } = await openEditor();
    pasteInto(
      box,
      '<html><head><style>p{mso-x:1}</style></head><body><!--StartFragment-->' +
        '<p class=MsoNormal><b>Bold</b> <span style="color:red">red</span><o:p></o:p></p>' +
        '<table><tr><td>Cell</td></tr></table><p><img src="file:///C:/x.png"></p><!--EndFragment--></body></html>',
      'Bold red Cell',
    );
    await user.tab();
    await waitFor(async () => {
      const notes = await notesOf(core, meetingId, itemId);
      expect(plainText(notes)).toBe('Bold red\nCell');
      expect(richDocProblem(notes)).toBeNull();
      expect(JSON.stringify(notes)).not.toMatch(/color|img|table|mso|StartFragment/);
    });
  });

  it('has toggles that say whether they are on', async () => {
    const { core, user, box, meetingId, itemId } = await openEditor();
    const toolbar = screen.getByRole('toolbar', { name: `Formatting: ${LABEL}` });
    // Reached from the notes with Shift+Tab, moved through with the arrows; each toggle's
    // shortcut is in its tooltip, which describes it.
    await user.tab({ shift: true });
    expect(within(toolbar).getByRole('button', { name: 'Add to glossary' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(within(toolbar).getByRole('button', { name: 'Link' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    const checklist = within(toolbar).getByRole('button', { name: 'Checklist' });
    expect(checklist).toHaveFocus();
    await waitFor(() => expect(checklist).toHaveAccessibleDescription('Checklist (Ctrl+Shift+9)'));
    const bold = within(toolbar).getByRole('button', { name: 'Bold' });
    expect(bold).toHaveAttribute('aria-pressed', 'false');
    await user.click(bold);
    expect(bold).toHaveAttribute('aria-pressed', 'true');
    // tiptap's focus command hands focus back on the next animation frame.
    await waitFor(() => expect(box).toHaveFocus());
    await user.keyboard('Strong');
    await user.click(within(toolbar).getByRole('button', { name: 'Checklist' }));
    expect(within(toolbar).getByRole('button', { name: 'Checklist' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.tab();
    await waitFor(async () =>
      expect(await notesOf(core, meetingId, itemId)).toMatchObject({
        content: [
          {
            type: 'taskList',
            content: [
              {
                type: 'taskItem',
                attrs: { checked: false },
                content: [
                  { type: 'paragraph', content: [{ text: 'Strong', marks: [{ type: 'bold' }] }] },
                ],
              },
            ],
          },
        ],
      }),
    );
  });

  it('asks for a link address, adds https:// to a bare domain and refuses other schemes', async () => {
    const { core, user, box, meetingId, itemId } = await openEditor();
    await user.keyboard('See ');
    await user.click(screen.getByRole('button', { name: 'Link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a link' });
    const address = within(dialog).getByRole('textbox', { name: 'Web or email address' });
    await user.type(address, 'javascript:alert(1)');
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(within(dialog).getByText(/Enter a web address/)).toBeVisible();
    await user.clear(address);
    await user.type(address, 'cisss.ca{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(box).getByRole('link', { name: 'cisss.ca' })).toHaveAttribute(
      'href',
      'https://cisss.ca',
    );
    await waitFor(() => expect(box).toHaveFocus());
    await user.tab();
    await waitFor(async () =>
      expect(JSON.stringify(await notesOf(core, meetingId, itemId))).toContain(
        '"href":"https://cisss.ca"',
      ),
    );
  });

  it('is a labelled multi-line text box, read-only when asked, and passes axe', async () => {
    const { container, box } = await openEditor();
    expect(box).toHaveAttribute('aria-multiline', 'true');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });

  it('cannot be edited when read-only', async () => {
    const { box, user, call } = await openEditor({ readOnly: true, initial: docOf('Locked') });
    expect(box).toHaveAttribute('contenteditable', 'false');
    expect(box).toHaveAttribute('aria-readonly', 'true');
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
    await user.keyboard('more');
    expect(box).toHaveTextContent(/^Locked$/);
    expect(saves(call)).toEqual([]);
  });
});
