import { useTranslation } from 'react-i18next';
import type { RunState } from '../../../shared/contract';
import { Button } from '../../components/Button';
import type { RoundAction } from './useRunCommands';

type Round = NonNullable<RunState['round']>;

/**
 * The go-around on a round item: who has the floor, who waits, and who has spoken or passed,
 * said in words (lists with headings), not by colour.
 */
export function SpeakingRound({
  round,
  speakers,
  onAction,
}: {
  round: Round;
  speakers: RunState['speakers'];
  onAction: (action: RoundAction, speakerId?: string) => void;
}) {
  const { t } = useTranslation();
  const name = (id: string) =>
    speakers.find((speaker) => speaker.id === id)?.name ?? t('run.round.unknownSpeaker');
  const { queue, current, spoken, passed } = round;
  const done = spoken.length + passed.length;
  const total = done + queue.length + (current === null ? 0 : 1);
  const finished = current === null && queue.length === 0;

  return (
    <section className="round" aria-labelledby="round-title">
      <h3 id="round-title">{t('run.round.title')}</h3>
      <p className="round__progress">{t('run.round.progress', { done, total })}</p>
      <p className="round__current">
        {current !== null ? (
          <>
            {t('run.round.speakingNow')} <strong>{name(current)}</strong>
          </>
        ) : finished ? (
          t('run.round.finished')
        ) : (
          t('run.round.notStarted')
        )}
      </p>
      <div className="toolbar">
        <Button variant="primary" isDisabled={finished} onPress={() => onAction('next')}>
          {current === null && !finished ? t('run.round.first') : t('run.round.next')}
          <kbd aria-hidden="true">R</kbd>
        </Button>
        <Button isDisabled={finished} onPress={() => onAction('skip')}>
          {t('run.round.skip')}
          <kbd aria-hidden="true">S</kbd>
        </Button>
        <Button isDisabled={current === null} onPress={() => onAction('pass')}>
          {t('run.round.pass')}
          <kbd aria-hidden="true">X</kbd>
        </Button>
      </div>
      <div className="round__lists">
        <div>
          <h4 id="round-queue">{t('run.round.queue', { count: queue.length })}</h4>
          {queue.length === 0 ? (
            <p className="muted">{t('run.round.queueEmpty')}</p>
          ) : (
            <ol className="round__queue" aria-labelledby="round-queue">
              {queue.map((id, index) => (
                <li key={id}>
                  <span>{name(id)}</span>
                  <Button
                    variant="quiet"
                    isDisabled={index === queue.length - 1}
                    onPress={() => onAction('moveToEnd', id)}
                    aria-label={t('common.actionOn', {
                      action: t('run.round.moveToEnd'),
                      name: name(id),
                    })}
                  >
                    {t('run.round.moveToEnd')}
                  </Button>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h4 id="round-done">{t('run.round.done', { count: done })}</h4>
          {done === 0 ? (
            <p className="muted">{t('run.round.doneEmpty')}</p>
          ) : (
            <ul className="round__done" aria-labelledby="round-done">
              {spoken.map((id) => (
                <li key={id}>
                  <span aria-hidden="true">✓ </span>
                  {name(id)} — {t('run.round.spoke')}
                </li>
              ))}
              {passed.map((id) => (
                <li key={id}>
                  <span aria-hidden="true">↷ </span>
                  {name(id)} — {t('run.round.passed')}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
