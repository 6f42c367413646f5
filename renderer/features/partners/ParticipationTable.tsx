import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgencyParticipation } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { DataTable } from '../../components/DataTable';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { organizationPath } from './links';
import { useConnectionWords } from './network-words';

/** Missing this many meetings in a row is what makes a chair follow up. */
export const MISSED_THRESHOLD = 3;

export function ParticipationTable({ seriesId }: { seriesId: string }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const words = useConnectionWords();
  const participation = useCoreQuery('participation.series', { seriesId }, { keepPrevious: true });
  const percent = useMemo(
    () => new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 0 }),
    [format.locale],
  );

  if (participation.data === undefined) return <p role="status">{t('common.loading')}</p>;
  const { held, agencies } = participation.data;
  const sorted = [...agencies].sort((a, b) => words.collator.compare(a.name, b.name));
  const missing = agencies
    .filter((a) => a.missedInARow >= MISSED_THRESHOLD)
    .sort((a, b) => b.missedInARow - a.missedInARow || words.collator.compare(a.name, b.name));
  const lastAttended = (agency: AgencyParticipation) =>
    agency.lastAttended ? format.shortDay(agency.lastAttended) : t('participation.neverAttended');

  return (
    <>
      <p className="participation__held">{t('participation.held', { count: held })}</p>
      {held === 0 ? (
        <p className="empty">{t('participation.noneHeld')}</p>
      ) : (
        <>
          <section className="participation__missing" aria-labelledby="participation-missing">
            <h3 id="participation-missing" className="network__heading">
              {t('participation.missing.title', { count: MISSED_THRESHOLD })}
            </h3>
            {missing.length === 0 ? (
              <p>{t('participation.missing.none', { count: MISSED_THRESHOLD })}</p>
            ) : (
              <ul className="participation__missing-list">
                {missing.map((agency) => (
                  <li key={agency.organizationId}>
                    <Link to={organizationPath(agency.organizationId)}>{agency.name}</Link>
                    {' — '}
                    {t('participation.missing.row', {
                      count: agency.missedInARow,
                      last: lastAttended(agency),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="participation-agencies">
            <h3 id="participation-agencies" className="network__heading">
              {t('participation.agencies')}
            </h3>
            <DataTable
              caption={t('participation.caption', { title: participation.data.seriesTitle })}
              className="participation__table"
              columns={[
                t('participation.columns.agency'),
                { label: t('participation.columns.attended'), className: 'table__number' },
                // Apart from the misses: an agency that sends regrets is not one that forgot.
                { label: t('participation.columns.regrets'), className: 'table__number' },
                { label: t('participation.columns.rate'), className: 'table__number' },
                t('participation.columns.lastAttended'),
                { label: t('participation.columns.missed'), className: 'table__number' },
              ]}
              empty={t('participation.noAgencies')}
              rows={sorted.map((agency) => (
                <tr key={agency.organizationId}>
                  <th scope="row">
                    <Link to={organizationPath(agency.organizationId)}>{agency.name}</Link>
                  </th>
                  <td className="table__number">
                    {t('participation.attendedOf', {
                      attended: agency.attended,
                      held: agency.held,
                    })}
                  </td>
                  <td className="table__number">{agency.regrets}</td>
                  <td className="table__number">
                    {percent.format(agency.rate)}{' '}
                    <span className="participation__rate-words">
                      {t(`participation.rate.${rateWord(agency)}`)}
                    </span>
                  </td>
                  <td>{lastAttended(agency)}</td>
                  <td className="table__number">
                    {agency.missedInARow >= MISSED_THRESHOLD && (
                      <span aria-hidden="true" className="participation__flag">
                        ⚠{' '}
                      </span>
                    )}
                    {agency.missedInARow >= MISSED_THRESHOLD
                      ? t('participation.missedFlagged', { count: agency.missedInARow })
                      : agency.missedInARow}
                  </td>
                </tr>
              ))}
            />
          </section>
        </>
      )}
    </>
  );
}

/** The rate in a word, for those who read the table aloud or skim it. */
function rateWord(agency: AgencyParticipation): 'all' | 'most' | 'half' | 'some' | 'none' {
  if (agency.held > 0 && agency.attended >= agency.held) return 'all';
  // Half is not "most": more than half is.
  if (agency.attended * 2 > agency.held) return 'most';
  if (agency.attended * 2 === agency.held) return 'half';
  if (agency.attended > 0) return 'some';
  return 'none';
}
