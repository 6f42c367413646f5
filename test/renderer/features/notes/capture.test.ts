import { afterEach, describe, expect, it } from 'vitest';
import type { Editor, JSONContent } from '@tiptap/core';
import type { RichDoc } from '../../../../shared/domain/rich-text';
import { captureFromState } from '../../../../renderer/features/notes/capture';
import { captureWords, type NoteAccess } from '../../../../renderer/features/notes/captured-words';
import { toStoredDoc } from '../../../../renderer/features/notes/editor-extensions';
import { doc, li, notesEditor, p, positionAfter, ul } from './notes-editor-fixtures';

let editor: Editor;
afterEach(() => editor.destroy());

/** Captures with the caret after `at` (or `at` selected when `select`), applies the change. */
function capture(content: JSONContent, at: string, select = false) {
  editor = notesEditor(content);
  const to = positionAfter(editor, at);
  editor.commands.setTextSelection(select ? { from: to - at.length, to } : to);
  const { text, tr } = captureFromState(editor.state);
  if (tr) editor.view.dispatch(tr);
  return { text, changed: tr !== null, after: editor.getJSON() };
}

describe('capturing a line of the notes', () => {
  it('takes the current paragraph and removes it', () => {
    const result = capture(
      doc(p('Round of updates'), p('Marie to call the landlord'), p('Next')),
      'Marie',
    );
    expect(result.text).toBe('Marie to call the landlord');
    expect(result.after).toEqual(doc(p('Round of updates'), p('Next')));
  });

  it('removes a list item, and the list when it was its only item', () => {
    const middle = capture(doc(ul(li(p('one')), li(p('Call the CLSC')), li(p('three')))), 'CLSC');
    expect(middle.text).toBe('Call the CLSC');
    expect(middle.after).toEqual(doc(ul(li(p('one')), li(p('three'))), p()));
    editor.destroy();

    const only = capture(doc(p('Intro'), ul(li(p('Book the room')))), 'room');
    expect(only.text).toBe('Book the room');
    // The empty paragraph after the list is the editor's trailing line, not left by the capture.
    expect(only.after.content?.some((n) => n.type === 'bulletList')).toBe(false);
    expect(only.after.content?.[0]).toEqual(p('Intro'));
  });

  it('removes a checklist item and a heading the same way', () => {
    const task = capture(
      doc(p('Before'), {
        type: 'taskList',
        content: [
          { type: 'taskItem', attrs: { checked: false }, content: [p('Send the form')] },
          { type: 'taskItem', attrs: { checked: true }, content: [p('Done already')] },
        ],
      }),
      'form',
    );
    expect(task.text).toBe('Send the form');
    expect(JSON.stringify(task.after)).not.toContain('Send the form');
    expect(JSON.stringify(task.after)).toContain('Done already');
    editor.destroy();

    const heading = capture(
      doc(
        {
          type: 'heading',
          attrs: { level: 3 },
          content: [{ type: 'text', text: 'Fund the pilot' }],
        },
        p('x'),
      ),
      'pilot',
    );
    expect(heading.text).toBe('Fund the pilot');
    expect(heading.after).toEqual(doc(p('x')));
  });

  it('keeps an empty paragraph when the line was the whole note', () => {
    const result = capture(doc(p('The only line')), 'only');
    expect(result.text).toBe('The only line');
    expect(result.after).toEqual(doc(p()));
    editor.destroy();

    const list = capture(doc(ul(li(p('Only item')))), 'item');
    expect(list.text).toBe('Only item');
    expect(JSON.stringify(list.after)).not.toContain('Only item');
    expect(list.after.content?.[0]).toEqual(p());
  });

  it('clears the line but keeps the sub-list of a list item that has one', () => {
    const result = capture(doc(ul(li(p('Parent point'), ul(li(p('Child point')))))), 'Parent');
    expect(result.text).toBe('Parent point');
    expect(result.after.content?.[0]).toEqual(ul(li(p(), ul(li(p('Child point'))))));
  });

  it('takes only the selection when there is one, and tidies its spaces', () => {
    const result = capture(
      doc(p('Agreed:  fund the   pilot, then lunch')),
      'fund the   pilot',
      true,
    );
    expect(result.text).toBe('fund the pilot');
    expect(result.after).toEqual(doc(p('Agreed:  , then lunch')));
  });

  it('removes the line when the selection was all of it', () => {
    const result = capture(doc(p('Keep'), p('Whole line'), p('Keep too')), 'Whole line', true);
    expect(result.text).toBe('Whole line');
    expect(result.after).toEqual(doc(p('Keep'), p('Keep too')));
  });

  it('joins the parts of a line broken with Shift+Enter', () => {
    editor = notesEditor(
      doc({
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Line one' },
          { type: 'hardBreak' },
          { type: 'text', text: 'line two' },
        ],
      }),
    );
    editor.commands.setTextSelection(positionAfter(editor, 'line two'));
    expect(captureFromState(editor.state).text).toBe('Line one line two');
  });

  it('takes nothing and changes nothing on a blank line', () => {
    editor = notesEditor(doc(p('Text'), p()));
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    expect(captureFromState(editor.state)).toEqual({ text: '', tr: null });
  });
});

/**
 * A note as the notes screen has it: an editor, and the saved copy its autosave keeps (the
 * place captured words go back to once the editor has closed).
 */
function noteWith(content: JSONContent) {
  const note = {
    editor: notesEditor(content) as Editor | null,
    stored: null as RichDoc | null,
    saves: 0,
  };
  const watch = (target: Editor) =>
    target.on('update', () => (note.stored = toStoredDoc(target.getJSON())));
  watch(note.editor!);
  note.stored = toStoredDoc(note.editor!.getJSON());
  const access: NoteAccess = {
    openEditor: () => note.editor,
    doc: () => note.stored,
    save: (saved) => {
      note.stored = saved;
      note.saves += 1;
    },
  };
  return {
    note,
    access,
    /** Closes the note's editor, as leaving the agenda item does. */
    close() {
      note.editor!.destroy();
      note.editor = null;
    },
    /** Opens the note again from its saved copy. */
    reopen() {
      note.editor = notesEditor(note.stored!);
      watch(note.editor);
      return note.editor;
    },
  };
}

/** Captures with the caret after `at` (or `at` selected). */
function captureIn(target: Editor, access: NoteAccess, at: string, select = false) {
  const to = positionAfter(target, at);
  target.commands.setTextSelection(select ? { from: to - at.length, to } : to);
  return captureWords(target, access, 'action');
}

const LINES = doc(p('Round of updates'), p('Marie to call the landlord'), p('Next'));

describe('captured words', () => {
  it('stay in the note until committed; a released capture changes nothing', () => {
    const { note, access } = noteWith(LINES);
    editor = note.editor!;
    const words = captureIn(editor, access, 'Marie');
    expect(words.text).toBe('Marie to call the landlord');
    expect(editor.getJSON()).toEqual(LINES);
    words.release();
    words.commit();
    expect(editor.getJSON()).toEqual(LINES);
    // Nothing to undo: the capture never touched the note.
    expect(editor.can().undo()).toBe(false);
  });

  it('leave the note on commit, as one step Ctrl+Z takes back', () => {
    const { note, access } = noteWith(LINES);
    editor = note.editor!;
    editor.commands.setTextSelection(positionAfter(editor, 'Next'));
    editor.commands.insertContent(' steps');
    const words = captureIn(editor, access, 'Marie');
    words.commit();
    expect(editor.getJSON()).toEqual(doc(p('Round of updates'), p('Next steps')));
    editor.commands.undo();
    expect(editor.getJSON()).toEqual(
      doc(p('Round of updates'), p('Marie to call the landlord'), p('Next steps')),
    );
    editor.commands.undo();
    expect(editor.getJSON()).toEqual(LINES);
  });

  it('go back where they were on restore, after changes around them', () => {
    const { note, access } = noteWith(
      doc(ul(li(p('one')), li(p('Call the CLSC')), li(p('three')))),
    );
    editor = note.editor!;
    const words = captureIn(editor, access, 'CLSC');
    words.commit();
    editor.commands.setTextSelection(positionAfter(editor, 'one'));
    editor.commands.insertContent(' more');
    words.restore();
    expect(editor.getJSON()).toEqual(
      doc(ul(li(p('one more')), li(p('Call the CLSC')), li(p('three'))), p()),
    );
    // Once only.
    words.restore();
    expect(JSON.stringify(editor.getJSON()).split('CLSC')).toHaveLength(2);
  });

  it('are not put back twice when Ctrl+Z already brought them back', () => {
    const { note, access } = noteWith(LINES);
    editor = note.editor!;
    const words = captureIn(editor, access, 'Marie');
    words.commit();
    editor.commands.undo();
    words.restore();
    expect(editor.getJSON()).toEqual(LINES);
  });

  it('take only the selection, and put it back inside its line', () => {
    const { note, access } = noteWith(doc(p('Agreed: fund the pilot, then lunch')));
    editor = note.editor!;
    const words = captureIn(editor, access, 'fund the pilot', true);
    words.commit();
    expect(editor.getJSON()).toEqual(doc(p('Agreed: , then lunch')));
    words.restore();
    expect(editor.getJSON()).toEqual(doc(p('Agreed: fund the pilot, then lunch')));
  });

  it('go back through the saved note when its editor has closed', () => {
    const { note, access, close } = noteWith(LINES);
    editor = notesEditor();
    const words = captureIn(note.editor!, access, 'Marie');
    words.commit();
    close();
    words.restore();
    expect(note.saves).toBe(1);
    expect(note.stored).toEqual(toStoredDoc(LINES));
  });

  it('go back into the note opened again, at their place or else at the end', () => {
    const first = noteWith(LINES);
    const words = captureIn(first.note.editor!, first.access, 'Marie');
    words.commit();
    first.close();
    editor = first.reopen();
    words.restore();
    expect(editor.getJSON()).toEqual(LINES);
    editor.destroy();

    const second = noteWith(LINES);
    const moved = captureIn(second.note.editor!, second.access, 'Marie');
    moved.commit();
    second.close();
    editor = second.reopen();
    // Typed after coming back: the old positions mean nothing in this editor.
    editor.commands.setContent(doc(p('Rewritten')), { emitUpdate: true });
    moved.restore();
    expect(editor.getJSON()).toEqual(doc(p('Rewritten'), p('Marie to call the landlord')));
  });

  it('are found by their words when committed after the editor closed', () => {
    const { note, access, close } = noteWith(LINES);
    editor = notesEditor();
    const words = captureIn(note.editor!, access, 'Marie');
    close();
    words.commit();
    expect(note.stored).toEqual(toStoredDoc(doc(p('Round of updates'), p('Next'))));
    words.restore();
    expect(note.stored).toEqual(toStoredDoc(LINES));
  });

  it('of a blank line do nothing', () => {
    const { note, access } = noteWith(doc(p('Text'), p()));
    editor = note.editor!;
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    const words = captureWords(editor, access, 'decision');
    expect(words.text).toBe('');
    words.commit();
    words.restore();
    expect(editor.getJSON()).toEqual(doc(p('Text'), p()));
  });
});
