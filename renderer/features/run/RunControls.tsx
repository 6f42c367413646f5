import { useTranslation } from 'react-i18next';
import type { RunState } from '../../../shared/contract';
import { Button } from '../../components/Button';
import { ADJUST_STEP_MS } from './useRunCommands';

export interface RunControlsProps {
  timer: RunState['timer'];
  /** An item is current: there is a countdown to pause or adjust. */
  hasItem: boolean;
  /** There is an item before the current one for Previous to go back to. */
  hasPrevious: boolean;
  /** Something is current or still waiting: Next has somewhere to go. */
  hasMore: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onTogglePause: () => void;
  onAdjust: (deltaMs: number) => void;
  onEnd: () => void;
}

/**
 * The chair's buttons, each with its key shown beside it. The keys are hidden from screen readers,
 * which get the shortcuts' help overlay rather than a letter read out in every button's name.
 * Pause and Resume are one button whose words change, so focus stays on it.
 */
export function RunControls(props: RunControlsProps) {
  const { t } = useTranslation();
  const { timer, hasItem, hasPrevious, hasMore } = props;
  const paused = timer.status === 'paused';
  // An idle countdown (a round everyone has spoken in) has nothing to pause or adjust.
  const timed = hasItem && timer.status !== 'idle';
  return (
    <div className="run-controls" role="group" aria-label={t('run.controls.label')}>
      <Button isDisabled={!hasPrevious} onPress={props.onPrevious}>
        <span aria-hidden="true">◀ </span>
        {t('run.controls.previous')}
        <kbd aria-hidden="true">P</kbd>
      </Button>
      <Button variant="primary" isDisabled={!hasMore} onPress={props.onNext}>
        {t('run.controls.next')}
        <span aria-hidden="true"> ▶</span>
        <kbd aria-hidden="true">N</kbd>
      </Button>
      <Button isDisabled={!timed} onPress={props.onTogglePause}>
        <span aria-hidden="true">{paused ? '▶ ' : '❚❚ '}</span>
        {t(paused ? 'run.controls.resume' : 'run.controls.pause')}
        <kbd aria-hidden="true">{t('run.keys.space')}</kbd>
      </Button>
      <Button isDisabled={!timed} onPress={() => props.onAdjust(-ADJUST_STEP_MS)}>
        {t('run.controls.removeMinute')}
        <kbd aria-hidden="true">−</kbd>
      </Button>
      <Button isDisabled={!timed} onPress={() => props.onAdjust(ADJUST_STEP_MS)}>
        {t('run.controls.addMinute')}
        <kbd aria-hidden="true">+</kbd>
      </Button>
      <Button variant="danger" onPress={props.onEnd}>
        {t('run.controls.end')}
        <kbd aria-hidden="true">E</kbd>
      </Button>
    </div>
  );
}
