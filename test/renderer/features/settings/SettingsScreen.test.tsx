import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';

describe('settings', () => {
  it('switches to French at once, for the whole app, and saves the choice', async () => {
    const core = makeTestCore();
    const { user } = await renderApp({ path: '/settings', core });
    await user.click(await screen.findByRole('radio', { name: 'Français' }));

    const nav = await screen.findByRole('navigation', { name: 'Principal' });
    expect(within(nav).getByRole('link', { name: 'Répertoire' })).toBeVisible();
    expect(within(nav).getByRole('link', { name: 'Paramètres' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
    expect(document.documentElement.lang).toBe('fr-CA');
    expect((await core.ok('settings.get', {})).language).toBe('fr');

    await user.click(within(nav).getByRole('link', { name: 'Répertoire' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Répertoire des partenaires' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Nouvel organisme' })).toBeVisible();
  });

  it('starts in the saved language', async () => {
    await renderApp({ settings: { language: 'fr' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  });

  it('applies and saves the theme and high contrast', async () => {
    const core = makeTestCore();
    const { user } = await renderApp({ path: '/settings', core });
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    await user.click(screen.getByRole('switch', { name: 'High contrast' }));
    await expect.poll(() => document.documentElement.dataset.contrast).toBe('high');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(await core.ok('settings.get', {})).toMatchObject({ theme: 'dark', highContrast: true });
  });
});
