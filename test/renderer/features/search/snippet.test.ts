import { describe, expect, it } from 'vitest';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../../shared/contract';
import { splitSnippet } from '../../../../renderer/features/search/snippet';
import {
  isSearchShortcut,
  searchShortcutLabel,
} from '../../../../renderer/features/search/shortcut';

const marked = (text: string) => `${SNIPPET_OPEN}${text}${SNIPPET_CLOSE}`;

describe('search snippets', () => {
  it('cuts a snippet into text and matches', () => {
    expect(splitSnippet(`…the ${marked('réunion')} of ${marked('partners')} today`)).toEqual([
      { text: '…the ', match: false },
      { text: 'réunion', match: true },
      { text: ' of ', match: false },
      { text: 'partners', match: true },
      { text: ' today', match: false },
    ]);
  });

  it('keeps markup as text, and ends a match left open at the end', () => {
    expect(splitSnippet(`<b>x</b> ${SNIPPET_OPEN}cut`)).toEqual([
      { text: '<b>x</b> ', match: false },
      { text: 'cut', match: true },
    ]);
  });
});

describe('search shortcut', () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

  it('is Ctrl+K, or ⌘K on Apple keyboards', () => {
    expect(isSearchShortcut(key({ key: 'k', ctrlKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key({ key: 'K', ctrlKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key({ key: 'k', metaKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key({ key: 'k', metaKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key({ key: 'k', ctrlKey: true }), true)).toBe(false);
    expect(isSearchShortcut(key({ key: 'k', ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key({ key: 'k' }), false)).toBe(false);
  });

  it('is written the way each platform writes it', () => {
    expect(searchShortcutLabel(true)).toEqual({ shown: '⌘K', aria: 'Meta+K' });
    expect(searchShortcutLabel(false)).toEqual({ shown: 'Ctrl+K', aria: 'Control+K' });
  });
});
