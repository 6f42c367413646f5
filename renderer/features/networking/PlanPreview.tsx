import { useTranslation } from 'react-i18next';
import type { NetworkingSession, Participant, PlannedRound } from '../../../shared/contract';
import { Badge } from '../../components/Badge';

/**
 * The plan as a grid of rounds: each round's tables (table number → names and agencies) and who
 * sits out. Headings per round let a screen reader jump from round to round.
 */
export function PlanPreview({ session }: { session: NetworkingSession }) {
  const { t } = useTranslation();
  if (!session.plan) return null;
  const byId = new Map(session.participants.map((p) => [p.id, p]));
  return (
    <div className="networking-plan-grid">
      {session.plan.rounds.map((round) => (
        <RoundCard
          key={round.number}
          round={round}
          byId={byId}
          total={session.plan?.rounds.length ?? 0}
        />
      ))}
      {session.plan.rounds.length === 0 && <p className="empty">{t('networking.plan.noRounds')}</p>}
    </div>
  );
}

function RoundCard({
  round,
  byId,
  total,
}: {
  round: PlannedRound;
  byId: Map<string, Participant>;
  total: number;
}) {
  const { t } = useTranslation();
  const id = `networking-round-${round.number}`;
  const person = (pid: string) => {
    const p = byId.get(pid);
    if (!p) return <span className="muted">{t('networking.rules.gone')}</span>;
    return (
      <>
        <span className="networking-seat__name">{p.name}</span>
        {p.agency && <span className="muted"> ({p.agency})</span>}
        {p.host && <span className="muted"> · {t('networking.plan.host')}</span>}
      </>
    );
  };
  return (
    <section className="networking-round" aria-labelledby={id}>
      <h3 id={id} className="networking-round__title">
        {t('networking.plan.round', { number: round.number, total })}
        {round.held && (
          <>
            {' '}
            <Badge>{t('networking.plan.held')}</Badge>
          </>
        )}
      </h3>
      <table className="table networking-round__table">
        <caption className="visually-hidden">
          {t('networking.plan.round', { number: round.number, total })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="table__number">
              {t('networking.plan.table')}
            </th>
            <th scope="col">{t('networking.plan.people')}</th>
          </tr>
        </thead>
        <tbody>
          {round.tables.map((table, i) => (
            <tr key={i}>
              <th scope="row" className="table__number">
                {i + 1}
              </th>
              <td>
                <ul className="plain-list networking-seat">
                  {table.map((pid) => (
                    <li key={pid}>{person(pid)}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {round.sittingOut.length > 0 && (
        <p className="networking-round__out">
          <strong>{t('networking.plan.sittingOut')}</strong>{' '}
          {round.sittingOut.map((pid, i) => (
            <span key={pid}>
              {i > 0 && ', '}
              {person(pid)}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
