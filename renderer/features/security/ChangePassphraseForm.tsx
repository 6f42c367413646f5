import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoreMutation } from '../../app/useCore';
import { Button } from '../../components/Button';
import type { FieldErrors } from '../../components/field-errors';
import { FormError } from '../../components/FormError';
import { useToast } from '../../components/useToast';
import {
  checkNewPassphrase,
  EMPTY_NEW_PASSPHRASE,
  NewPassphraseFields,
  PassphraseField,
  passphraseErrors,
  ShowPassphrase,
} from './PassphraseFields';

/**
 * The passphrase that unlocks: the vault's own (its key is re-wrapped, nothing re-encrypted) or,
 * with a keychain-kept key, the lock passphrase.
 */
export function ChangePassphraseForm({ passphraseMode }: { passphraseMode: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const change = useCoreMutation('vault.changePassphrase');
  const [current, setCurrent] = useState('');
  const [value, setValue] = useState(EMPTY_NEW_PASSPHRASE);
  const [shown, setShown] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = () =>
    requestAnimationFrame(() =>
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    setFormError(null);
    const found: FieldErrors = {
      ...(current.length === 0 ? { current: t('validation.required') } : {}),
      ...checkNewPassphrase(value, t),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError();
    try {
      await change.mutateAsync({ current, next: value.next });
      setCurrent('');
      setValue(EMPTY_NEW_PASSPHRASE);
      toast.info(t(passphraseMode ? 'security.change.done' : 'security.change.lockDone'));
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
      onSubmit={(event) => void submit(event)}
    >
      <FormError message={formError} />
      <PassphraseField
        label={t('security.change.current')}
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
      <NewPassphraseFields
        value={value}
        onChange={(next) => {
          setValue(next);
          setErrors({});
        }}
        shown={shown}
        errors={errors}
        labels={{ next: t('security.change.new'), confirm: t('security.change.confirm') }}
      />
      <ShowPassphrase shown={shown} onChange={setShown} />
      <div className="toolbar">
        <Button type="submit" isPending={change.isPending}>
          {t(passphraseMode ? 'security.change.submit' : 'security.change.lockSubmit')}
        </Button>
      </div>
    </form>
  );
}
