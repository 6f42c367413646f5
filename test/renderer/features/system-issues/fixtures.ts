import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { vi } from 'vitest';
import { makeTestCore, type TestCore } from '../../../helpers/core';

/**
 * A core on the test clock's day (Monday 2026-11-23), with the renderer's own "today" (the
 * default day of a raise) on the same day.
 */
export function coreOnTestDay(): TestCore {
  const core = makeTestCore();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(core.clock.now());
  return core;
}

/** What axe finds wrong (colour contrast needs real layout, which jsdom has not). */
export async function axeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Two issues: one raised twice in October, one raised once last week. */
export async function seedIssues(core: TestCore) {
  const waitlist = await core.ok('systemIssue.add', {
    title: 'Detox waitlist over six weeks',
    category: 'difficulty',
    tags: ['addictions', 'waitlists'],
    raisedOn: '2026-10-01',
    note: 'Three agencies saw it.',
  });
  await core.ok('systemIssue.raise', { id: waitlist.id, raisedOn: '2026-10-15' });
  const discharge = await core.ok('systemIssue.add', {
    title: 'Discharges to shelters on Fridays',
    category: 'change_needed',
    tags: ['discharge_planning', 'Hospital liaison'],
    raisedOn: '2026-11-20',
  });
  return { waitlist, discharge };
}

/** The issue titles down the table, in order. */
export const titlesInOrder = () =>
  within(screen.getByRole('table', { name: /^System issues/ }))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

/** The table row of an issue, found by its title. */
export const issueRow = (title: string) =>
  screen.getByRole('rowheader', { name: title }).closest('tr')!;

export async function choose(user: UserEvent, button: HTMLElement, option: string) {
  await user.click(button);
  await user.click(await screen.findByRole('option', { name: option }));
}
