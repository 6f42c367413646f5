import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { followCoreClock, NINE_AM, seedMeeting } from './run-fixtures';

afterEach(() => vi.restoreAllMocks());

async function openRun() {
  const core = makeTestCore({ start: NINE_AM });
  followCoreClock(core);
  const meeting = await seedMeeting(core, [
    { title: 'Welcome and goal', minutes: 5 },
    { title: 'Winter shelter capacity', minutes: 20 },
    { title: 'Round of updates', minutes: 15 },
  ]);
  const app = await renderApp({ path: `/meetings/${meeting.id}/run`, core });
  await screen.findByRole('heading', { level: 2, name: /Welcome and goal/ });
  return { ...app, core, meeting };
}

// hidden: true, as an open dialog hides the page behind it from the accessibility tree.
const nowTitle = () =>
  screen.getByRole('heading', { level: 2, name: /^Now /, hidden: true }).textContent;

describe('run-mode shortcuts', () => {
  it('moves with N and P, arrows and number keys', async () => {
    const { user } = await openRun();
    await user.keyboard('n');
    await vi.waitFor(() => expect(nowTitle()).toContain('Winter shelter capacity'));
    await user.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(nowTitle()).toContain('Round of updates'));
    await user.keyboard('p');
    await vi.waitFor(() => expect(nowTitle()).toContain('Winter shelter capacity'));
    await user.keyboard('{ArrowLeft}');
    await vi.waitFor(() => expect(nowTitle()).toContain('Welcome and goal'));
    await user.keyboard('3');
    await vi.waitFor(() => expect(nowTitle()).toContain('Round of updates'));
  });

  it('pauses with Space, adjusts with + and −, and opens End with E', async () => {
    const { user } = await openRun();
    await user.keyboard(' ');
    expect(await screen.findByText('Paused')).toBeVisible();
    await user.keyboard(' ');
    await vi.waitFor(() => expect(screen.queryByText('Paused')).toBeNull());
    await user.keyboard('+');
    await vi.waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('6:00'));
    await user.keyboard('-');
    await vi.waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('5:00'));
    await user.keyboard('e');
    expect(await screen.findByRole('alertdialog', { name: 'End the meeting?' })).toBeVisible();
    // With the question open, keys do not reach the meeting behind it.
    await user.keyboard('n');
    expect(nowTitle()).toContain('Welcome and goal');
  });

  it('does not fire while typing in a field; Enter still presses a focused button', async () => {
    const { user } = await openRun();
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Notes');
    document.body.append(field);
    try {
      await user.click(field);
      await user.keyboard('n p 2');
      expect(field).toHaveValue('n p 2');
      expect(nowTitle()).toContain('Welcome and goal');
    } finally {
      field.remove();
    }

    // Enter on a focused button presses it.
    screen.getByRole('button', { name: '+1 min' }).focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('6:00'));
  });

  it('pauses with Space even on the last clicked button, without pressing it again', async () => {
    const { user } = await openRun();
    await user.click(screen.getByRole('button', { name: '+1 min' }));
    await vi.waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('6:00'));
    expect(screen.getByRole('button', { name: '+1 min' })).toHaveFocus();
    await user.keyboard(' ');
    expect(await screen.findByText('Paused')).toBeVisible();
    expect(screen.getByRole('timer')).toHaveTextContent('6:00');
    await user.keyboard(' ');
    await vi.waitFor(() => expect(screen.queryByText('Paused')).toBeNull());
    expect(screen.getByRole('timer')).toHaveTextContent('6:00');

    await user.click(screen.getByRole('button', { name: 'Next item' }));
    await vi.waitFor(() => expect(nowTitle()).toContain('Winter shelter capacity'));
    await user.keyboard(' ');
    expect(await screen.findByText('Paused')).toBeVisible();
    expect(nowTitle()).toContain('Winter shelter capacity');
  });

  it('focuses the agenda with G', async () => {
    const { user } = await openRun();
    await user.keyboard('g');
    expect(screen.getByRole('button', { name: 'Go to: Winter shelter capacity' })).toHaveFocus();
  });

  it('lists every shortcut in a help overlay opened by ? or its button', async () => {
    const { user } = await openRun();
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const action of [
      'Next item (the current one is marked done)',
      'Previous item',
      'Add a minute',
      'Remove a minute',
      'Go to item 1 to 9 of the agenda',
      'Speaking round: next speaker',
      'End the meeting (asks first)',
    ]) {
      expect(within(help).getByText(action)).toBeVisible();
    }
    expect(within(help).getByText('Space')).toBeVisible();
    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const again = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.click(within(again).getByRole('button', { name: 'Close' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
