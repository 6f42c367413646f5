import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';

const csvFile = (text: string, name = 'partners.csv') =>
  new File([text], name, { type: 'text/csv' });

/** The hidden file input behind the "Import CSV" button (react-aria's FileTrigger). */
const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;

describe('CSV import and export', () => {
  it('refuses a malformed file, says which line and why, and imports nothing', async () => {
    const { user, core } = await renderApp({ path: '/directory/organizations' });
    await screen.findByRole('button', { name: 'Import CSV' });
    const text = [
      'name,email,kind',
      'Shelter North,north@shelter.ca,partner',
      'Youth Services,youth@services.ca,other',
      'Food Bank,not-an-email,other',
    ].join('\n');
    await user.upload(fileInput(), csvFile(text));

    const status = await screen.findByText('Nothing was imported');
    const notice = status.closest('.notice') as HTMLElement;
    expect(
      within(notice).getByText('Line 4, column email: Not a valid email address.'),
    ).toBeVisible();
    expect(await core.ok('org.list', { includeArchived: true })).toHaveLength(0);
    expect(screen.getByText(/No organizations yet/)).toBeVisible();
  });

  it('reports an unclosed quote on the line where it starts', async () => {
    const { user, core } = await renderApp({ path: '/directory/organizations' });
    await screen.findByRole('button', { name: 'Import CSV' });
    await user.upload(fileInput(), csvFile('name,notes\nShelter,"never closed\n'));
    expect(await screen.findByText('Line 2: A quotation mark is never closed.')).toBeVisible();
    expect(await core.ok('org.list', {})).toHaveLength(0);
  });

  it('imports a good file and summarises what was created, skipped and ignored', async () => {
    const core = makeTestCore();
    await core.ok('org.create', { name: 'Food Bank' });
    const { user } = await renderApp({ path: '/directory/organizations', core });
    await screen.findByRole('link', { name: 'Food Bank' });
    const text = 'organisme,courriel,fax\nFood Bank,,\nMaison Bon Accueil,info@mba.ca,123\n';
    await user.upload(fileInput(), csvFile(text));

    expect(await screen.findByText('Import finished')).toBeVisible();
    expect(screen.getByText('Created: 1')).toBeVisible();
    expect(screen.getByText('Line 2: Food Bank')).toBeVisible();
    expect(screen.getByText('Columns not used: fax')).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Maison Bon Accueil' })).toBeVisible();
  });

  it('reads a Windows-1252 file (French Excel) as such and says so', async () => {
    const { user, core } = await renderApp({ path: '/directory/organizations' });
    await screen.findByRole('button', { name: 'Import CSV' });
    // "Centre de dépannage" with é as the single byte 0xE9: not valid UTF-8.
    const bytes = Uint8Array.from(
      [...'nom\nCentre de d\u00e9pannage\n'].map((c) => c.charCodeAt(0)),
    );
    await user.upload(fileInput(), new File([bytes], 'partenaires.csv', { type: 'text/csv' }));

    expect(await screen.findByText('Import finished')).toBeVisible();
    expect(
      screen.getByText('The file was read as Windows-1252 (Western European) text.'),
    ).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Centre de dépannage' })).toBeVisible();
    expect((await core.ok('org.list', {})).map((o) => o.name)).toEqual(['Centre de dépannage']);
  });

  it('reads a UTF-8 file as UTF-8 without a word about the encoding', async () => {
    const { user } = await renderApp({ path: '/directory/organizations' });
    await screen.findByRole('button', { name: 'Import CSV' });
    await user.upload(fileInput(), csvFile('nom\nCentre de dépannage\n'));
    expect(await screen.findByRole('link', { name: 'Centre de dépannage' })).toBeVisible();
    expect(screen.queryByText(/Windows-1252/)).not.toBeInTheDocument();
  });

  it('exports a CSV file through a download link', async () => {
    const core = makeTestCore();
    await core.ok('org.create', { name: 'Food Bank' });
    const { user } = await renderApp({ path: '/directory/organizations', core });
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(
      await screen.findByText(/roundtable-organizations-\d{4}-\d{2}-\d{2}\.csv/),
    ).toBeVisible();
    expect(clicks).toEqual([expect.stringMatching(/^roundtable-organizations-.*\.csv$/)]);
    click.mockRestore();
  });
});
