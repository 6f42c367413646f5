import { Editor, type JSONContent } from '@tiptap/core';
import { createNotesExtensions } from '../../../../renderer/features/notes/editor-extensions';

/** A headless notes editor (the app's schema and paste cleaning, no React), for the pure modules. */
export function notesEditor(content: JSONContent | string = '') {
  return new Editor({
    extensions: createNotesExtensions({ placeholder: '', checkboxLabel: (text) => text }),
    content,
  });
}

export const p = (text?: string): JSONContent =>
  text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
export const li = (...content: JSONContent[]): JSONContent => ({ type: 'listItem', content });
export const ul = (...items: JSONContent[]): JSONContent => ({
  type: 'bulletList',
  content: items,
});
export const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });

/** The position just after the first occurrence of `text` (the caret at the end of it). */
export function positionAfter(editor: Editor, text: string): number {
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    if (found >= 0 || !node.isText) return found < 0;
    const index = node.text!.indexOf(text);
    if (index >= 0) found = pos + index + text.length;
    return false;
  });
  if (found < 0) throw new Error(`"${text}" is not in the document`);
  return found;
}

/**
 * A paste as the browser delivers it (jsdom has no ClipboardEvent): what Word or a web page put
 * on the clipboard, as HTML and as plain text.
 */
export function pasteInto(target: Element, html: string, text = '') {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  const data: Record<string, string> = { 'text/html': html, 'text/plain': text };
  Object.defineProperty(event, 'clipboardData', {
    value: {
      types: Object.keys(data),
      files: [],
      items: [],
      getData: (type: string) => data[type] ?? '',
    },
  });
  target.dispatchEvent(event);
}
