import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plainText } from '../../../../shared/domain/rich-text';
import { oneOff } from '../../../helpers/meetings';
import { renderApp } from '../../../helpers/render';
import { PASSPHRASE, renderVaultApp, useVaultFolders } from './vault-fixtures';

const folders = useVaultFolders();

afterEach(() => vi.useRealTimers());

const lockTitle = () => screen.findByRole('heading', { level: 1, name: 'Roundtable is locked' });

describe('the app lock', () => {
  it('locks after the idle minutes set, counting any activity', async () => {
    // Fake timers that still move with real time: the app runs as usual, and minutes can be skipped.
    vi.useFakeTimers({
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    const v = folders.start(folders.folder(), { passphrase: PASSPHRASE });
    await v.ok('settings.update', { lockAfterMinutes: 5 });
    await renderVaultApp(v, '/meetings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();

    await act(() => vi.advanceTimersByTime(4 * 60_000));
    fireEvent.keyDown(document.body, { key: 'a' });
    await act(() => vi.advanceTimersByTime(4 * 60_000));
    fireEvent.mouseMove(document.body);
    await act(() => vi.advanceTimersByTime(4 * 60_000));
    expect(screen.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();

    await act(() => vi.advanceTimersByTime(60_000 + 1000));
    expect(await lockTitle()).toBeVisible();
    expect((await v.ok('vault.status', {})).state).toBe('locked');
  });

  it('never locks by itself when set to Never', async () => {
    vi.useFakeTimers({
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    const v = folders.start(folders.folder(), { passphrase: PASSPHRASE });
    await renderVaultApp(v, '/meetings');
    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    await act(() => vi.advanceTimersByTime(8 * 60 * 60_000));
    await act(() => Promise.resolve());
    expect((await v.ok('vault.status', {})).state).toBe('open');
    expect(screen.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  });

  it('locks with Ctrl+Shift+L while typing notes, after saving what was typed', async () => {
    const v = folders.start(folders.folder(), { passphrase: PASSPHRASE });
    const meeting = await v.ok('meeting.create', oneOff());
    const { user, container } = await renderVaultApp(v, `/meetings/${meeting.id}/notes`);
    const box = await screen.findByRole('textbox', { name: 'Notes: General notes' });
    await user.click(box);
    // Locked at once, before the autosave's pause in typing has passed.
    await user.type(box, 'Kim needs a shelter bed tonight');
    await user.keyboard('{Control>}{Shift>}L{/Shift}{/Control}');

    expect(await lockTitle()).toBeVisible();
    expect(container).not.toHaveTextContent('Kim needs');
    await v.ok('vault.unlock', { passphrase: PASSPHRASE });
    const saved = await v.ok('meeting.get', { id: meeting.id });
    expect(saved.notes && plainText(saved.notes)).toBe('Kim needs a shelter bed tonight');

    // Unlocked from elsewhere: this window comes back to the notes, with the text.
    expect(await screen.findByRole('textbox', { name: 'Notes: General notes' })).toHaveTextContent(
      'Kim needs a shelter bed tonight',
    );
  });

  it('offers "Lock now" in the header, which returns to the same screen once unlocked', async () => {
    const v = folders.start(folders.folder(), { passphrase: PASSPHRASE });
    const { user } = await renderVaultApp(v, '/glossary');
    const title = await screen.findByRole('heading', { level: 1, name: 'Glossary' });
    expect(title).toBeVisible();
    // The shortcut is written on the button, as Search's is.
    const lock = screen.getByRole('button', { name: /^Lock now/ });
    expect(lock).toHaveTextContent('Ctrl+Shift+L');

    await user.click(lock);
    expect(await lockTitle()).toBeVisible();
    await user.type(screen.getByLabelText('Passphrase'), `${PASSPHRASE}{Enter}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await waitFor(() => expect(document.getElementById('main')).toHaveFocus());
  });

  it('is not offered where nothing could unlock (no passphrase)', async () => {
    const { user } = await renderApp({ path: '/meetings' });
    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    expect(screen.queryByRole('button', { name: /^Lock now/ })).toBeNull();
    await user.keyboard('{Control>}{Shift>}L{/Shift}{/Control}');
    expect(screen.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  });
});
