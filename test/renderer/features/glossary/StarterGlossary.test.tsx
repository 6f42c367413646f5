import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';

describe('starter glossary', () => {
  it('is offered on a new glossary, and adds its common terms', async () => {
    const core = makeTestCore();
    const { available } = await core.ok('glossary.starterStatus', {});
    const { user } = await renderApp({ path: '/glossary', core });
    const offer = await screen.findByRole('region', { name: 'Start with common terms?' });
    expect(within(offer).getByText(/Housing First, CMSM, Employment Ontario/)).toBeVisible();
    await user.click(within(offer).getByRole('button', { name: `Add ${available} terms` }));

    expect(
      await screen.findByText(`${available} common terms added to the glossary.`),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Housing First' })).toBeVisible();
    expect(
      screen.queryByRole('region', { name: 'Start with common terms?' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText(`${available} terms`)).toBeVisible();
  });

  it('is not offered again once declined; the More menu adds and removes it, keeping edited terms', async () => {
    const core = makeTestCore();
    const { user } = await renderApp({ path: '/glossary', core });
    const offer = await screen.findByRole('region', { name: 'Start with common terms?' });
    await user.click(within(offer).getByRole('button', { name: 'No thanks' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'Start with common terms?' }),
      ).not.toBeInTheDocument(),
    );
    expect((await core.ok('glossary.starterStatus', {})).declined).toBe(true);

    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Add the common starter terms' }));
    const housingFirst = await screen.findByRole('link', { name: 'Housing First' });
    const { installed } = await core.ok('glossary.starterStatus', {});
    expect(installed).toBeGreaterThan(1);

    // Someone edits one starter term, a minute later: it becomes theirs and stays.
    core.clock.advance(60_000);
    const [edited] = (await core.ok('glossary.list', { language: 'en', query: 'Housing First' }))
      .items;
    await core.ok('glossary.update', {
      id: edited!.id,
      draft: {
        en: { ...edited!.en, note: 'Our committee’s main program.' },
        fr: edited!.fr,
        subject: edited!.subject,
      },
    });
    expect(housingFirst).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Remove the starter terms' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Remove the starter terms?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    expect(
      await screen.findByText(
        `${installed - 1} starter terms removed. 1 was kept because it was edited or other terms refer to it.`,
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('1 term')).toBeVisible());
    expect(screen.getByRole('link', { name: 'Housing First' })).toBeVisible();
  });

  it('once a starter term is deleted, says there is nothing left to add, then offers it no more', async () => {
    const core = makeTestCore();
    await core.ok('glossary.addStarter', {});
    const [deleted] = (await core.ok('glossary.list', { language: 'en', query: 'Housing First' }))
      .items;
    await core.ok('glossary.delete', { id: deleted!.id });
    const { user } = await renderApp({ path: '/glossary', core });
    await screen.findByRole('table', { name: 'Glossary terms' });

    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Add the common starter terms' }));
    expect(
      await screen.findByText(
        'Every starter term is already in the glossary, or was deleted from it (a deleted term is not added back).',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'More' }));
    expect(
      await screen.findByRole('menuitem', { name: 'Add the common starter terms' }),
    ).toHaveAttribute('aria-disabled', 'true');
  });

  it('does not offer the starter terms again once they were removed', async () => {
    const core = makeTestCore();
    const { user } = await renderApp({ path: '/glossary', core });
    const offer = await screen.findByRole('region', { name: 'Start with common terms?' });
    await user.click(within(offer).getByRole('button', { name: /^Add \d+ terms$/ }));
    await screen.findByRole('link', { name: 'Housing First' });

    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Remove the starter terms' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Remove the starter terms?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await screen.findByText(/starter terms removed\.$/);
    await waitFor(() => expect(screen.getByText('0 terms')).toBeVisible());
    expect((await core.ok('glossary.starterStatus', {})).installed).toBe(0);
    expect(screen.getByText(/add the common starter terms from the More menu\.$/)).toBeVisible();
    expect(
      screen.queryByRole('region', { name: 'Start with common terms?' }),
    ).not.toBeInTheDocument();
  });
});
