import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One line of a record's details: its label, and its value ('', null or false when not set). */
export type DetailRow = readonly [label: string, value: ReactNode];

/** A record's fields as label–value pairs; an empty value reads "Not set" rather than nothing. */
export function DetailsList({ rows }: { rows: readonly DetailRow[] }) {
  const { t } = useTranslation();
  return (
    <dl className="details">
      {rows.map(([label, value]) => (
        <div key={label} className="details__row">
          <dt>{label}</dt>
          <dd>{value || <span className="muted">{t('common.notSet')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
