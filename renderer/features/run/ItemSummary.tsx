import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/contract';
import { presenterOf } from './item-text';

/** An item's kind and presenter under its title, on the run screen and the presenter view. */
export function ItemSummary({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const presenter = presenterOf(item);
  return (
    <p className="item-summary">
      <span className="item-summary__kind">{t(`run.kind.${item.kind}`)}</span>
      {presenter && (
        <>
          <span aria-hidden="true"> · </span>
          <span>{t('run.presentedBy', { name: presenter })}</span>
        </>
      )}
      <span aria-hidden="true"> · </span>
      <span>{t('run.plannedMinutes', { count: item.plannedMinutes })}</span>
    </p>
  );
}

/** What comes after the current item, or that this is the last one. */
export function NextUp({ item }: { item: AgendaItem | null }) {
  const { t } = useTranslation();
  return (
    <p className="next-up">
      <span className="next-up__label">{t('run.nextLabel')}</span>{' '}
      {item ? (
        <span className="next-up__title">
          {item.title}{' '}
          <span className="muted">({t('run.plannedMinutes', { count: item.plannedMinutes })})</span>
        </span>
      ) : (
        <span className="next-up__title">{t('run.nothingNext')}</span>
      )}
    </p>
  );
}
