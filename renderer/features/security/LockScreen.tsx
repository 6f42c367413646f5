import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch } from 'react-router';
import type { VaultStatus } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { useChime } from '../run/useChime';
import { passphraseErrors, PassphraseField, ShowPassphrase } from './PassphraseFields';
import { VAULT_STATUS_KEY } from './vault-context';

/**
 * Shown instead of the whole app while the data is locked: the app's name, a passphrase field and
 * nothing of the data (no navigation, no titles; the app's screens are not rendered at all). The
 * route stays as it was, so unlocking comes back to the same screen.
 */
export function LockScreen({ status }: { status: VaultStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const unlock = useCoreMutation('vault.unlock');
  const unlockWithOs = useCoreMutation('vault.unlockWithOs');
  const [passphrase, setPassphrase] = useState('');
  const [shown, setShown] = useState(false);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const field = useRef<HTMLDivElement>(null);
  const busy = unlock.isPending || unlockWithOs.isPending;
  const wait = useRetryCountdown();
  // A meeting run from this window keeps its chime: the core's countdown runs on while locked.
  const running = useMatch('/meetings/:id/run');

  const focusField = () =>
    requestAnimationFrame(() => field.current?.querySelector('input')?.focus());

  const failed = (error: unknown) => {
    // The wait that follows a wrong passphrase is in the status: read it again.
    void queryClient.invalidateQueries({ queryKey: VAULT_STATUS_KEY });
    setPassphrase('');
    if (isAppError(error) && error.code === 'too_many_attempts') {
      setFieldError(undefined);
      setFormError(t('lock.tooMany'));
    } else {
      const refused = passphraseErrors(error, t);
      setFieldError(refused.fields.passphrase);
      setFormError(refused.form);
    }
    focusField();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || wait > 0) return;
    setFormError(null);
    if (passphrase.length === 0) {
      setFieldError(t('validation.required'));
      focusField();
      return;
    }
    try {
      await unlock.mutateAsync({ passphrase });
    } catch (error) {
      failed(error);
    }
  };

  const withOs = async () => {
    setFormError(null);
    setFieldError(undefined);
    try {
      await unlockWithOs.mutateAsync({});
    } catch (error) {
      void queryClient.invalidateQueries({ queryKey: VAULT_STATUS_KEY });
      setFormError(
        isAppError(error) && error.code === 'wrong_passphrase'
          ? t('lock.osRefused')
          : isAppError(error) && error.code === 'too_many_attempts'
            ? t('lock.tooMany')
            : t(`errors.${isAppError(error) ? error.code : 'internal'}`),
      );
      focusField();
    }
  };

  return (
    <main className="vault-screen vault-screen--locked" id="main">
      {running?.params.id && <KeepChiming meetingId={running.params.id} />}
      <div className="vault-screen__panel">
        <p className="vault-screen__app">
          <LockIcon />
          {t('app.name')}
        </p>
        <h1 className="page-title">{t('lock.title')}</h1>
        <p className="lead">{t('lock.intro')}</p>
        <form className="form vault-screen__form" noValidate onSubmit={(e) => void submit(e)}>
          <FormError message={formError} />
          <div ref={field}>
            <PassphraseField
              label={t('lock.passphrase')}
              name="passphrase"
              value={passphrase}
              onChange={(next) => {
                setPassphrase(next);
                setFieldError(undefined);
              }}
              shown={shown}
              errorMessage={fieldError}
              autoComplete="current-password"
              autoFocus
            />
          </div>
          <ShowPassphrase shown={shown} onChange={setShown} />
          {wait > 0 && <p className="vault-screen__wait">{retryText(t, wait)}</p>}
          <div className="toolbar">
            <Button
              type="submit"
              variant="primary"
              isPending={unlock.isPending}
              isDisabled={wait > 0 || unlockWithOs.isPending}
            >
              {t('lock.unlock')}
            </Button>
            {status.appLock.osUnlock && (
              <Button
                isPending={unlockWithOs.isPending}
                isDisabled={wait > 0 || unlock.isPending}
                onPress={() => void withOs()}
              >
                {t('lock.touchId')}
              </Button>
            )}
          </div>
        </form>
        <p className="vault-screen__note">{t('lock.timersRun')}</p>
      </div>
    </main>
  );
}

function KeepChiming({ meetingId }: { meetingId: string }) {
  useChime(meetingId);
  return null;
}

/** A padlock, beside the app's name: the state is said in words too (the title). */
export function LockIcon() {
  return (
    <svg className="lock-icon" viewBox="0 0 20 20" aria-hidden="true">
      <rect x="3.5" y="8.5" width="13" height="9.5" rx="1.5" fill="currentColor" />
      <path
        d="M6.5 8.5V6a3.5 3.5 0 0 1 7 0v2.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      />
    </svg>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

/** "Try again in 8 seconds", or in minutes for the longer waits (up to five). */
function retryText(t: Translate, ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 120
    ? t('lock.retryInSeconds', { count: seconds })
    : t('lock.retryInMinutes', { count: Math.ceil(seconds / 60) });
}

/** The milliseconds left before the next attempt, counting down from the status's `retryAfterMs`. */
function useRetryCountdown(): number {
  const { data, dataUpdatedAt } = useCoreQuery('vault.status', {}, { handleErrors: true });
  const until = dataUpdatedAt + (data?.retryAfterMs ?? 0);
  const [ticked, setTicked] = useState(0);
  // The status was read at `dataUpdatedAt`: the wait is counted from then, whatever ticked last.
  const now = Math.max(ticked, dataUpdatedAt);
  const waiting = until > now;
  useEffect(() => {
    if (!waiting) return;
    const tick = setInterval(() => setTicked(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [waiting, until]);
  return Math.max(0, until - now);
}
