import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A column's heading; a number column carries `table__number` so its figures line up. */
export type DataTableColumn = string | { label: string; className: string };

export interface DataTableProps {
  /** Names the table for screen readers (the caption is visually hidden). */
  caption: string;
  columns: readonly DataTableColumn[];
  /** Adds a last column, for each row's buttons, headed "Actions" for screen readers only. */
  hasActions?: boolean;
  /** Said instead of the table when there are no rows. */
  empty: string;
  /** Extra classes beside `table`. */
  className?: string;
  /** One `<tr>` (with its key) a record. */
  rows: readonly ReactNode[];
}

/** A list of records as a table, or a line saying there are none. */
export function DataTable({
  caption,
  columns,
  hasActions,
  empty,
  className,
  rows,
}: DataTableProps) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="empty">{empty}</p>;
  return (
    <table className={className ? `table ${className}` : 'table'}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) =>
            typeof column === 'string' ? (
              <th key={column} scope="col">
                {column}
              </th>
            ) : (
              <th key={column.label} scope="col" className={column.className}>
                {column.label}
              </th>
            ),
          )}
          {hasActions && (
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  );
}
