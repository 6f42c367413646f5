import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail, Method, MethodInput } from '../../../shared/contract';
import { queryKey } from '../../app/useCore';
import { useApi } from '../../app/useApi';
import { useToast } from '../../components/useToast';

type RunMethod = Extract<Method, `run.${string}`>;
export type RoundAction = MethodInput<'run.round'>['action'];

/** A minute at a time from the buttons and the + / − keys. */
export const ADJUST_STEP_MS = 60_000;

/**
 * The chair's run-mode commands. Each returns the fresh `MeetingDetail`, which goes straight into
 * the `meeting.get` cache so the screen moves at once (the core's `data.changed` would refresh it
 * a moment later anyway, and other windows such as the presenter view follow through that).
 * A refused command says so in a toast and resolves to null; the screen keeps the last state.
 */
export function useRunCommands(meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { t } = useTranslation();

  return useMemo(() => {
    async function send(method: RunMethod, input: MethodInput<RunMethod>) {
      try {
        const detail: MeetingDetail = await api.call(method, input);
        queryClient.setQueryData(queryKey('meeting.get', { id: meetingId }), detail);
        return detail;
      } catch {
        toast.error(t('run.commandFailed'));
        return null;
      }
    }
    const ref = { meetingId };
    return {
      start: () => send('run.start', ref),
      next: () => send('run.next', ref),
      previous: () => send('run.previous', ref),
      goto: (itemId: string) => send('run.goto', { meetingId, itemId }),
      pause: () => send('run.pause', ref),
      resume: () => send('run.resume', ref),
      adjust: (deltaMs: number) => send('run.adjust', { meetingId, deltaMs }),
      round: (action: RoundAction, speakerId?: string) =>
        send('run.round', speakerId ? { meetingId, action, speakerId } : { meetingId, action }),
      end: () => send('run.end', ref),
    };
  }, [api, queryClient, toast, t, meetingId]);
}

export type RunCommands = ReturnType<typeof useRunCommands>;
