import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, VaultStatus } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import type { FieldErrors } from '../../components/field-errors';
import { FormError } from '../../components/FormError';
import { RadioGroup } from '../../components/RadioGroup';
import { localeOf } from '../../i18n';
import {
  checkNewPassphrase,
  EMPTY_NEW_PASSPHRASE,
  NewPassphraseFields,
  passphraseErrors,
  ShowPassphrase,
} from './PassphraseFields';

const browserLanguage = (): Language =>
  navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';

/**
 * The first screen in browser mode (no OS keychain): the data is encrypted with a key that only
 * the passphrase chosen here opens. Said plainly, before anything else: a forgotten passphrase
 * cannot be recovered. Nothing of the data is shown (there may be some, waiting to be converted).
 */
export function SetupScreen({ status }: { status: VaultStatus }) {
  const { t, i18n } = useTranslation();
  const { settings, update } = useSettings();
  const setup = useCoreMutation('vault.setup');
  const [value, setValue] = useState(EMPTY_NEW_PASSPHRASE);
  const [shown, setShown] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  // The data's settings cannot be read before the key exists: the screen starts in the browser's
  // language, the person can change it, and what they chose is saved once the data is open.
  const [language, setLanguage] = useState<Language>(browserLanguage);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = localeOf(language);
  }, [i18n, language]);

  const focusFirstError = () =>
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (setup.isPending) return;
    setFormError(null);
    const found = checkNewPassphrase(value, t);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(focusFirstError);
      return;
    }
    try {
      await setup.mutateAsync({ passphrase: value.next });
      if (language !== settings.language) await update({ language });
    } catch (error) {
      const refused = passphraseErrors(error, t, { passphrase: 'next' });
      setErrors(refused.fields);
      setFormError(refused.form);
      requestAnimationFrame(focusFirstError);
    }
  };

  return (
    <main className="vault-screen" id="main">
      <div className="vault-screen__panel">
        <p className="vault-screen__app">{t('app.name')}</p>
        <h1 className="page-title">{t('vault.setup.title')}</h1>
        <RadioGroup
          label="Language · Langue"
          value={language}
          onChange={setLanguage}
          options={[
            { value: 'en', label: 'English', lang: 'en' },
            { value: 'fr', label: 'Français', lang: 'fr' },
          ]}
        />
        <p className="lead">{t('vault.setup.intro')}</p>
        <p className="notice vault-screen__warning">
          <strong>{t('vault.setup.warningTitle')}</strong> {t('vault.setup.warning')}
        </p>
        {status.pendingConversion && <p className="lead">{t('vault.setup.conversion')}</p>}
        <form
          ref={form}
          className="form vault-screen__form"
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
            labels={{ next: t('vault.passphrase.choose'), confirm: t('vault.passphrase.confirm') }}
            autoFocus
          />
          <ShowPassphrase shown={shown} onChange={setShown} />
          <div className="toolbar">
            <Button type="submit" variant="primary" isPending={setup.isPending}>
              {t('vault.setup.submit')}
            </Button>
          </div>
          <p role="status" className="vault-screen__busy">
            {setup.isPending &&
              t(status.pendingConversion ? 'vault.setup.converting' : 'vault.setup.encrypting')}
          </p>
        </form>
      </div>
    </main>
  );
}
