import axe from 'axe-core';
import { vi } from 'vitest';
import { makeTestCore } from '../../../helpers/core';

/**
 * A core on the test clock's day, with the renderer's own "today" (default dates in forms) on the
 * same day: the core counts a contact dated after its today as not yet made.
 */
export function coreOnTestDay() {
  const core = makeTestCore();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(core.clock.now());
  return core;
}

/** What axe finds wrong (colour contrast needs real layout, which jsdom has not). */
export async function axeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}
