import { useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GridList, GridListItem, useDragAndDrop } from 'react-aria-components';
import type { AgendaItem, Meeting } from '../../../shared/contract';
import { plannedSchedule } from '../../../shared/domain/agenda-budget';
import { OPEN_SUFFIX } from '../../app/drafts';
import { useDraft } from '../../app/useDraft';
import { useFormDialog } from '../../app/useFormDialog';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { AgendaBudget } from './AgendaBudget';
import { AgendaItemForm } from './AgendaItemForm';
import { moveBy, moveKeys } from './reorder';
import { useAgendaActions } from './useAgendaActions';
import { useMeetingFormat } from './useMeetingFormat';

export interface AgendaEditorProps {
  meeting: Meeting;
  items: AgendaItem[];
}

/**
 * Where focus goes once a change is on screen: moving a row can take focus out of the document
 * with it, and deleting or deferring an item removes the button that had it.
 */
interface PendingFocus {
  /** The row to focus; null for the "Add item" button (the agenda is empty). */
  id: string | null;
  control: 'row' | 'up' | 'down';
  /** True once the items on screen show the change. */
  ready: (items: readonly AgendaItem[]) => boolean;
}

/**
 * The agenda being prepared: reorder by dragging, by keyboard drag and drop (the drag handle),
 * by Alt+Arrow on a row, or with the Move buttons; each change saves the whole order.
 */
export function AgendaEditor({ meeting, items }: AgendaEditorProps) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const actions = useAgendaActions();
  const adding = useFormDialog(`agenda:${meeting.id}:new`);
  // One edit dialog for the whole list, outside it: a dialog inside a row would get the list's
  // keyboard handling (typeahead, row keys) through React's portal event bubbling.
  const editing = useFormDialog(`agenda:${meeting.id}:edit`);
  // Which item it edits is kept like its open state (not as typing), so it comes back with it.
  const [editingId, setEditingId] = useDraft<string | null>(
    `${editing.key}:item${OPEN_SUFFIX}`,
    () => null,
  );
  const editingItem = items.find((item) => item.id === editingId);
  const section = useRef<HTMLElement>(null);
  const focusAfter = useRef<PendingFocus | null>(null);
  const order = items.map((item) => item.id);
  const orderKey = order.join(' ');
  const slots = useMemo(
    () => new Map(plannedSchedule(items, meeting.startsAt).map((s) => [s.id, s])),
    [items, meeting.startsAt],
  );

  const save = (next: string[], id: string, control: PendingFocus['control']) => {
    const nextKey = next.join(' ');
    if (nextKey === orderKey) return;
    focusAfter.current = {
      id,
      control,
      ready: (shown) => shown.map((item) => item.id).join(' ') === nextKey,
    };
    void actions.reorder(meeting.id, next);
  };

  const remove = (item: AgendaItem) => {
    const index = order.indexOf(item.id);
    const neighbour = order[index + 1] ?? order[index - 1] ?? null;
    focusAfter.current = {
      id: neighbour,
      control: 'row',
      ready: (shown) => !shown.some((other) => other.id === item.id),
    };
    void actions.remove(item);
  };

  const park = (item: AgendaItem) => {
    focusAfter.current = {
      id: item.id,
      control: 'row',
      ready: (shown) => shown.find((other) => other.id === item.id)?.status === 'deferred',
    };
    void actions.park(item);
  };

  // Back on the same control, or on the row when that control is now disabled (the row reached
  // the top or the bottom) or gone.
  useLayoutEffect(() => {
    const pending = focusAfter.current;
    if (!pending?.ready(items)) return;
    focusAfter.current = null;
    const root = section.current;
    const row = [...(root?.querySelectorAll<HTMLElement>('[data-item-id]') ?? [])].find(
      (element) => element.dataset.itemId === pending.id,
    );
    if (!row) {
      root?.querySelector<HTMLElement>('[data-control="add-item"]')?.focus();
      return;
    }
    const control =
      pending.control === 'row'
        ? null
        : row.querySelector<HTMLButtonElement>(`[data-move="${pending.control}"]`);
    if (control && !control.disabled) control.focus();
    else row.focus();
  }, [items]);

  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) =>
      [...keys].map((key) => ({
        'text/plain': items.find((item) => item.id === key)?.title ?? String(key),
      })),
    onReorder: (event) => {
      if (event.target.dropPosition === 'on') return;
      const moving = [...event.keys].map(String);
      const next = moveKeys(order, moving, String(event.target.key), event.target.dropPosition);
      if (moving[0]) save(next, moving[0], 'row');
    },
  });

  // Alt+Arrow moves the row that holds focus. Caught before the list sees it, where it would
  // otherwise move focus to the next row.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-item-id]');
    const id = row?.dataset.itemId;
    if (!id) return;
    event.preventDefault();
    event.stopPropagation();
    const onRow = event.target === row;
    const delta = event.key === 'ArrowUp' ? -1 : 1;
    save(moveBy(order, id, delta), id, onRow ? 'row' : delta < 0 ? 'up' : 'down');
  };

  return (
    <section ref={section} aria-labelledby="agenda-heading" className="agenda">
      <div className="section-heading">
        <h2 id="agenda-heading">{t('agenda.title')}</h2>
        <Button variant="primary" data-control="add-item" onPress={adding.open}>
          {t('agenda.add')}
        </Button>
      </div>
      <AgendaBudget items={items} meeting={meeting} />
      <p id="agenda-help" className="field__description">
        {t('agenda.reorderHelp')}
      </p>
      <div onKeyDownCapture={onKeyDownCapture}>
        <GridList
          aria-labelledby="agenda-heading"
          aria-describedby="agenda-help"
          className="agenda__list"
          keyboardNavigationBehavior="tab"
          dragAndDropHooks={dragAndDropHooks}
          renderEmptyState={() => <p className="empty">{t('agenda.empty')}</p>}
        >
          {items.map((item, index) => {
            const startsAt = slots.get(item.id)?.plannedStartAt ?? null;
            const time = startsAt === null ? null : format.clock(startsAt, meeting.timeZone);
            return (
              <GridListItem
                key={item.id}
                id={item.id}
                textValue={item.title}
                // The row's name is what a screen reader says for it: everything but the buttons.
                aria-label={[
                  t('agenda.rowLabel', {
                    title: item.title,
                    time: time ?? t('agenda.status.deferred'),
                    minutes: format.minutes(item.plannedMinutes),
                  }),
                  item.status === 'pending' || time === null
                    ? null
                    : t(`agenda.status.${item.status}`),
                  item.recurring ? t('agenda.recurring') : null,
                ]
                  .filter(Boolean)
                  .join(', ')}
                data-item-id={item.id}
                className="agenda__row"
              >
                <AgendaRow
                  item={item}
                  meeting={meeting}
                  time={time}
                  isFirst={index === 0}
                  isLast={index === items.length - 1}
                  onMove={(delta) =>
                    save(moveBy(order, item.id, delta), item.id, delta < 0 ? 'up' : 'down')
                  }
                  onEdit={() => {
                    setEditingId(item.id);
                    editing.open();
                  }}
                  onDelete={() => remove(item)}
                  onPark={() => park(item)}
                />
              </GridListItem>
            );
          })}
        </GridList>
      </div>
      <AgendaItemForm dialog={adding} target={{ meetingId: meeting.id }} />
      {editingItem && (
        <AgendaItemForm
          key={editingItem.id}
          dialog={editing}
          target={{ meetingId: meeting.id }}
          item={editingItem}
        />
      )}
    </section>
  );
}

interface AgendaRowProps {
  item: AgendaItem;
  meeting: Meeting;
  time: string | null;
  isFirst: boolean;
  isLast: boolean;
  onMove: (delta: -1 | 1) => void;
  onEdit: () => void;
  onDelete: () => void;
  onPark: () => void;
}

function AgendaRow(props: AgendaRowProps) {
  const { item, meeting, time, isFirst, isLast, onMove, onEdit, onDelete, onPark } = props;
  const { t } = useTranslation();
  const { minutes } = useMeetingFormat();
  const presenter = [item.presenterName, item.presenterOrganizationName].filter(Boolean).join(', ');
  const named = (action: string) => t('common.actionOn', { action, name: item.title });
  return (
    <div className={`agenda-item agenda-item--${item.status}`}>
      <Button slot="drag" variant="quiet">
        <span aria-hidden="true" className="agenda-item__grip">
          ⠿
        </span>
      </Button>
      <span className="agenda-item__time">{time ?? '—'}</span>
      <div className="agenda-item__main">
        <span className="agenda-item__title">{item.title}</span>
        <span className="agenda-item__meta">
          {t(`agenda.kind.${item.kind}`)}
          {presenter && ` · ${t('agenda.presentedBy', { presenter })}`}
        </span>
        <span className="agenda-item__badges">
          {item.status !== 'pending' && <Badge>{t(`agenda.status.${item.status}`)}</Badge>}
          {item.recurring && <Badge>{t('agenda.recurring')}</Badge>}
        </span>
      </div>
      <span className="agenda-item__minutes">{minutes(item.plannedMinutes)}</span>
      <div className="row-actions agenda-item__actions">
        <Button
          aria-label={named(t('agenda.moveUp'))}
          data-move="up"
          isDisabled={isFirst}
          onPress={() => onMove(-1)}
        >
          <span aria-hidden="true">↑ </span>
          {t('agenda.moveUp')}
        </Button>
        <Button
          aria-label={named(t('agenda.moveDown'))}
          data-move="down"
          isDisabled={isLast}
          onPress={() => onMove(1)}
        >
          <span aria-hidden="true">↓ </span>
          {t('agenda.moveDown')}
        </Button>
        <Button aria-label={named(t('common.edit'))} onPress={onEdit}>
          {t('common.edit')}
        </Button>
        {meeting.seriesId !== null && item.status !== 'deferred' && (
          <Button aria-label={named(t('agenda.park'))} onPress={onPark}>
            {t('agenda.park')}
          </Button>
        )}
        <Button aria-label={named(t('common.delete'))} variant="danger" onPress={onDelete}>
          {t('common.delete')}
        </Button>
      </div>
    </div>
  );
}
