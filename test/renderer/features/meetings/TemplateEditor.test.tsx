import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';

const items = () =>
  within(screen.getByRole('list', { name: /^Items of/ })).getAllByRole('listitem');
const titleOf = (item: HTMLElement) =>
  within(item).getByRole<HTMLInputElement>('textbox', { name: /^Title/ }).value;

describe('template editor', () => {
  it('is reached from Settings', async () => {
    const { user } = await renderApp({ path: '/settings' });
    await user.click(await screen.findByRole('link', { name: 'Edit agenda templates' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Agenda templates' }),
    ).toBeVisible();
  });

  it('edits, reorders and saves a template, then resets it to the shipped one', async () => {
    const core = makeTestCore();
    const shipped = await core.ok('template.get', { kind: 'case_consultation', language: 'en' });
    const { user } = await renderApp({ path: '/settings/templates', core });
    await screen.findByRole('list', { name: 'Items of “Complex case consultation”' });
    expect(items().map(titleOf)).toEqual(shipped.items.map((i) => i.title));

    const first = within(items()[0]!).getByRole('textbox', { name: /^Title/ });
    await user.clear(first);
    await user.type(first, 'Welcome');
    const down = within(items()[0]!).getByRole('button', { name: /^Move down/ });
    await user.click(down);
    // Focus stays on the button that moved, so pressing it again keeps moving the same item.
    expect(within(items()[1]!).getByRole('button', { name: /^Move down/ })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    expect(within(items().at(-1)!).getByRole('textbox', { name: /^Title/ })).toHaveFocus();
    await user.keyboard('Varia');
    await user.click(screen.getByRole('button', { name: 'Save template' }));

    expect(await screen.findByText('Your version')).toBeVisible();
    const saved = await core.ok('template.get', { kind: 'case_consultation', language: 'en' });
    expect(saved.customised).toBe(true);
    expect(saved.items.map((i) => i.title)).toEqual([
      shipped.items[1]!.title,
      'Welcome',
      ...shipped.items.slice(2).map((i) => i.title),
      'Varia',
    ]);

    await user.click(screen.getByRole('button', { name: 'Reset to the shipped template' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Reset this template?' });
    await user.click(
      within(confirm).getByRole('button', { name: 'Reset to the shipped template' }),
    );
    expect(await screen.findByText('Shipped template')).toBeVisible();
    expect(
      (await core.ok('template.get', { kind: 'case_consultation', language: 'en' })).customised,
    ).toBe(false);
  }, 20_000);

  it('refuses an item without a title and says which', async () => {
    const core = makeTestCore();
    const { user } = await renderApp({ path: '/settings/templates', core });
    await screen.findByRole('list', { name: /^Items of/ });
    await user.clear(within(items()[0]!).getByRole('textbox', { name: /^Title/ }));
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(
      within(items()[0]!).getByRole('textbox', { name: /^Title/ }),
    ).toHaveAccessibleDescription(/This field is required\./);
    expect(
      (await core.ok('template.get', { kind: 'case_consultation', language: 'en' })).customised,
    ).toBe(false);
  });
});
