import { useEffect, useEffectEvent, useRef } from 'react';
import type { NetworkingPhase, NetworkingSession } from '../../../shared/contract';
import { useApi } from '../../app/useApi';
import { useSettings } from '../../app/useSettings';
import { playChime } from '../run/chime';
import { useChime } from '../run/useChime';

/**
 * When the core's own "time is up" chime has just played, the move it triggers (auto-advance at
 * the deadline) needs no second one.
 */
const ALREADY_CHIMED_MS = 5_000;

/**
 * The facilitator's chimes. The core's `timer.phase` events chime at the warning and when time is
 * up (run mode's `useChime`: on time even with the window hidden). On top of that, every move
 * between phases chimes once, so the room hears it whoever moved on: the falling "time is up" at
 * a switch or the end, the rising pair when a round begins. Only the facilitator's screen chimes.
 */
export function useNetworkingRunChime(session: NetworkingSession) {
  const { meetingId } = session;
  const api = useApi();
  const { settings } = useSettings();
  const coreChimedAt = useRef(Number.NEGATIVE_INFINITY);
  useChime(meetingId);

  useEffect(
    () =>
      api.on('timer.phase', (payload) => {
        if (payload.meetingId === meetingId && payload.phase === 'overtime') {
          coreChimedAt.current = Date.now();
        }
      }),
    [api, meetingId],
  );

  const onMove = useEffectEvent((phase: NetworkingPhase) => {
    if (!settings.chime || phase === 'setup') return;
    if (Date.now() - coreChimedAt.current < ALREADY_CHIMED_MS) return;
    playChime(phase === 'round' ? 'warning' : 'overtime', settings.chimeVolume);
  });

  const { phase, round } = session.run;
  const position = `${phase}:${round}`;
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = position;
    // The screen opening on an event already under way is no move.
    if (before !== null && before !== position) onMove(phase);
  }, [position, phase]);
}
