import { useEffect, useEffectEvent } from 'react';
import { useApi } from '../../app/useApi';
import { useSettings } from '../../app/useSettings';
import { playChime } from './chime';

/** A phase change heard this much later (a reconnect, a laptop waking) is news no more. */
const STALE_AFTER_MS = 10_000;

/**
 * Chimes on the core's `timer.phase` events for this meeting: at the warning and when time is up.
 * The core schedules those events itself, so the chime comes on time even when the window is
 * hidden and gets no animation frames. Only the chair's run screen uses this.
 */
export function useChime(meetingId: string) {
  const api = useApi();
  const { settings } = useSettings();

  const onPhase = useEffectEvent((payload: { meetingId: string; phase: string; at: number }) => {
    if (payload.meetingId !== meetingId || !settings.chime) return;
    if (payload.phase !== 'warning' && payload.phase !== 'overtime') return;
    if (Date.now() - payload.at > STALE_AFTER_MS) return;
    playChime(payload.phase, settings.chimeVolume);
  });

  useEffect(() => api.on('timer.phase', (payload) => onPhase(payload)), [api]);
}
