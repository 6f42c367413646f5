import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ItemKind } from '../../../shared/contract';
import { Button } from '../../components/Button';
import { issuesToFieldErrors, type FieldErrors } from '../../components/field-errors';
import { Select } from '../../components/Select';
import { Switch } from '../../components/Switch';
import { TextField } from '../../components/TextField';
import { wholeNumber } from './whole-number';
import { moveBy } from './reorder';

/** One item of a list edited in place before it is saved (a template, a proposed agenda). */
export interface DraftRow {
  /** Stable while editing, so focus and typing stay with the item as it moves. */
  key: string;
  title: string;
  kind: ItemKind;
  /** As typed. */
  minutes: string;
  recurring: boolean;
}

/** Each row's field errors, by row key. */
export type RowErrors = Record<string, FieldErrors>;

/** Unique even against rows kept in a draft from before a reload. */
export const newRowKey = () => `row-${crypto.randomUUID()}`;

export const blankRow = (): DraftRow => ({
  key: newRowKey(),
  title: '',
  kind: 'discussion',
  minutes: '10',
  recurring: false,
});

type Translate = ReturnType<typeof useTranslation>['t'];

/**
 * Checks every row with the contract's schema for one item; `plannedMinutes` errors land on the
 * minutes field. Returns null when all rows are valid.
 */
export function checkRows<R extends DraftRow, S extends z.ZodType>(
  rows: readonly R[],
  schema: S,
  toItem: (row: R) => unknown,
  t: Translate,
): { items: z.output<S>[]; errors: null } | { items: null; errors: RowErrors } {
  const errors: RowErrors = {};
  const items: z.output<S>[] = [];
  for (const row of rows) {
    const result = schema.safeParse(toItem(row));
    if (result.success) {
      items.push(result.data);
      continue;
    }
    const fields = issuesToFieldErrors(
      result.error.issues.map((i) => ({
        path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
        message: i.message,
      })),
      t,
      t('validation.invalid'),
    );
    errors[row.key] = { ...fields, minutes: fields.plannedMinutes };
  }
  return Object.keys(errors).length ? { items: null, errors } : { items, errors: null };
}

/** The row fields as one template or proposed item. */
export const itemOf = (row: DraftRow) => ({
  title: row.title,
  kind: row.kind,
  plannedMinutes: wholeNumber(row.minutes),
  recurring: row.recurring,
});

export interface ItemDraftListProps<R extends DraftRow> {
  /** The list's name for assistive technology, e.g. "Items of the template". */
  label: string;
  rows: R[];
  onChange: (rows: R[]) => void;
  newRow: () => R;
  errors: RowErrors;
  /** Words under a row, e.g. why it is proposed. */
  note?: (row: R) => ReactNode;
}

type Control = 'up' | 'down' | 'title' | 'add';

/** Items edited in place, with Move up / Move down, Remove and Add that keep focus in sight. */
export function ItemDraftList<R extends DraftRow>({
  label,
  rows,
  onChange,
  newRow,
  errors,
  note,
}: ItemDraftListProps<R>) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const focusNext = useRef<{ key: string | null; control: Control } | null>(null);
  const setFocusNext = (next: { key: string | null; control: Control }) => {
    focusNext.current = next;
  };

  // After a move, a removal or an addition, focus goes where the person expects it.
  useLayoutEffect(() => {
    const pending = focusNext.current;
    if (!pending) return;
    focusNext.current = null;
    const root = list.current;
    const row = [...(root?.querySelectorAll<HTMLElement>('[data-row-key]') ?? [])].find(
      (element) => element.dataset.rowKey === pending.key,
    );
    const target =
      pending.control === 'add' || !row
        ? root?.querySelector<HTMLElement>('[data-control="add"]')
        : pending.control === 'title'
          ? row.querySelector<HTMLElement>('input')
          : row.querySelector<HTMLButtonElement>(`[data-move="${pending.control}"]`);
    if (target instanceof HTMLButtonElement && target.disabled) {
      row?.querySelector<HTMLElement>('input')?.focus();
    } else {
      target?.focus();
    }
  }, [rows]);

  const update = (key: string, changes: Partial<DraftRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...changes } : row)));

  const move = (key: string, delta: -1 | 1) => {
    const order = moveBy(
      rows.map((row) => row.key),
      key,
      delta,
    );
    const byKey = new Map(rows.map((row) => [row.key, row]));
    onChange(order.flatMap((k) => byKey.get(k) ?? []));
    setFocusNext({ key, control: delta < 0 ? 'up' : 'down' });
  };

  const remove = (key: string) => {
    const index = rows.findIndex((row) => row.key === key);
    const rest = rows.filter((row) => row.key !== key);
    onChange(rest);
    const neighbour = rest[index] ?? rest[index - 1];
    setFocusNext(
      neighbour ? { key: neighbour.key, control: 'title' } : { key: null, control: 'add' },
    );
  };

  const add = () => {
    const row = newRow();
    onChange([...rows, row]);
    setFocusNext({ key: row.key, control: 'title' });
  };

  return (
    <div ref={list} className="draft-list">
      {rows.length === 0 ? (
        <p className="empty">{t('templates.noItems')}</p>
      ) : (
        <ol className="draft-list__items" aria-label={label}>
          {rows.map((row, index) => {
            const rowErrors = errors[row.key] ?? {};
            const named = (action: string) => t('common.actionOn', { action, name: row.title });
            return (
              <li key={row.key} data-row-key={row.key} className="draft-list__item">
                <fieldset className="draft-row">
                  <legend className="visually-hidden">
                    {t('templates.itemLegend', { n: index + 1, title: row.title })}
                  </legend>
                  {note && <p className="draft-row__note">{note(row)}</p>}
                  <div className="draft-row__title">
                    <TextField
                      label={t('agenda.fields.title')}
                      value={row.title}
                      onChange={(title) => update(row.key, { title })}
                      errorMessage={rowErrors.title}
                      isRequired
                    />
                  </div>
                  <Select<ItemKind>
                    label={t('agenda.fields.kind')}
                    value={row.kind}
                    onChange={(kind) => update(row.key, { kind })}
                    options={ItemKind.options.map((k) => ({ id: k, label: t(`agenda.kind.${k}`) }))}
                  />
                  <div className="draft-row__minutes">
                    <TextField
                      label={t('agenda.fields.minutes')}
                      value={row.minutes}
                      onChange={(minutes) => update(row.key, { minutes })}
                      errorMessage={rowErrors.minutes}
                      inputMode="numeric"
                    />
                  </div>
                  <div className="draft-row__recurring">
                    <Switch
                      isSelected={row.recurring}
                      onChange={(recurring) => update(row.key, { recurring })}
                    >
                      {t('agenda.fields.recurringShort')}
                    </Switch>
                  </div>
                  <div className="row-actions draft-row__actions">
                    <Button
                      aria-label={named(t('agenda.moveUp'))}
                      data-move="up"
                      isDisabled={index === 0}
                      onPress={() => move(row.key, -1)}
                    >
                      <span aria-hidden="true">↑ </span>
                      {t('agenda.moveUp')}
                    </Button>
                    <Button
                      aria-label={named(t('agenda.moveDown'))}
                      data-move="down"
                      isDisabled={index === rows.length - 1}
                      onPress={() => move(row.key, 1)}
                    >
                      <span aria-hidden="true">↓ </span>
                      {t('agenda.moveDown')}
                    </Button>
                    {/* Not for good: the list is saved only when the person says so. */}
                    <Button
                      aria-label={named(t('templates.removeItem'))}
                      onPress={() => remove(row.key)}
                    >
                      {t('templates.removeItem')}
                    </Button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <div className="toolbar">
        <Button data-control="add" onPress={add}>
          {t('templates.addItem')}
        </Button>
      </div>
    </div>
  );
}
