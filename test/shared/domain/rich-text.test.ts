import { describe, expect, it } from 'vitest';
import {
  docFromText,
  isEmptyDoc,
  isSafeHref,
  MAX_DOC_CHARS,
  plainText,
  richDocProblem,
  type RichDoc,
  type RichNode,
} from '../../../shared/domain/rich-text';

const text = (value: string, marks?: RichNode['marks']): RichNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const doc = (...content: RichNode[]): RichDoc => ({ type: 'doc', content });

/** A bulleted list nested `levels` deep, with a word at the bottom. */
function nestedList(levels: number): RichDoc {
  let node: RichNode = paragraph(text('deep'));
  for (let i = 0; i < levels; i++) {
    node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] };
  }
  return doc(node);
}

describe('richDocProblem', () => {
  it('accepts what the notes editor writes', () => {
    const notes = doc(
      { type: 'heading', attrs: { level: 3 }, content: [text('Housing')] },
      paragraph(
        text('Bold', [{ type: 'bold' }]),
        { type: 'hardBreak' },
        text('link', [{ type: 'link', attrs: { href: 'https://cmsm.ca', target: '_blank' } }]),
      ),
      {
        type: 'taskList',
        content: [
          { type: 'taskItem', attrs: { checked: true }, content: [paragraph(text('Call'))] },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [{ type: 'listItem', content: [paragraph(text('x'))] }],
      },
      { type: 'blockquote', content: [paragraph(text('Quote', [{ type: 'italic' }]))] },
    );
    expect(richDocProblem(notes)).toBeNull();
    expect(richDocProblem({ type: 'doc' })).toBeNull();
  });

  it('refuses what the editor cannot hold, saying why', () => {
    expect(richDocProblem(null)).toBe('invalidDocument');
    expect(richDocProblem({ type: 'paragraph' })).toBe('invalidDocument');
    expect(richDocProblem(doc({ type: 'table', content: [] }))).toBe('invalidDocument');
    expect(
      richDocProblem(doc({ type: 'heading', attrs: { level: 1 }, content: [text('x')] })),
    ).toBe('invalidDocument');
    expect(richDocProblem(doc(paragraph(text('x', [{ type: 'underline' }]))))).toBe(
      'invalidDocument',
    );
    expect(richDocProblem(doc(paragraph(text(''))))).toBe('invalidDocument');
    expect(richDocProblem(doc(paragraph({ type: 'paragraph', content: [] })))).toBe(
      'invalidDocument',
    );
    expect(richDocProblem(doc({ type: 'paragraph', attrs: { style: 'color:red' } }))).toBe(
      'invalidDocument',
    );
    expect(
      richDocProblem(
        doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))),
      ),
    ).toBe('unsafeLink');
  });

  it('allows lists nested thirty deep, refuses deeper ones as too deep, without recursing', () => {
    expect(richDocProblem(nestedList(30))).toBeNull();
    expect(richDocProblem(nestedList(40))).toBe('documentTooDeep');
    // Far deeper than any stack: the walk is iterative, so the answer is the same.
    expect(richDocProblem(nestedList(100_000))).toBe('documentTooDeep');
  });

  it('refuses documents too long to be one agenda item’s notes', () => {
    const long = 'x'.repeat(10_000);
    const many = Array.from({ length: MAX_DOC_CHARS / 10_000 + 1 }, () => paragraph(text(long)));
    expect(richDocProblem(doc(...many))).toBe('documentTooLarge');
  });
});

describe('isSafeHref', () => {
  it('keeps web and mail links only', () => {
    expect(isSafeHref('https://cmsm.ca')).toBe(true);
    expect(isSafeHref('mailto:intake@agency.ca')).toBe(true);
    expect(isSafeHref(' javascript:alert(1)')).toBe(false);
    expect(isSafeHref('data:text/html,x')).toBe(false);
    expect(isSafeHref(42)).toBe(false);
  });
});

describe('plainText', () => {
  it('gives one line per block, with checklist boxes and line breaks', () => {
    const notes = doc(
      { type: 'heading', attrs: { level: 3 }, content: [text('Beds')] },
      paragraph(
        text('Twelve '),
        text('free', [{ type: 'bold' }]),
        { type: 'hardBreak' },
        text('tonight'),
      ),
      {
        type: 'taskList',
        content: [
          {
            type: 'taskItem',
            attrs: { checked: true },
            content: [paragraph(text('Call the city'))],
          },
          { type: 'taskItem', attrs: { checked: false }, content: [paragraph(text('Email MBA'))] },
        ],
      },
    );
    expect(plainText(notes)).toBe('Beds\nTwelve free\ntonight\n[x] Call the city\n[ ] Email MBA');
    expect(plainText(null)).toBe('');
  });

  it('round-trips plain lines through docFromText, and knows an empty document', () => {
    expect(plainText(docFromText('First line\r\n\n  Second line  '))).toBe(
      'First line\nSecond line',
    );
    expect(isEmptyDoc(doc(paragraph()))).toBe(true);
    expect(isEmptyDoc(docFromText('word'))).toBe(false);
  });
});
