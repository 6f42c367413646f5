import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { splitSeconds } from './run-figures';

/** A length of time as people say it: "2 minutes", "30 seconds", "1 min 30 s". */
export function useFormatDuration() {
  const { t } = useTranslation();
  return useCallback(
    (totalSeconds: number) => {
      const { minutes, seconds } = splitSeconds(Math.max(0, Math.round(totalSeconds)));
      if (minutes === 0) return t('run.duration.seconds', { count: seconds });
      if (seconds === 0) return t('run.duration.minutes', { count: minutes });
      return t('run.duration.minutesSeconds', { minutes, seconds });
    },
    [t],
  );
}
