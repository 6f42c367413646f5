import { useTranslation } from 'react-i18next';
import {
  formatCountdown,
  phaseAt,
  remainingAt,
  type TimerPhase,
  type TimerState,
} from '../../../shared/domain/timer';
import { useSettings } from '../../app/useSettings';
import { PhaseIcon } from './PhaseIcon';
import { thresholdsOf } from './run-figures';
import { useFormatDuration } from './useFormatDuration';

export interface CountdownProps {
  timer: TimerState;
  /** From `useFrameNow`: the countdown is always drawn from the deadline. */
  now: number;
  /** What is being timed: the item, or a speaker's turn. */
  caption: string;
  /** Tell screen readers when the phase changes (the chair's screen; not the presenter view). */
  announce?: boolean;
  /** What an idle countdown means here (a round everyone has spoken in); "Not started" otherwise. */
  idleText?: string | undefined;
}

/**
 * The big countdown. Each phase changes the words and the shape as well as the colour, so it
 * reads in high contrast, in greyscale and from the back of the room.
 */
export function Countdown({ timer, now, caption, announce = false, idleText }: CountdownProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const duration = useFormatDuration();
  const remaining = remainingAt(timer, now);
  const idle = timer.status === 'idle';
  // An idle countdown is not running late: at zero it would read as over time.
  const phase: TimerPhase = idle ? 'normal' : phaseAt(timer, now, thresholdsOf(settings));
  const paused = timer.status === 'paused';
  const thresholdSeconds = {
    normal: 0,
    warning: settings.timerWarningSeconds,
    final: Math.min(settings.timerFinalSeconds, settings.timerWarningSeconds),
    overtime: 0,
  } satisfies Record<TimerPhase, number>;
  const phaseText = idle
    ? (idleText ?? t('run.timer.notStarted'))
    : t(`run.phase.${phase}`, { duration: duration(thresholdSeconds[phase]) });
  // Over time counts up: "+1:12" rather than a negative number.
  const time =
    phase === 'overtime'
      ? `+${formatCountdown(remaining).replace('-', '')}`
      : formatCountdown(remaining);

  return (
    <div className={`countdown countdown--${phase}${paused ? ' countdown--paused' : ''}`}>
      <p className="countdown__caption">{caption}</p>
      <div className="countdown__face">
        <PhaseIcon phase={phase} paused={paused} />
        <p className="countdown__time" role="timer">
          {time}
        </p>
      </div>
      <p className="countdown__phase">
        {phaseText}
        {paused && <strong className="countdown__paused"> {t('run.timer.paused')}</strong>}
      </p>
      {timer.adjustedMs !== 0 && (
        <p className="countdown__adjusted">
          {t(timer.adjustedMs > 0 ? 'run.timer.added' : 'run.timer.removed', {
            duration: duration(Math.abs(timer.adjustedMs) / 1000),
          })}
        </p>
      )}
      {announce && (
        // Changes only when the phase does, never with the seconds: polite, and silent in the
        // normal phase (text removed is not read out).
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {phase === 'normal'
            ? ''
            : t(`run.announce.${phase}`, { duration: duration(thresholdSeconds[phase]) })}
        </p>
      )}
    </div>
  );
}
