import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RichDoc } from '../../../../shared/domain/rich-text';
import {
  clearBackup,
  noteKey,
  readBackup,
  writeBackup,
} from '../../../../renderer/features/notes/note-backup';

const docOf = (text: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('note backups', () => {
  it('keeps one copy per note, the meeting’s general notes apart from its items’', () => {
    expect(noteKey('m1', 'i1')).not.toBe(noteKey('m1', null));
    writeBackup(noteKey('m1', 'i1'), docOf('item'), 1000);
    writeBackup(noteKey('m1', null), docOf('general'), 2000);
    expect(readBackup(noteKey('m1', 'i1'))).toEqual({ doc: docOf('item'), at: 1000 });
    expect(readBackup(noteKey('m1', null))).toEqual({ doc: docOf('general'), at: 2000 });
    expect(readBackup(noteKey('m2', null))).toBeNull();
  });

  it('is cleared by the confirmation of that exact version only', () => {
    const key = noteKey('m1', 'i1');
    writeBackup(key, docOf('newer'));
    clearBackup(key, JSON.stringify(docOf('older')));
    expect(readBackup(key)?.doc).toEqual(docOf('newer'));
    clearBackup(key, JSON.stringify(docOf('newer')));
    expect(readBackup(key)).toBeNull();
  });

  it('ignores a copy it cannot read', () => {
    const key = noteKey('m1', 'i1');
    localStorage.setItem(key, '{not json');
    expect(readBackup(key)).toBeNull();
    localStorage.setItem(key, JSON.stringify({ doc: { type: 'script' }, at: 1 }));
    expect(readBackup(key)).toBeNull();
  });

  it('says nothing when the browser storage is full or turned off', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Denied', 'SecurityError');
    });
    expect(writeBackup(noteKey('m', 'i'), docOf('x'))).toBe(false);
    expect(readBackup(noteKey('m', 'i'))).toBeNull();
    expect(() => clearBackup(noteKey('m', 'i'), '{}')).not.toThrow();
  });
});
