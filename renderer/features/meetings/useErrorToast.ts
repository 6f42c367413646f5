import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppError } from '../../../shared/errors';
import { useToast } from '../../components/useToast';

/** Says what failed in words (the error code's message), for actions that have no form. */
export function useErrorToast() {
  const { t } = useTranslation();
  const toast = useToast();
  return useCallback(
    (error: unknown) =>
      toast.error(
        t(`errors.${isAppError(error) ? error.code : 'internal'}`, {
          defaultValue: t('errors.internal'),
        }),
      ),
    [t, toast],
  );
}
