import { useTranslation } from 'react-i18next';
import type { NetworkingSession } from '../../../shared/contract';
import { nameWithAgency } from './participant-text';
import { tablesByName, useShownSeating } from './useNetworkingRunSeating';

/**
 * Who sits where in the round that matters now (see `shownRound`): by table, with who sits out,
 * and by name — each person's "find table 7", for the facilitator to read out or to answer
 * "where do I go?".
 */
export function NetworkingRunSeating({ session }: { session: NetworkingSession }) {
  const { t, i18n } = useTranslation();
  const seating = useShownSeating(session);
  if (!seating) return null;
  const byName = tablesByName(seating, i18n.language);
  return (
    <section className="networking-seating" aria-labelledby="networking-seating-title">
      <h2 id="networking-seating-title">
        {t('networking.run.seating.title', { round: seating.round })}
      </h2>
      <table className="table networking-seating__table">
        <caption className="visually-hidden">
          {t('networking.run.seating.title', { round: seating.round })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="table__number">
              {t('networking.run.seating.table')}
            </th>
            <th scope="col">{t('networking.run.seating.people')}</th>
          </tr>
        </thead>
        <tbody>
          {seating.tables.map((table) => (
            <tr key={table.number}>
              <th scope="row" className="table__number networking-seating__number">
                {table.number}
              </th>
              <td>
                <ul className="networking-seating__people">
                  {table.people.map((person) => (
                    <li key={person.id}>{nameWithAgency(person)}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="networking-seating__out">
        <strong>{t('networking.run.seating.sittingOut')}</strong>{' '}
        {seating.sittingOut.length === 0
          ? t('networking.run.seating.nobodyOut')
          : seating.sittingOut.map(nameWithAgency).join(', ')}
      </p>
      <details className="networking-seating__by-name">
        <summary>{t('networking.run.seating.byName')}</summary>
        <ul className="networking-seating__names">
          {byName.map(({ person, table }) => (
            <li key={person.id}>
              {table === null
                ? t('networking.run.seating.sitsOut', {
                    name: nameWithAgency(person),
                    round: seating.round,
                  })
                : t('networking.run.seating.findTable', {
                    name: nameWithAgency(person),
                    round: seating.round,
                    table,
                  })}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
