import { afterEach, describe, expect, it } from 'vitest';
import type { Editor, JSONContent } from '@tiptap/core';
import { captureFromState } from '../../../../renderer/features/notes/capture';
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
