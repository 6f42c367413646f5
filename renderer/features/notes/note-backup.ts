import { richDocProblem, type RichDoc } from '../../../shared/domain/rich-text';

/**
 * A copy of every note that the core has not confirmed yet, kept in localStorage and written
 * synchronously on every change: a reload, a crash of the host or a killed process between two
 * autosaves loses nothing, because the editor starts again from this copy and saves it.
 * A copy is removed once the core confirms that exact version.
 */

export interface NoteBackup {
  doc: RichDoc;
  /** When it was typed (epoch ms). */
  at: number;
}

const PREFIX = 'roundtable.note.';

/** One key per note: a meeting's general notes (item null) or one agenda item's. */
export function noteKey(meetingId: string, itemId: string | null): string {
  return `${PREFIX}${meetingId}/${itemId ?? 'meeting'}`;
}

// localStorage can be missing (private modes), refused (policy) or full: the core's own save is
// still the real store, so every failure here is quiet.
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Writes the copy; false when the browser refused (full or turned off). */
export function writeBackup(key: string, doc: RichDoc, at: number = Date.now()): boolean {
  try {
    const value: NoteBackup = { doc, at };
    storage()?.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** A document the editor can open: a note too long to save is still kept and shown, to be split. */
function readable(doc: unknown): doc is RichDoc {
  const problem = richDocProblem(doc);
  return problem === null || problem === 'documentTooLarge';
}

export function readBackup(key: string): NoteBackup | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (
      typeof value === 'object' &&
      value !== null &&
      'doc' in value &&
      'at' in value &&
      typeof value.at === 'number' &&
      readable(value.doc)
    ) {
      return { doc: value.doc, at: value.at };
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * Removes the copy once the core has stored `savedJson` (the document as JSON), unless something
 * newer was typed meanwhile: that copy is still the only one.
 */
export function clearBackup(key: string, savedJson: string): void {
  try {
    const backup = readBackup(key);
    if (backup && JSON.stringify(backup.doc) === savedJson) storage()?.removeItem(key);
  } catch {
    // Nothing to do: the next confirmed save tries again.
  }
}
