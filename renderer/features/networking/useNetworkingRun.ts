import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type {
  Method,
  MethodInput,
  NetworkingSession,
  ParticipantDraft,
} from '../../../shared/contract';
import { useApi } from '../../app/useApi';
import { queryKey } from '../../app/useCore';
import { useRefusalToast } from './useSession';

type RunMethod = Extract<
  Method,
  | 'networking.start'
  | 'networking.advance'
  | 'networking.pause'
  | 'networking.resume'
  | 'networking.extend'
  | 'networking.arrive'
  | 'networking.depart'
  | 'networking.undoChange'
  | 'networking.finish'
  | 'networking.setFormat'
>;

/** A minute at a time from the buttons and the + / − keys, as in run mode. */
export { ADJUST_STEP_MS } from '../run/useRunCommands';

/**
 * The facilitator's commands. Each returns the fresh session, which goes straight into the
 * `networking.get` cache so the screen moves at once (the board and other windows follow through
 * the core's `data.changed`). A refused command says why in a toast and resolves to null.
 */
export function useNetworkingRun(meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refused = useRefusalToast();

  return useMemo(() => {
    async function send<M extends RunMethod>(method: M, input: MethodInput<M>) {
      try {
        const session = (await api.call(method, input)) satisfies NetworkingSession;
        queryClient.setQueryData(queryKey('networking.get', { meetingId }), session);
        return session;
      } catch (error) {
        refused(error);
        return null;
      }
    }
    const ref = { meetingId };
    return {
      start: () => send('networking.start', ref),
      /** `from`: the phase and round on screen, so a press landing after the auto-advance is void. */
      advance: (from?: MethodInput<'networking.advance'>['from']) =>
        send('networking.advance', from ? { meetingId, from } : ref),
      pause: () => send('networking.pause', ref),
      resume: () => send('networking.resume', ref),
      extend: (deltaMs: number) => send('networking.extend', { meetingId, deltaMs }),
      arrive: (participant: ParticipantDraft) =>
        send('networking.arrive', { meetingId, participant }),
      depart: (participantId: string) => send('networking.depart', { id: participantId }),
      undoChange: () => send('networking.undoChange', ref),
      finish: () => send('networking.finish', ref),
      setAutoAdvance: (autoAdvance: boolean) =>
        send('networking.setFormat', { meetingId, format: { autoAdvance } }),
    };
  }, [api, queryClient, refused, meetingId]);
}

export type NetworkingRunCommands = ReturnType<typeof useNetworkingRun>;
