import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { GlossaryImportResult } from '../../../../shared/contract';
import { ImportReview } from '../../../../renderer/features/glossary/ImportReview';
import { renderWithProviders } from '../../../helpers/render';

/** A dry run that found `count` rows matching concepts already in the glossary. */
function preview(count: number): GlossaryImportResult {
  return {
    dryRun: true,
    created: 3,
    merged: 0,
    skipped: count,
    duplicates: Array.from({ length: count }, (_, i) => ({
      line: i + 2,
      term: `Term ${i + 1}`,
      existing: { id: `c${i}`, en: `Term ${i + 1}`, fr: `Terme ${i + 1}` },
      choice: 'skip' as const,
    })),
    ignoredColumns: [],
  };
}

async function choose(user: UserEvent, scope: HTMLElement, label: RegExp, option: string) {
  await user.click(within(scope).getByRole('button', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('import review', () => {
  it('shows 2,000 duplicates 50 at a time, with the count, a choice for all and one per row', async () => {
    const onImport = vi.fn();
    const started = performance.now();
    const { user } = await renderWithProviders(
      <ImportReview
        file={{
          filename: 'partners.csv',
          format: 'csv',
          content: '',
          windows1252: false,
          preview: preview(2000),
        }}
        isImporting={false}
        onImport={onImport}
        onCancel={() => {}}
      />,
    );
    const review = await screen.findByRole('dialog', { name: 'Review the import' });
    // Rendering stays quick: a page of rows, not two thousand selects.
    expect(performance.now() - started).toBeLessThan(5000);
    const table = within(review).getByRole('table', {
      name: 'Rows that match terms already in the glossary',
    });
    const rows = () => within(table).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(50);
    expect(within(review).getByText(/2000 rows match terms already in the glossary/)).toBeVisible();
    expect(
      within(review).getByText(
        '50 of 2000 duplicates shown. Those not shown follow the choice for every duplicate.',
      ),
    ).toBeVisible();

    await user.click(within(review).getByRole('button', { name: 'Show 50 more' }));
    expect(rows()).toHaveLength(100);
    expect(within(review).getByText(/^100 of 2000 duplicates shown/)).toBeVisible();
    // The first new row's choice takes the focus.
    await vi.waitFor(() =>
      expect(
        within(rows()[50]!).getByRole('button', { name: /What to do with line 52, Term 51$/ }),
      ).toHaveFocus(),
    );

    // One choice for all of them, shown or not; then one row changed by hand.
    await choose(user, review, / For every duplicate$/, 'Merge into the existing term');
    expect(within(review).getByText('3 new terms will be added.')).toBeVisible();
    await choose(user, rows()[0]!, /What to do with line 2, Term 1$/, 'Add it anyway');
    expect(within(review).getByText('4 new terms will be added.')).toBeVisible();
    await user.click(within(review).getByRole('button', { name: 'Import' }));

    const [choices] = onImport.mock.calls[0]! as [{ line: number; choice: string }[]];
    expect(choices).toHaveLength(2000);
    expect(choices[0]).toEqual({ line: 2, choice: 'add' });
    expect(choices.slice(1).every((c) => c.choice === 'merge')).toBe(true);
  }, 60_000);

  it('shows every row, without paging, when there are few', async () => {
    await renderWithProviders(
      <ImportReview
        file={{
          filename: 'few.csv',
          format: 'csv',
          content: '',
          windows1252: false,
          preview: preview(3),
        }}
        isImporting={false}
        onImport={() => {}}
        onCancel={() => {}}
      />,
    );
    const review = await screen.findByRole('dialog', { name: 'Review the import' });
    expect(within(within(review).getByRole('table')).getAllByRole('row')).toHaveLength(4);
    expect(within(review).queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();
  });
});
