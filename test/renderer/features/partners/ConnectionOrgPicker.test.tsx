import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { heldMeeting, orgs } from '../../../helpers/partners';
import { renderApp } from '../../../helpers/render';
import { coreOnTestDay } from './fixtures';

describe('organization picker', () => {
  it('offers only the organizations matching what is typed, so the keyboard picks the right one', async () => {
    const core = coreOnTestDay();
    const [shelter, , youth] = await orgs(core, 'Aardvark Shelter', 'Bridge Health', 'Youth Hub');
    await heldMeeting(core, '2026-11-02', { present: [shelter] });
    const { user } = await renderApp({ path: '/partners/network', core });

    await user.click(await screen.findByRole('button', { name: 'Add a connection' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a connection' });
    const from = within(dialog).getByRole('combobox', { name: /^Organization/ });
    await user.click(from);
    await user.keyboard('aard{ArrowDown}{Enter}');
    expect(from).toHaveValue('Aardvark Shelter');

    const to = within(dialog).getByRole('combobox', { name: /^Other organization/ });
    await user.click(to);
    // Case does not matter; only the match is offered.
    await user.keyboard('YOUTH');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Youth Hub']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(to).toHaveValue('Youth Hub');
    await user.click(within(dialog).getByRole('button', { name: 'Add connection' }));
    await screen.findByText(/^Connection added: Aardvark Shelter .* Youth Hub\.$/);
    expect((await core.ok('connection.list', {})).map((c) => [c.fromId, c.toId])).toEqual([
      [shelter, youth],
    ]);
  }, 30_000);
});
