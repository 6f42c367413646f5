import { useCallback } from 'react';
import { useSettings } from '../../app/useSettings';
import { localeOf } from '../../i18n';
import { formatDay } from '../../i18n/format';

export function useFormatDay() {
  const { settings } = useSettings();
  const locale = localeOf(settings.language);
  return useCallback((isoDay: string) => formatDay(isoDay, locale), [locale]);
}
