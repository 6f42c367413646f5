import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';

describe('person form', () => {
  it('creates a person at an organization, shown on the organization’s page', async () => {
    const core = makeTestCore();
    const org = await core.ok('org.create', { name: 'Housing First Team', shortName: 'HF' });
    const { user } = await renderApp({ path: '/directory/people', core });

    await user.click(await screen.findByRole('button', { name: 'New person' }));
    const dialog = await screen.findByRole('dialog', { name: 'New person' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Amélie Roy');
    await user.click(within(dialog).getByRole('button', { name: /Organization \(optional\)/ }));
    await user.click(await screen.findByRole('option', { name: 'Housing First Team' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Role' }), 'Case manager');
    await user.click(within(dialog).getByRole('button', { name: 'Create person' }));

    const row = (await screen.findByRole('link', { name: 'Amélie Roy' })).closest('tr')!;
    expect(within(row).getByText(/Housing First Team/)).toBeVisible();
    expect(within(row).getByText(/Case manager/)).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'Organizations' }));
    await user.click(await screen.findByRole('link', { name: 'Housing First Team' }));
    const current = await screen.findByRole('table', { name: 'Current people' });
    expect(within(current).getByRole('link', { name: 'Amélie Roy' })).toBeVisible();
    expect(within(current).getByText('Case manager')).toBeVisible();
    expect((await core.ok('org.get', { id: org.id })).members).toHaveLength(1);
  });

  it('finds people by search, accents or not', async () => {
    const core = makeTestCore();
    await core.ok('person.create', { name: 'Amélie Roy' });
    await core.ok('person.create', { name: 'Jordan Smith' });
    const { user } = await renderApp({ path: '/directory/people', core });
    await screen.findByRole('link', { name: 'Jordan Smith' });
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'amelie');
    await screen.findByText((_, el) => el?.tagName === 'A' && el.textContent === 'Amélie Roy');
    await expect.poll(() => screen.queryByRole('link', { name: 'Jordan Smith' })).toBeNull();
  });
});
