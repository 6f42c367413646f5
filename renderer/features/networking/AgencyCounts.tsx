import { useTranslation } from 'react-i18next';
import type { NetworkingSession } from '../../../shared/contract';
import { useSettings } from '../../app/useSettings';
import { localeOf } from '../../i18n';
import { fold } from './participant-text';

interface AgencyCount {
  agency: string;
  total: number;
  present: number;
}

/** Agencies by how many people they send: what same-agency separation has to work around. */
export function agencyCounts(session: NetworkingSession, locale: string): AgencyCount[] {
  const counts = new Map<string, AgencyCount>();
  for (const p of session.participants) {
    const key = fold(p.agency);
    const count = counts.get(key) ?? { agency: p.agency, total: 0, present: 0 };
    count.total += 1;
    if (p.present) count.present += 1;
    counts.set(key, count);
  }
  return [...counts.values()].sort(
    (a, b) => b.total - a.total || a.agency.localeCompare(b.agency, locale),
  );
}

export function AgencyCounts({ session }: { session: NetworkingSession }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const counts = agencyCounts(session, localeOf(settings.language));
  if (counts.length === 0) return null;
  return (
    <table className="table networking-agencies">
      <caption className="visually-hidden">{t('networking.agencies.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('networking.agencies.agency')}</th>
          <th scope="col" className="table__number">
            {t('networking.agencies.people')}
          </th>
          <th scope="col" className="table__number">
            {t('networking.agencies.present')}
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={fold(c.agency)}>
            <th scope="row">
              {c.agency || <span className="muted">{t('networking.noAgency')}</span>}
            </th>
            <td className="table__number">{c.total}</td>
            <td className="table__number">{c.present}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
