import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/contract';
import { useItemTitle } from '../cases/useItemTitle';
import { presenterLine } from './item-text';

/**
 * The "·" between facts about an item. The dot is for the eye; a screen reader hears a comma, and
 * the spaces stay outside the hidden part so the words never run together.
 */
export function Separator() {
  return (
    <>
      <span className="visually-hidden">,</span> <span aria-hidden="true">·</span>{' '}
    </>
  );
}

/** An item's kind and presenter under its title, on the run screen and the presenter view. */
export function ItemSummary({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const presenter = presenterLine(item, t, 'run.presentedBy');
  return (
    <p className="item-summary">
      <span className="item-summary__kind">{t(`run.kind.${item.kind}`)}</span>
      {presenter && (
        <>
          <Separator />
          <span>{presenter}</span>
        </>
      )}
      <Separator />
      <span>{t('run.plannedMinutes', { count: item.plannedMinutes })}</span>
    </p>
  );
}

/** What comes after the current item, or that this is the last one. */
export function NextUp({ item }: { item: AgendaItem | null }) {
  const { t } = useTranslation();
  // Also on the room's display: a case review is named by its code only.
  const titleOf = useItemTitle();
  return (
    <p className="next-up">
      <span className="next-up__label">{t('run.nextLabel')}</span>{' '}
      {item ? (
        <span className="next-up__title">
          {titleOf(item)}{' '}
          <span className="muted">({t('run.plannedMinutes', { count: item.plannedMinutes })})</span>
        </span>
      ) : (
        <span className="next-up__title">{t('run.nothingNext')}</span>
      )}
    </p>
  );
}
