import { useTranslation } from 'react-i18next';
import type { NetworkingSession } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { Button } from '../../components/Button';
import { presentOnes } from './participant-text';
import { planQuality } from './plan-text';
import { PlanPreview } from './PlanPreview';
import { useRefusalToast } from './useSession';

/** Any seed the contract takes: a new one gives another plan of the same quality. */
const newSeed = () => Math.floor(Math.random() * 2 ** 31);

/** Plans the rounds and shows the plan, how good it is, and when it no longer fits. */
export function PlanSection({ session }: { session: NetworkingSession }) {
  const { t } = useTranslation();
  const refused = useRefusalToast();
  const plan = useCoreMutation('networking.plan');
  const setFormat = useCoreMutation('networking.setFormat');
  const { meetingId } = session;
  const busy = plan.isPending || setFormat.isPending;
  const canPlan = session.run.phase !== 'done' && presentOnes(session.participants).length >= 2;

  const planRounds = () => void plan.mutateAsync({ meetingId }).catch(refused);
  const shuffle = () =>
    void setFormat
      .mutateAsync({ meetingId, format: { seed: newSeed() } })
      .then(() => plan.mutateAsync({ meetingId }))
      .catch(refused);

  return (
    <section className="networking-section" aria-labelledby="networking-plan">
      <h2 id="networking-plan">{t('networking.plan.title')}</h2>
      <div className="toolbar">
        <Button variant="primary" onPress={planRounds} isDisabled={!canPlan || busy}>
          {session.plan ? t('networking.plan.replan') : t('networking.plan.plan')}
        </Button>
        {session.plan && (
          <Button onPress={shuffle} isDisabled={!canPlan || busy}>
            {t('networking.plan.shuffle')}
          </Button>
        )}
        {!canPlan && session.run.phase !== 'done' && (
          <p className="toolbar__note">{t('networking.plan.needTwo')}</p>
        )}
      </div>
      <div role="status">
        {busy && <p>{t('networking.plan.planning')}</p>}
        {session.plan && session.planStale && !busy && (
          <div className="notice notice--warning networking-stale">
            <p className="notice__title">
              <span aria-hidden="true">⚠ </span>
              {t('networking.plan.staleTitle')}
            </p>
            <p>{t('networking.plan.staleBody')}</p>
          </div>
        )}
      </div>
      {session.plan ? (
        <>
          <ul className="networking-quality">
            {planQuality(session.plan, session, t).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <PlanPreview session={session} />
        </>
      ) : (
        <p className="empty">{t('networking.plan.none')}</p>
      )}
    </section>
  );
}
