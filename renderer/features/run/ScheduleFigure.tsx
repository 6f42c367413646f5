import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../shared/contract';
import { minutesBehind } from './run-figures';

/**
 * The whole meeting against its schedule: "4 min behind", "2 min ahead", "on time". An arrow
 * shape and the words carry it; the colour only repeats them.
 */
export function ScheduleFigure({ detail, now }: { detail: MeetingDetail; now: number }) {
  const { t } = useTranslation();
  const behind = minutesBehind(detail, now);
  const state = behind > 0 ? 'behind' : behind < 0 ? 'ahead' : 'onTime';
  const mark = { behind: '▼', ahead: '▲', onTime: '●' }[state];
  return (
    <p className={`schedule-figure schedule-figure--${state}`}>
      <span className="schedule-figure__label">{t('run.schedule.label')}</span>{' '}
      <span className="schedule-figure__value">
        <span aria-hidden="true">{mark} </span>
        {t(`run.schedule.${state}`, { count: Math.abs(behind) })}
      </span>
    </p>
  );
}
