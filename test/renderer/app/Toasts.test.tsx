import { act, screen, within } from '@testing-library/react';
import { use, useEffect } from 'react';
import type { UNSTABLE_ToastQueue as ToastQueue } from 'react-aria-components';
import { describe, expect, it } from 'vitest';
import { storagePaths } from '../../../electron/core/storage/config';
import { ToastQueueContext, type ToastContent } from '../../../renderer/components/toast-queue';
import {
  ACTION_TIMEOUT_MS,
  INFO_TIMEOUT_MS,
  useToast,
} from '../../../renderer/components/useToast';
import { makeTestCore } from '../../helpers/core';
import { renderApp, renderWithProviders } from '../../helpers/render';
import { useTempDirs } from '../../helpers/temp-dirs';

const tempDir = useTempDirs('roundtable-toasts-');

function ShowToasts({ onQueue }: { onQueue: (queue: ToastQueue<ToastContent>) => void }) {
  const toast = useToast();
  const queue = use(ToastQueueContext);
  useEffect(() => {
    toast.info('Saved.');
    toast.info('Archived.', { label: 'Undo', onAction: () => {} });
    toast.error('Not saved.');
    if (queue) onQueue(queue);
  }, [toast, queue, onQueue]);
  return null;
}

describe('toasts', () => {
  it('go away by themselves, later when they offer an Undo; errors stay', async () => {
    let queue: ToastQueue<ToastContent> | undefined;
    await renderWithProviders(<ShowToasts onQueue={(q) => (queue = q)} />);
    await screen.findByText('Saved.');
    const timeouts = Object.fromEntries(
      queue!.visibleToasts.map((toast) => [toast.content.message, toast.timeout]),
    );
    expect(timeouts).toEqual({
      'Saved.': INFO_TIMEOUT_MS,
      'Archived.': ACTION_TIMEOUT_MS,
      'Not saved.': undefined,
    });
    expect(INFO_TIMEOUT_MS).toBeLessThan(ACTION_TIMEOUT_MS);
    // The Undo toast tells keyboard users how to get to it.
    const undo = screen.getByRole('alertdialog', { name: /Archived\./ });
    expect(undo).toHaveAccessibleDescription(/F6/);
  });

  it('about the old data are cleared when a backup is restored', async () => {
    const core = makeTestCore({ storage: storagePaths(tempDir()) });
    const org = await core.ok('org.create', { name: 'Downtown Shelter' });
    const backup = await core.ok('backup.create', {});
    const { user } = await renderApp({ path: `/directory/organizations/${org.id}`, core });
    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    const toast = await screen.findByRole('alertdialog', { name: /Downtown Shelter was archived/ });
    expect(within(toast).getByRole('button', { name: 'Undo' })).toBeVisible();

    // Another window restores the backup: an Undo would now act on data that is gone.
    await act(() => core.ok('backup.restore', { id: backup.id }));
    await expect
      .poll(() => screen.queryByRole('alertdialog', { name: /Downtown Shelter was archived/ }))
      .toBeNull();
  });
});
