import { useTranslation } from 'react-i18next';
import type { Series } from '../../../shared/contract';
import { repeatLabels } from './RepeatField';
import { choiceOf } from './repeat-rule';
import { useMeetingFormat } from './useMeetingFormat';

/** How a series repeats, in the words its form offered ("Every two weeks, on Tuesday"). */
export function useRepeatText() {
  const { t } = useTranslation();
  const { locale } = useMeetingFormat();
  return (series: Pick<Series, 'rrule' | 'startDate'>) => {
    const { choice, custom } = choiceOf(series.rrule, series.startDate);
    return choice === 'custom'
      ? t('series.repeat.customRule', { rule: custom })
      : repeatLabels(series.startDate, locale, t)[choice];
  };
}
