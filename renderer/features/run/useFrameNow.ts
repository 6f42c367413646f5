import { useEffect, useState } from 'react';
import { remainingAt, type TimerState } from '../../../shared/domain/timer';

/**
 * The current time for drawing a countdown, read on animation frames (DESIGN.md "Timers"): the
 * figure is always `deadline - now`, so nothing drifts and no call reaches the core. The component
 * re-renders only when what it shows can change: each time the countdown's displayed second
 * changes while it runs, otherwise once a wall-clock second (the ahead/behind figure keeps moving
 * while a timer is paused). A hidden window gets no frames; the first frame back is exact again.
 */
export function useFrameNow(timer: TimerState | null): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let frame = 0;
    let shown: number | undefined;
    const tick = () => {
      const at = Date.now();
      // The countdown rounds a part-second up (formatCountdown): its second changes at
      // deadline-aligned instants, not on the wall clock's seconds.
      const second =
        timer?.status === 'running'
          ? Math.ceil(remainingAt(timer, at) / 1000)
          : Math.floor(at / 1000);
      if (second !== shown) {
        shown = second;
        setNow(at);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [timer]);

  return now;
}
