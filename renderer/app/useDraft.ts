import { use, useCallback, useState } from 'react';
import { DraftsContext } from './drafts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Like useState, but the value is kept under `key` until `discard()` (after saving or cancelling).
 * A value back to `initial()` is not kept: nothing is left unsaved.
 */
export function useDraft<T>(key: string, initial: () => T) {
  const store = use(DraftsContext);
  // What the form starts from, even when it comes back with a kept draft.
  const [pristine] = useState(initial);
  const [value, setValue] = useState<T>(() => (store.has(key) ? (store.get(key) as T) : initial()));
  const update = useCallback(
    (next: T) => {
      if (same(next, pristine)) store.delete(key);
      else store.set(key, next);
      setValue(next);
    },
    [store, key, pristine],
  );
  const discard = useCallback(() => void store.delete(key), [store, key]);
  return [value, update, discard] as const;
}
