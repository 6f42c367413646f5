import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { playChime } from '../../../../renderer/features/run/chime';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';

vi.mock('../../../../renderer/features/run/chime', () => ({ playChime: vi.fn() }));

beforeEach(() => vi.mocked(playChime).mockClear());

async function openSettings() {
  const core = makeTestCore();
  const app = await renderApp({ path: '/settings', core });
  const section = await screen.findByRole('region', { name: 'Meeting timer' });
  return { ...app, core, section };
}

describe('Settings › Meeting timer', () => {
  it('saves the warning and final thresholds, in seconds, and says them in minutes', async () => {
    const { user, core, section } = await openSettings();
    const warning = within(section).getByRole('textbox', { name: '“Wrap up” warning' });
    expect(warning).toHaveValue('120');
    expect(within(section).getByText(/That is 2 minutes\./)).toBeVisible();

    await user.clear(warning);
    await user.type(warning, '90');
    await user.tab();
    await vi.waitFor(async () =>
      expect((await core.ok('settings.get', {})).timerWarningSeconds).toBe(90),
    );
    expect(within(section).getByText(/That is 1 min 30 s\./)).toBeVisible();

    const final = within(section).getByRole('textbox', { name: 'Final countdown' });
    const increase = within(section).getByRole('button', { name: 'Increase Final countdown' });
    expect(increase).toHaveTextContent('+');
    await user.click(increase);
    expect(final).toHaveValue('35');
    await vi.waitFor(async () =>
      expect((await core.ok('settings.get', {})).timerFinalSeconds).toBe(35),
    );
  });

  it('says so under the field when the final countdown would start before the warning', async () => {
    const { user, core, section } = await openSettings();
    const warning = within(section).getByRole('textbox', { name: '“Wrap up” warning' });
    await user.clear(warning);
    await user.type(warning, '10');
    await user.tab();
    const message =
      'The final countdown must start at or after the warning (a smaller number of seconds).';
    expect(await within(section).findByText(message)).toBeVisible();
    // What was typed stays, and nothing was saved.
    expect(warning).toHaveValue('10');
    expect((await core.ok('settings.get', {})).timerWarningSeconds).toBe(120);
    const final = within(section).getByRole('textbox', { name: 'Final countdown' });
    expect(final).toHaveAttribute('aria-invalid', 'true');
    expect(final).toHaveAccessibleDescription(expect.stringContaining(message));

    // Lowering the final countdown saves both, and the message goes.
    await user.clear(final);
    await user.type(final, '5');
    await user.tab();
    await vi.waitFor(async () =>
      expect(await core.ok('settings.get', {})).toMatchObject({
        timerWarningSeconds: 10,
        timerFinalSeconds: 5,
      }),
    );
    expect(within(section).queryByText(message)).toBeNull();
  });

  it('keeps the saved value when the field is cleared', async () => {
    const { user, core, section } = await openSettings();
    const warning = within(section).getByRole('textbox', { name: '“Wrap up” warning' });
    await user.clear(warning);
    await user.tab();
    expect((await core.ok('settings.get', {})).timerWarningSeconds).toBe(120);
  });

  it('turns the chime off, sets its volume and plays a test chime', async () => {
    const { user, core, section } = await openSettings();
    await user.click(within(section).getByRole('switch', { name: 'Chime' }));
    await vi.waitFor(async () => expect((await core.ok('settings.get', {})).chime).toBe(false));

    const volume = within(section).getByRole('slider', { name: 'Chime volume' });
    expect(volume).toHaveValue('60');
    volume.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(volume).toHaveValue('70');
    expect(within(section).getByText('70%')).toBeVisible();
    await vi.waitFor(async () => expect((await core.ok('settings.get', {})).chimeVolume).toBe(70));

    await user.click(within(section).getByRole('button', { name: 'Test the chime' }));
    expect(playChime).toHaveBeenCalledExactlyOnceWith('warning', 70);
  });
});
