import { describe, expect, it } from 'vitest';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../shared/contract';
import { markSnippet, shortTitle } from '../../../electron/core/search/search-index';

describe('shortTitle', () => {
  it('keeps a short text whole, on one line', () => {
    expect(shortTitle('Call the\nshelter  ')).toBe('Call the shelter');
  });

  it('cuts a long text at a word, with an ellipsis, within the limit', () => {
    const text = 'Ask every partner agency to confirm its winter capacity before the next meeting';
    const title = shortTitle(text, 40);
    expect(title).toBe('Ask every partner agency to confirm its…');
    expect([...title].length).toBeLessThanOrEqual(40);
  });

  it('cuts a text with no space in it mid-word', () => {
    expect(shortTitle('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('never splits an emoji', () => {
    expect(shortTitle('😀'.repeat(20), 5)).toBe('😀😀😀😀…');
  });
});

describe('markSnippet', () => {
  it('removes the marks that were stored in the text itself', () => {
    expect(markSnippet(`a ${SNIPPET_OPEN}b${SNIPPET_CLOSE} c`)).toBe('a b c');
  });
});
