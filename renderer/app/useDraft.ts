import { use, useCallback, useState } from 'react';
import { DraftsContext } from './drafts';

/** Like useState, but the value is kept under `key` until `discard()` (after saving or cancelling). */
export function useDraft<T>(key: string, initial: () => T) {
  const store = use(DraftsContext);
  const [value, setValue] = useState<T>(() => (store.has(key) ? (store.get(key) as T) : initial()));
  const update = useCallback(
    (next: T) => {
      store.set(key, next);
      setValue(next);
    },
    [store, key],
  );
  const discard = useCallback(() => void store.delete(key), [store, key]);
  return [value, update, discard] as const;
}
