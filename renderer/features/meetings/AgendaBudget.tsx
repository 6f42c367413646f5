import { useTranslation } from 'react-i18next';
import type { AgendaItem, Meeting } from '../../../shared/contract';
import { agendaBudget } from '../../../shared/domain/agenda-budget';
import { useMeetingFormat } from './useMeetingFormat';

/**
 * The planned total against the meeting's length. An overrun is said in words, with an icon and
 * a heavier border as well as colour, and announced when it changes.
 */
export function AgendaBudget({ items, meeting }: { items: AgendaItem[]; meeting: Meeting }) {
  const { t } = useTranslation();
  const { minutes } = useMeetingFormat();
  const budget = agendaBudget(items, meeting);
  const spare = budget.availableMinutes - budget.plannedMinutes;
  const deferred = items.some((item) => item.status === 'deferred');
  return (
    <div className={`budget ${budget.fits ? 'budget--fits' : 'budget--over'}`} role="status">
      <p className="budget__total">
        {t('agenda.budget.planned', {
          planned: minutes(budget.plannedMinutes),
          available: minutes(budget.availableMinutes),
        })}
      </p>
      <p className="budget__verdict">
        <span aria-hidden="true" className="budget__icon">
          {budget.fits ? '✓' : '⚠'}
        </span>{' '}
        {budget.fits
          ? spare === 0
            ? t('agenda.budget.exact')
            : t('agenda.budget.spare', { minutes: minutes(spare) })
          : t('agenda.budget.over', { minutes: minutes(budget.overrunMinutes) })}
      </p>
      {deferred && <p className="budget__note">{t('agenda.budget.deferredNote')}</p>}
    </div>
  );
}
