/** Order changes on a list of keys, as drag and drop and the move buttons make them. */

/** Moves `moving` (in their current order) before or after `target`. */
export function moveKeys<K>(
  order: readonly K[],
  moving: readonly K[],
  target: K,
  position: 'before' | 'after',
): K[] {
  const set = new Set(moving);
  if (set.has(target)) return [...order];
  const kept = order.filter((key) => !set.has(key));
  const moved = order.filter((key) => set.has(key));
  const at = kept.indexOf(target) + (position === 'after' ? 1 : 0);
  return [...kept.slice(0, at), ...moved, ...kept.slice(at)];
}

/** Moves one key up (-1) or down (+1); unchanged at either end. */
export function moveBy<K>(order: readonly K[], key: K, delta: -1 | 1): K[] {
  const from = order.indexOf(key);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, key);
  return next;
}
