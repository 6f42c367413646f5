import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ScreenErrorBoundary } from '../../../renderer/app/ErrorBoundary';
import { useCoreQuery } from '../../../renderer/app/useCore';
import { useFormDialog } from '../../../renderer/app/useFormDialog';
import { Button } from '../../../renderer/components/Button';
import { OrganizationForm } from '../../../renderer/features/directory/OrganizationForm';
import { makeTestCore } from '../../helpers/core';
import { renderWithProviders } from '../../helpers/render';

let bugPresent = true;

/** A screen with a bug that new data sets off (until the bug is "fixed" by the test). */
function FragileScreen() {
  const dialog = useFormDialog('organization:new');
  const list = useCoreQuery('org.list', {});
  if (bugPresent && list.data?.length) throw new Error('Render failed');
  return (
    <>
      <Button onPress={dialog.open}>Open</Button>
      <OrganizationForm dialog={dialog} />
    </>
  );
}

describe('drafts', () => {
  it('keep the open form and what was typed when a screen fails and is tried again', async () => {
    const core = makeTestCore();
    const { user } = await renderWithProviders(
      <ScreenErrorBoundary>
        <FragileScreen />
      </ScreenErrorBoundary>,
      { core },
    );
    await user.click(await screen.findByRole('button', { name: 'Open' }));
    const name = within(await screen.findByRole('dialog')).getByRole('textbox', { name: /^Name/ });
    await user.type(name, 'Half-typed name');

    vi.spyOn(console, 'error').mockImplementation(() => {});
    // Another window saves data that this screen cannot render.
    await core.ok('org.create', { name: 'Sets off the bug' });
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    bugPresent = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const dialog = await screen.findByRole('dialog', { name: 'New organization' });
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveValue('Half-typed name');
  });
});
