import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { download } from '../../../../renderer/components/download';
import { renderApp } from '../../../helpers/render';
import { seedGlossary } from './fixtures';

vi.mock('../../../../renderer/components/download', () => ({ download: vi.fn() }));

/** The hidden file input behind the "Import CSV or TBX" button (react-aria's FileTrigger). */
const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;
const file = (text: string, name: string) => new File([text], name, { type: 'text/plain' });

async function choose(user: UserEvent, scope: HTMLElement, label: string, option: string) {
  await user.click(within(scope).getByRole('button', { name: new RegExp(` ${label}$`) }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('glossary import and export', () => {
  it('shows what an import will do, duplicates included, and imports only when asked', async () => {
    const { core, ow } = await seedGlossary();
    const { user } = await renderApp({ path: '/glossary', core });
    await screen.findByRole('table', { name: 'Glossary terms' });
    const csv = [
      'en_term,fr_term,en_definition',
      'Housing First,Logement d’abord,',
      'Harm reduction,Réduction des méfaits,Reducing the harms of substance use.',
      'Ontario Works,,Ontario’s social assistance program.',
      'Peer support,Soutien par les pairs,',
    ].join('\n');
    await user.upload(fileInput(), file(csv, 'partners-glossary.csv'));

    const review = await screen.findByRole('dialog', { name: 'Review the import' });
    expect(within(review).getByText('2 new terms will be added.')).toBeVisible();
    const duplicates = within(review).getByRole('table', {
      name: 'Rows that match terms already in the glossary',
    });
    const rows = within(duplicates).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(['2', '4']);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Ontario Works');
    expect(within(rows[1]!).getByText('Ontario Works', { selector: 'td' })).toBeVisible();
    const { violations } = await axe.run(review, {
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(violations.map((v) => v.id)).toEqual([]);
    // The dry run wrote nothing.
    expect((await core.ok('glossary.list', { language: 'en' })).total).toBe(5);

    await choose(
      user,
      rows[1]!,
      'What to do with line 4, Ontario Works',
      'Merge into the existing term',
    );
    await choose(user, rows[0]!, 'What to do with line 2, Housing First', 'Add it anyway');
    expect(within(review).getByText('3 new terms will be added.')).toBeVisible();
    await choose(user, rows[0]!, 'What to do with line 2, Housing First', 'Skip it');
    await user.click(within(review).getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('Import finished')).toBeVisible();
    expect(screen.getByText('Added: 2. Merged into existing terms: 1. Skipped: 1.')).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Harm reduction' })).toBeVisible();
    expect((await core.ok('glossary.list', { language: 'en' })).total).toBe(7);
    expect((await core.ok('glossary.get', { id: ow.id })).en.definition).toBe(
      'Ontario’s financial and employment assistance program for people in need.',
    );
  });

  it('refuses a malformed CSV file, naming the line, and imports nothing', async () => {
    const { core } = await seedGlossary();
    const { user } = await renderApp({ path: '/glossary', core });
    await screen.findByRole('table', { name: 'Glossary terms' });
    const csv = [
      'en_term,fr_term',
      'Harm reduction,Réduction des méfaits',
      'Peer support,"Soutien par les pairs',
      'Case management,Gestion de cas',
    ].join('\n');
    await user.upload(fileInput(), file(csv, 'glossary.csv'));

    const title = await screen.findByText('Nothing was imported from glossary.csv');
    const notice = title.closest('.notice') as HTMLElement;
    // The reason is the contract's, in the app's words.
    expect(within(notice).getByText('Line 3: A quotation mark is never closed.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await core.ok('glossary.list', { language: 'en' })).total).toBe(5);
  });

  it('refuses a TBX file that is not well-formed XML, naming the line', async () => {
    const { core } = await seedGlossary();
    const { user } = await renderApp({ path: '/glossary', core });
    await screen.findByRole('table', { name: 'Glossary terms' });
    const tbx = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
      '  <text><body>',
      '    <conceptEntry id="c1">',
      '      <langSec xml:lang="en"><termSec><term>Harm reduction</termSec></langSec>',
      '    </conceptEntry>',
      '  </body></text>',
      '</tbx>',
    ].join('\n');
    await user.upload(fileInput(), file(tbx, 'glossary.tbx'));

    const title = await screen.findByText('Nothing was imported from glossary.tbx');
    const notice = title.closest('.notice') as HTMLElement;
    expect(within(notice).getByText(/^Line 5: /)).toBeVisible();
    expect((await core.ok('glossary.list', { language: 'en' })).total).toBe(5);
  });

  it('exports the glossary as CSV and as TBX', async () => {
    const { core } = await seedGlossary();
    const { user } = await renderApp({ path: '/glossary', core });
    await screen.findByRole('table', { name: 'Glossary terms' });

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [csvName, csv, csvType] = vi.mocked(download).mock.calls[0]!;
    expect(csvName).toMatch(/\.csv$/);
    expect(csvType).toMatch(/^text\/csv/);
    expect(csv).toContain('Ontario Works');
    expect(
      await screen.findByText(`The file ${csvName} was saved to your downloads.`),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Export TBX' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    const [tbxName, tbx] = vi.mocked(download).mock.calls[1]!;
    expect(tbxName).toMatch(/\.tbx$/);
    expect(tbx).toContain('<term>Programme Ontario au travail</term>');
  });
});
