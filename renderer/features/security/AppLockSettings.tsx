import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import type { FieldErrors } from '../../components/field-errors';
import { FormError } from '../../components/FormError';
import { Select } from '../../components/Select';
import { useToast } from '../../components/useToast';
import { lockShortcutLabel } from './lock-shortcut';
import {
  checkNewPassphrase,
  EMPTY_NEW_PASSPHRASE,
  NewPassphraseFields,
  PassphraseField,
  passphraseErrors,
  ShowPassphrase,
} from './PassphraseFields';
import { useVault } from './vault-context';

/** The idle times offered; 0 is "Never". A value set some other way is offered too. */
const LOCK_AFTER = [0, 5, 10, 15, 30, 60];

/**
 * The app lock: when it locks by itself, "Lock now", and (with a keychain-kept key, where
 * nothing needs a passphrase to open) the lock passphrase that makes a lock possible at all.
 */
export function AppLockSettings({ status }: { status: VaultStatus }) {
  const { t } = useTranslation();
  if (!status.encrypted) return <p>{t('security.lock.unavailable')}</p>;
  if (!status.appLock.enabled) {
    return (
      <>
        <p>{t('security.lock.needsPassphrase')}</p>
        <SetLockPassphraseForm />
      </>
    );
  }
  return (
    <>
      <p>{t('security.lock.intro')}</p>
      <LockAfter />
      <LockNow />
      {status.protection === 'os' && <ClearLockPassphraseForm />}
    </>
  );
}

function LockAfter() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const toast = useToast();
  const current = settings.lockAfterMinutes;
  const minutes = LOCK_AFTER.includes(current)
    ? LOCK_AFTER
    : [...LOCK_AFTER, current].sort((a, b) => a - b);
  return (
    <div className="security__lock-after">
      <Select
        label={t('security.lock.after')}
        description={t('security.lock.afterDescription')}
        value={current}
        onChange={(lockAfterMinutes) =>
          void update({ lockAfterMinutes }).catch(() => toast.error(t('settings.saveFailed')))
        }
        options={minutes.map((n) => ({
          id: n,
          label: n === 0 ? t('security.lock.never') : t('security.lock.minutes', { count: n }),
        }))}
      />
    </div>
  );
}

function LockNow() {
  const { t } = useTranslation();
  const { lockNow } = useVault();
  const toast = useToast();
  const shortcut = lockShortcutLabel();
  return (
    <div className="toolbar">
      <Button
        aria-keyshortcuts={shortcut.aria}
        onPress={() => void lockNow().catch(() => toast.error(t('lock.failed')))}
      >
        {t('lock.now')}
      </Button>
      <p className="toolbar__note">
        {t('security.lock.shortcut')} <kbd className="security__kbd">{shortcut.shown}</kbd>
      </p>
    </div>
  );
}

/** Shared by the lock passphrase's two forms: its errors, and focus on the first field at fault. */
function useFormErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = () =>
    requestAnimationFrame(() =>
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  return { errors, setErrors, formError, setFormError, form, focusFirstError };
}

function SetLockPassphraseForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const setLock = useCoreMutation('vault.setLockPassphrase');
  const [value, setValue] = useState(EMPTY_NEW_PASSPHRASE);
  const [shown, setShown] = useState(false);
  const { errors, setErrors, formError, setFormError, form, focusFirstError } = useFormErrors();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (setLock.isPending) return;
    setFormError(null);
    const found = checkNewPassphrase(value, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError();
    try {
      await setLock.mutateAsync({ passphrase: value.next });
      toast.info(t('security.lock.setDone'));
    } catch (error) {
      const refused = passphraseErrors(error, t, { passphrase: 'next' });
      setErrors(refused.fields);
      setFormError(refused.form);
      focusFirstError();
    }
  };

  return (
    <form
      ref={form}
      className="form security__form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <FormError message={formError} />
      <NewPassphraseFields
        value={value}
        onChange={(next) => {
          setValue(next);
          setErrors({});
        }}
        shown={shown}
        errors={errors}
        labels={{ next: t('security.lock.new'), confirm: t('security.lock.confirm') }}
      />
      <ShowPassphrase shown={shown} onChange={setShown} />
      <div className="toolbar">
        <Button type="submit" isPending={setLock.isPending}>
          {t('security.lock.set')}
        </Button>
      </div>
    </form>
  );
}

function ClearLockPassphraseForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const clear = useCoreMutation('vault.clearLockPassphrase');
  const [current, setCurrent] = useState('');
  const [shown, setShown] = useState(false);
  const { errors, setErrors, formError, setFormError, form, focusFirstError } = useFormErrors();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (clear.isPending) return;
    setFormError(null);
    if (current.length === 0) {
      setErrors({ current: t('validation.required') });
      return focusFirstError();
    }
    try {
      await clear.mutateAsync({ current });
      toast.info(t('security.lock.removeDone'));
    } catch (error) {
      const refused = passphraseErrors(error, t);
      setErrors(refused.fields);
      setFormError(refused.form);
      focusFirstError();
    }
  };

  return (
    <form
      ref={form}
      className="form security__form"
      noValidate
      aria-labelledby="security-remove-lock-title"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="security-remove-lock-title">{t('security.lock.removeTitle')}</h3>
      <p>{t('security.lock.removeIntro')}</p>
      <FormError message={formError} />
      <PassphraseField
        label={t('security.lock.current')}
        name="current"
        value={current}
        onChange={(next) => {
          setCurrent(next);
          setErrors({});
        }}
        shown={shown}
        errorMessage={errors.current}
        autoComplete="current-password"
      />
      <ShowPassphrase shown={shown} onChange={setShown} />
      <div className="toolbar">
        <Button type="submit" isPending={clear.isPending}>
          {t('security.lock.remove')}
        </Button>
      </div>
    </form>
  );
}
