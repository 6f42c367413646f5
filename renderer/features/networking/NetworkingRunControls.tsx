import { useTranslation } from 'react-i18next';
import type { NetworkingSession } from '../../../shared/contract';
import { Button } from '../../components/Button';
import { ADJUST_STEP_MS } from './useNetworkingRun';
import { roundCount } from './useNetworkingRunSeating';

export interface NetworkingRunControlsProps {
  session: NetworkingSession;
  /** Started and not finished: there is an event to move on. */
  live: boolean;
  finished: boolean;
  onStart: () => void;
  onAdvance: () => void;
  onTogglePause: () => void;
  onExtend: (deltaMs: number) => void;
  onFinish: () => void;
}

/**
 * The facilitator's buttons, each with its key beside it (hidden from screen readers, which get
 * the shortcuts' help instead). Pause and Resume are one button whose words change, so focus
 * stays on it. "Skip" says where it goes: the switch, the next round, or the end.
 */
export function NetworkingRunControls(props: NetworkingRunControlsProps) {
  const { t } = useTranslation();
  const { session, live, finished } = props;
  const { phase, timer } = session.run;

  if (finished) return null;
  if (phase === 'setup') return <StartButton session={session} onStart={props.onStart} />;

  const paused = timer?.status === 'paused';
  const timed = live && timer !== null && timer.status !== 'idle';
  return (
    <div className="run-controls" role="group" aria-label={t('networking.run.controls.label')}>
      {phase !== 'done' && (
        <Button variant="primary" isDisabled={!live} onPress={props.onAdvance}>
          {skipLabel(session, t)}
          <span aria-hidden="true"> ▶</span>
          <kbd aria-hidden="true">N</kbd>
        </Button>
      )}
      {phase !== 'done' && (
        <>
          <Button isDisabled={!timed} onPress={props.onTogglePause}>
            <span aria-hidden="true">{paused ? '▶ ' : '❚❚ '}</span>
            {t(paused ? 'run.controls.resume' : 'run.controls.pause')}
            <kbd aria-hidden="true">{t('run.keys.space')}</kbd>
          </Button>
          <Button isDisabled={!timed} onPress={() => props.onExtend(-ADJUST_STEP_MS)}>
            {t('run.controls.removeMinute')}
            <kbd aria-hidden="true">−</kbd>
          </Button>
          <Button isDisabled={!timed} onPress={() => props.onExtend(ADJUST_STEP_MS)}>
            {t('run.controls.addMinute')}
            <kbd aria-hidden="true">+</kbd>
          </Button>
        </>
      )}
      <Button
        variant={phase === 'done' ? 'primary' : 'danger'}
        isDisabled={!live}
        onPress={props.onFinish}
      >
        {t('networking.run.controls.finish')}
        <kbd aria-hidden="true">E</kbd>
      </Button>
    </div>
  );
}

function skipLabel(session: NetworkingSession, t: ReturnType<typeof useTranslation>['t']) {
  const { phase, round } = session.run;
  if (phase === 'switch') return t('networking.run.controls.toRound', { round: round + 1 });
  if (round >= roundCount(session)) return t('networking.run.controls.endLast');
  if (session.format.switchSeconds > 0) return t('networking.run.controls.toSwitch');
  return t('networking.run.controls.toRound', { round: round + 1 });
}

/**
 * Before the event: start it. The core plans the rounds first when there is no plan yet or
 * check-in changed who is here, so starting never waits for a trip back to the setup.
 */
function StartButton({ session, onStart }: { session: NetworkingSession; onStart: () => void }) {
  const { t } = useTranslation();
  const replans = session.plan === null || session.planStale;
  return (
    <div className="run-controls networking-run__start">
      <Button
        variant="primary"
        onPress={onStart}
        aria-describedby={replans ? 'networking-run-replans' : undefined}
      >
        {t('networking.run.controls.start')}
      </Button>
      {replans && (
        <p id="networking-run-replans" className="field__description">
          {t('networking.run.planOnStart')}
        </p>
      )}
    </div>
  );
}
