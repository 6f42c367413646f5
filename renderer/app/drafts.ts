import { createContext } from 'react';

/**
 * Form drafts live above the screens' error boundaries, so what someone typed survives a screen
 * that failed and was tried again. A form's draft is only kept while it differs from the form's
 * starting values, so a draft under a form's key means unsaved changes.
 */
export const DraftsContext = createContext<Map<string, unknown>>(new Map());

/** The suffix of the keys saying which dialogs are open (see useFormDialog). */
export const OPEN_SUFFIX = '#open';

/** True when some form holds typed values that were not saved. */
export function hasUnsavedDrafts(drafts: ReadonlyMap<string, unknown>): boolean {
  return [...drafts.keys()].some((key) => !key.endsWith(OPEN_SUFFIX));
}

const STORAGE_KEY = 'roundtable.drafts';

/** Keeps the open forms and their values for this tab only, to come back after a reload. */
export function saveDraftsForReload(drafts: ReadonlyMap<string, unknown>): void {
  try {
    if (hasUnsavedDrafts(drafts)) {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...drafts]));
    } else {
      sessionStorage.removeItem(STORAGE_KEY);
    }
  } catch {
    // Storage can be full or turned off: the beforeunload question still protects the typing.
  }
}

/** The drafts saved by `saveDraftsForReload`, once: they are removed as they are read. */
export function takeDraftsSavedForReload(): Map<string, unknown> {
  try {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    sessionStorage.removeItem(STORAGE_KEY);
    const entries: unknown = saved ? JSON.parse(saved) : [];
    if (!Array.isArray(entries)) return new Map();
    return new Map(
      entries.filter(
        (e): e is [string, unknown] =>
          Array.isArray(e) && e.length === 2 && typeof e[0] === 'string',
      ),
    );
  } catch {
    return new Map();
  }
}
