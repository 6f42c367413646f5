import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';

describe('ignored acronyms', () => {
  it('lists the acronyms marked "Not a term", and flags each one again', async () => {
    const core = makeTestCore();
    await core.ok('glossary.ignoreAcronym', { acronym: 'DSSAB', ignored: true });
    await core.ok('glossary.ignoreAcronym', { acronym: 'AGM', ignored: true });
    const { user } = await renderApp({ path: '/glossary', core });
    await screen.findByText('0 terms');

    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Ignored acronyms…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ignored acronyms' });
    const list = await within(dialog).findByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['AGMFlag again', 'DSSABFlag again']);
    const { violations } = await axe.run(dialog, {
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(violations.map((v) => v.id)).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Flag again: AGM' }));
    expect(
      await within(dialog).findByText(
        'AGM will be underlined again when it is not in the glossary.',
      ),
    ).toBeVisible();
    expect((await core.ok('glossary.index', {})).ignoredAcronyms).toEqual(['DSSAB']);
    // Its button gone, the next acronym's takes the focus.
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Flag again: DSSAB' })).toHaveFocus(),
    );

    await user.click(within(dialog).getByRole('button', { name: 'Flag again: DSSAB' }));
    const none = await within(dialog).findByText(/^No acronym is ignored\./);
    await waitFor(() => expect(none).toHaveFocus());
    expect((await core.ok('glossary.index', {})).ignoredAcronyms).toEqual([]);
  });
});
