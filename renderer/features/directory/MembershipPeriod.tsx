import { useTranslation } from 'react-i18next';
import type { Membership } from '../../../shared/contract';
import { useFormatDay } from './useFormatDay';

export function MembershipPeriod({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const day = useFormatDay();
  const { startDate, endDate } = membership;
  if (startDate && endDate)
    return <>{t('directory.membership.between', { start: day(startDate), end: day(endDate) })}</>;
  if (startDate) return <>{t('directory.membership.since', { date: day(startDate) })}</>;
  if (endDate) return <>{t('directory.membership.until', { date: day(endDate) })}</>;
  return <>{t('directory.membership.unknownDates')}</>;
}
