import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactChannel } from '../../../shared/contract';
import { useMeetingFormat } from '../meetings/useMeetingFormat';

/** "29 oct. 2026", "Oct 29, 2026": no weekday, for table cells kept on one line. */
function compactDayFormat(locale: string) {
  const formatter = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const french = locale.startsWith('fr');
  return (isoDay: string) => {
    const [year = 0, month = 1, day = 1] = isoDay.split('-').map(Number);
    return formatter
      .formatToParts(Date.UTC(year, month - 1, day))
      .map((part) => (french && part.type === 'day' && part.value === '1' ? '1er' : part.value))
      .join('');
  };
}

/** Days and channels of contacts in the reader's language. */
export function usePartnerFormat() {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  return useMemo(
    () => ({
      locale: format.locale,
      shortDay: format.shortDay,
      compactDay: compactDayFormat(format.locale),
      longDay: format.longDay,
      channel: (channel: ContactChannel) => t(`partners.channel.${channel}`),
      collator: new Intl.Collator(format.locale, { sensitivity: 'base' }),
    }),
    [format, t],
  );
}
