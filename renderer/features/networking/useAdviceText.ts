import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkingFormat, RoundsAdvice } from '../../../shared/contract';

/**
 * The suggested number of rounds in words, with its reason: "9 people in pairs can meet everyone
 * once in 9 rounds (one person sits out each round)."
 */
export function useAdviceText() {
  const { t } = useTranslation();
  return useCallback(
    (advice: RoundsAdvice, format: Pick<NetworkingFormat, 'groupSize'>) =>
      t(`networking.advice.${advice.reason}`, {
        count: advice.rounds,
        people: advice.people,
        size: format.groupSize,
        met: format.groupSize - 1,
        agencySize: advice.agencySize ?? 0,
      }),
    [t],
  );
}
