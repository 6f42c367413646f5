import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../helpers/render';

describe('app shell', () => {
  it('opens on the home dashboard, with a main landmark, one h1 and the current page marked', async () => {
    await renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('main')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    // Home is `/`, which begins every address: it is current there only.
    expect(within(nav).getByRole('link', { name: 'Meetings' })).not.toHaveAttribute('aria-current');
    expect(within(nav).getByRole('link', { name: 'Directory' })).not.toHaveAttribute(
      'aria-current',
    );
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
  });

  it('opens a section from the navigation with focus on its title', async () => {
    const { user } = await renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    await user.click(screen.getByRole('link', { name: 'Networking' }));
    const title = await screen.findByRole('heading', { level: 1, name: 'Speed networking' });
    // Moving to a screen puts keyboard and screen-reader users at its title.
    await waitFor(() => expect(title).toHaveFocus());
    expect(screen.queryByText('Coming in a later version')).not.toBeInTheDocument();
  });

  it('shows a translated error with "Try again" when a screen cannot load', async () => {
    // React and the boundary log the caught error; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderApp({ path: '/directory/organizations/no-such-id' });
    expect(
      await screen.findByRole('heading', { level: 1, name: /Something went wrong/ }),
    ).toBeVisible();
    expect(screen.getByText(/no longer exists/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
    // The navigation survives the failure.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });
});
