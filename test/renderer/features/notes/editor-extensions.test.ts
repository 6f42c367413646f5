import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import {
  BLOCK_NODES,
  INLINE_NODES,
  MARKS,
  richDocProblem,
} from '../../../../shared/domain/rich-text';
import { linkHref, toStoredDoc } from '../../../../renderer/features/notes/editor-extensions';
import { notesEditor } from './notes-editor-fixtures';

let editor: Editor;
afterEach(() => editor?.destroy());

describe('the notes schema', () => {
  it('has exactly the nodes and marks that stored notes accept', () => {
    editor = notesEditor();
    expect(Object.keys(editor.schema.nodes).sort()).toEqual(
      ['doc', ...Object.keys(BLOCK_NODES), ...Object.keys(INLINE_NODES)].sort(),
    );
    expect(Object.keys(editor.schema.marks).sort()).toEqual(Object.keys(MARKS).sort());
    expect(editor.schema.nodes.taskItem!.spec.content).toBe('paragraph block*');
  });

  it('stores whatever every toolbar command and shortcut makes', () => {
    editor = notesEditor();
    const chain = () => editor.chain().focus('end');
    chain()
      .insertContent('Plain ')
      .toggleBold()
      .insertContent('bold ')
      .toggleItalic()
      .insertContent('both')
      .run();
    chain()
      .unsetAllMarks()
      .splitBlock()
      .insertContent('Heading three')
      .toggleHeading({ level: 3 })
      .run();
    chain().splitBlock().insertContent('Heading four').toggleHeading({ level: 4 }).run();
    chain().splitBlock().setParagraph().insertContent('Bullet').toggleBulletList().run();
    chain().splitListItem('listItem').sinkListItem('listItem').insertContent('Nested').run();
    chain()
      .liftListItem('listItem')
      .liftListItem('listItem')
      .insertContent('Numbered')
      .toggleOrderedList()
      .run();
    chain().liftListItem('listItem').insertContent('Task').toggleTaskList().run();
    chain().splitListItem('taskItem').insertContent('Sub-task').sinkListItem('taskItem').run();
    editor.commands.command(({ tr, state }) => {
      // Tick the first checklist item as a click on its box does.
      state.doc.descendants((node, pos) => {
        if (node.type.name === 'taskItem' && !tr.getMeta('ticked')) {
          tr.setNodeMarkup(pos, undefined, { ...node.attrs, checked: true }).setMeta(
            'ticked',
            true,
          );
        }
      });
      return true;
    });
    chain()
      .liftListItem('taskItem')
      .liftListItem('taskItem')
      .insertContent('Quoted')
      .toggleBlockquote()
      .run();
    chain().insertContent('line').setHardBreak().insertContent('break').run();
    chain()
      .insertContent(' ')
      .insertContent({
        type: 'text',
        text: 'site',
        marks: [{ type: 'link', attrs: { href: 'https://cisss.ca' } }],
      })
      .run();
    editor.commands.insertContent({
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Third' }] }],
        },
      ],
    });

    const stored = toStoredDoc(editor.getJSON());
    expect(richDocProblem(stored)).toBeNull();
    const json = JSON.stringify(stored);
    for (const type of [
      'bold',
      'italic',
      'heading',
      'bulletList',
      'orderedList',
      'taskList',
      'taskItem',
      'blockquote',
      'hardBreak',
      'link',
    ]) {
      expect(json).toContain(`"type":"${type}"`);
    }
    expect(json).toContain('"level":4');
    expect(json).toContain('"checked":true');
    expect(json).toContain('"start":3');
    // tiptap's empty attributes are not stored.
    expect(json).not.toContain('null');
  });

  it('does not turn typed code, strike-through or rules into anything else than text', () => {
    editor = notesEditor();
    editor.commands.insertContent('<p>`code` ~~strike~~ <code>x</code></p><hr><pre>block</pre>');
    expect(richDocProblem(toStoredDoc(editor.getJSON()))).toBeNull();
  });
});

describe('toStoredDoc', () => {
  it('keeps only the attributes stored notes allow, and no marks on line breaks', () => {
    const stored = toStoredDoc({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { textAlign: 'left', id: 'x' },
          content: [
            { type: 'text', text: 'a', marks: [{ type: 'bold' }, { type: 'underline' }] },
            { type: 'hardBreak', marks: [{ type: 'bold' }] },
            {
              type: 'text',
              text: 'link',
              marks: [
                {
                  type: 'link',
                  attrs: {
                    href: 'https://a.ca',
                    target: null,
                    rel: null,
                    class: null,
                    title: null,
                    uid: 7,
                  },
                },
              ],
            },
            {
              type: 'text',
              text: 'bad',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
            { type: 'text', text: '' },
          ],
        },
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'H' }] },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
        {
          type: 'taskList',
          content: [
            { type: 'taskItem', attrs: { checked: 'yes' }, content: [{ type: 'paragraph' }] },
          ],
        },
        { type: 'image', attrs: { src: 'x.png' } },
      ],
    });
    expect(stored).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            {
              type: 'text',
              text: 'link',
              marks: [{ type: 'link', attrs: { href: 'https://a.ca' } }],
            },
            { type: 'text', text: 'bad' },
          ],
        },
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'H' }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
        {
          type: 'taskList',
          content: [
            { type: 'taskItem', attrs: { checked: false }, content: [{ type: 'paragraph' }] },
          ],
        },
      ],
    });
    expect(richDocProblem(stored)).toBeNull();
  });

  it('stores an emptied editor as an empty document', () => {
    editor = notesEditor();
    expect(toStoredDoc(editor.getJSON())).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }],
    });
    expect(toStoredDoc({ type: 'doc' })).toEqual({ type: 'doc' });
  });

  it('leaves out the empty lines at the end', () => {
    const list = {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
    };
    expect(
      toStoredDoc({
        type: 'doc',
        content: [list, { type: 'paragraph' }, { type: 'paragraph', content: [] }],
      }),
    ).toEqual({
      type: 'doc',
      content: [list],
    });
    expect(
      toStoredDoc({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph' }] }),
    ).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }],
    });
  });
});

describe('linkHref', () => {
  it.each([
    ['https://cisss.ca/page?x=1', 'https://cisss.ca/page?x=1'],
    ['http://example.org', 'http://example.org'],
    ['  cisss.ca  ', 'https://cisss.ca'],
    ['www.quebec.ca/sante', 'https://www.quebec.ca/sante'],
    ['marie@cisss.ca', 'mailto:marie@cisss.ca'],
    ['mailto:marie@cisss.ca', 'mailto:marie@cisss.ca'],
  ])('makes %s a link to %s', (typed, href) => expect(linkHref(typed)).toBe(href));

  it.each([
    '',
    'javascript:alert(1)',
    'file:///C:/x',
    'tel:5145551234',
    'two words.ca',
    'localhost',
    'ftp://x.ca',
  ])('refuses %s', (typed) => expect(linkHref(typed)).toBeNull());
});
