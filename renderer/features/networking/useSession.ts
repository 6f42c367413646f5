import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkingSession } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useCoreQuery } from '../../app/useCore';
import { useToast } from '../../components/useToast';

/** The event's session (the core creates it with defaults on the first read). */
export const useSession = (meetingId: string) => useCoreQuery('networking.get', { meetingId });

/** Participants, format and rules are set before the event; during it, the run screen changes them. */
export const inSetup = (session: NetworkingSession) => session.run.phase === 'setup';

/**
 * Says what the core refused in words: the issue's own message when it gave one (e.g. a
 * duplicate), otherwise the error code's.
 */
export function useRefusal() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown): string => {
      const issue = isAppError(error) ? error.issues?.[0] : undefined;
      const code = isAppError(error) ? error.code : 'internal';
      const byCode = t(`errors.${code}`, { defaultValue: t('errors.internal') });
      return issue ? t(`validation.${issue.message}`, { defaultValue: byCode }) : byCode;
    },
    [t],
  );
}

/** For changes that have no field to show an error next to: a toast says what failed. */
export function useRefusalToast() {
  const toast = useToast();
  const refusal = useRefusal();
  return useCallback((error: unknown) => toast.error(refusal(error)), [toast, refusal]);
}
