import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { axeViolations, seedCase } from './fixtures';

// Forms typed through a real core: slow on a loaded runner, not broken.
describe('cases screen', { timeout: 40_000 }, () => {
  it('opens a case with a generated code, its lead and the agencies involved', async () => {
    const core = makeTestCore();
    await core.ok('org.create', { name: 'Shelter North' });
    await core.ok('org.create', { name: 'Community Health' });
    await core.ok('org.create', { name: 'Police Liaison' });
    const { user, container } = await renderApp({ path: '/cases', core });

    expect(await screen.findByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Cases' })).toHaveAttribute('aria-current', 'page');
    expect(
      screen.getByText('Cases are known by their code. Never write a client’s name.'),
    ).toBeVisible();
    expect(await screen.findByText(/^No open cases/)).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'New case' }));
    const dialog = await screen.findByRole('dialog', { name: 'New case' });
    const code = within(dialog).getByRole('textbox', { name: 'Case code' });
    expect(code).toHaveAccessibleDescription(/Leave empty for the next code/);
    const initials = within(dialog).getByRole('textbox', { name: 'Initials' });
    expect(initials).toHaveAccessibleDescription(/never a name/);
    expect(await axeViolations(dialog)).toEqual([]);

    // A name where initials go is refused, and the typing stays.
    await user.type(initials, 'Jane');
    await user.click(within(dialog).getByRole('button', { name: 'Open case' }));
    expect(initials).toHaveAttribute('aria-invalid', 'true');
    expect(initials).toHaveValue('Jane');
    await user.clear(initials);
    await user.type(initials, 'J.T.');

    await user.click(within(dialog).getByRole('button', { name: /^No lead agency/ }));
    await user.click(await screen.findByRole('option', { name: 'Shelter North' }));
    // The lead is always involved: ticked, and fixed.
    const agencies = within(dialog).getByRole('group', { name: 'Agencies involved' });
    expect(within(agencies).getByRole('checkbox', { name: 'Shelter North' })).toBeChecked();
    expect(within(agencies).getByRole('checkbox', { name: 'Shelter North' })).toBeDisabled();
    await user.click(within(agencies).getByRole('checkbox', { name: 'Community Health' }));
    await user.click(within(agencies).getByRole('checkbox', { name: 'Police Liaison' }));
    await user.click(within(dialog).getByRole('button', { name: 'Open case' }));

    // The new case's page: its generated code, large, and its consent to set.
    const title = await screen.findByRole('heading', { level: 1, name: /CC-2026-001/ });
    expect(title).toHaveTextContent('Case CC-2026-001 Open');
    const [saved] = await core.ok('case.list', {});
    expect(saved).toMatchObject({ code: 'CC-2026-001', initials: 'J.T.' });
    expect(saved!.agencies.map((a) => a.name).sort()).toEqual([
      'Community Health',
      'Police Liaison',
      'Shelter North',
    ]);
    expect(screen.getByText('3 agencies without consent')).toBeVisible();
  });

  it('lists cases with review due and consent gaps in words, filters and searches by code', async () => {
    const core = makeTestCore();
    const { kase, health, shelter } = await seedCase(core);
    await core.ok('case.setConsent', {
      caseId: kase.id,
      organizationId: shelter.id,
      consent: 'yes',
    });
    await core.ok('case.setConsent', {
      caseId: kase.id,
      organizationId: health.id,
      consent: 'yes',
    });
    const other = await core.ok('case.create', { code: 'HF-88', nextReviewDate: '2027-03-01' });
    await core.ok('case.close', { id: other.id, closedOn: '2026-11-23', reason: 'Goals met' });
    const { user, container } = await renderApp({ path: '/cases', core });

    const table = await screen.findByRole('table', { name: 'Cases' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(within(row).getByRole('link', { name: 'CC-2026-014' })).toHaveAttribute(
      'href',
      `/cases/${kase.id}`,
    );
    expect(row).toHaveTextContent('J.T.');
    expect(row).toHaveTextContent('Shelter North');
    expect(within(row).getByText('Review due')).toBeVisible();
    expect(within(row).getByText('1 agency without consent')).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: /Show$/ }));
    await user.click(await screen.findByRole('option', { name: 'Closed cases' }));
    expect(await within(table).findByRole('link', { name: 'HF-88' })).toBeVisible();
    expect(within(table).queryByRole('link', { name: 'CC-2026-014' })).toBeNull();
    expect(within(table).getByText(/Closed on/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: /Show$/ }));
    await user.click(await screen.findByRole('option', { name: 'All cases' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search by code' }), 'hf');
    await expect.poll(() => within(table).queryByRole('link', { name: 'CC-2026-014' })).toBeNull();
    expect(within(table).getByRole('link', { name: 'HF-88' })).toBeVisible();
  });
});
