import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { Checkbox } from '../../components/Checkbox';
import type { FieldErrors } from '../../components/field-errors';
import { TextField } from '../../components/TextField';
import { strengthOf } from './passphrase-strength';

/** Passphrases are typed exactly: no spelling help, no capitals added, nothing corrected. */
const EXACT = { spellCheck: 'false', autoCapitalize: 'off', autoCorrect: 'off' } as const;

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown as typed rather than as dots (the form's "Show" box). */
  shown: boolean;
  errorMessage?: string | undefined;
  description?: string | undefined;
  /** `current-password` to enter one, `new-password` to choose one (password managers follow). */
  autoComplete: 'current-password' | 'new-password';
  name: string;
  autoFocus?: boolean;
}

/** One passphrase, hidden unless the person asked to see what they type. */
export function PassphraseField({ shown, ...props }: PassphraseFieldProps) {
  return <TextField {...props} {...EXACT} type={shown ? 'text' : 'password'} />;
}

/** The "Show" box under a form's passphrases: seeing them catches a typo before it counts. */
export function ShowPassphrase({
  shown,
  onChange,
}: {
  shown: boolean;
  onChange: (shown: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox isSelected={shown} onChange={onChange}>
      {t('vault.passphrase.show')}
    </Checkbox>
  );
}

/** How long the passphrase is and what that is worth, in words (no colour, no bar alone). */
export function useStrengthHint() {
  const { t } = useTranslation();
  return (passphrase: string) => {
    const { strength, length } = strengthOf(passphrase);
    return strength === 'empty'
      ? t('vault.strength.empty', { min: MIN_PASSPHRASE_LENGTH })
      : t(`vault.strength.${strength}`, { count: length, min: MIN_PASSPHRASE_LENGTH });
  };
}

export interface NewPassphrase {
  next: string;
  confirm: string;
}

export const EMPTY_NEW_PASSPHRASE: NewPassphrase = { next: '', confirm: '' };

interface NewPassphraseFieldsProps {
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  shown: boolean;
  errors: FieldErrors;
  labels: { next: string; confirm: string };
  autoFocus?: boolean;
}

/** A passphrase being chosen, typed twice, with a hint about its length as it is typed. */
export function NewPassphraseFields({
  value,
  onChange,
  shown,
  errors,
  labels,
  autoFocus,
}: NewPassphraseFieldsProps) {
  const hint = useStrengthHint();
  return (
    <>
      <PassphraseField
        label={labels.next}
        name="next"
        value={value.next}
        onChange={(next) => onChange({ ...value, next })}
        shown={shown}
        description={hint(value.next)}
        errorMessage={errors.next}
        autoComplete="new-password"
        {...(autoFocus ? { autoFocus } : {})}
      />
      <PassphraseField
        label={labels.confirm}
        name="confirm"
        value={value.confirm}
        onChange={(confirm) => onChange({ ...value, confirm })}
        shown={shown}
        errorMessage={errors.confirm}
        autoComplete="new-password"
      />
    </>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

/** What is wrong with a new passphrase before it is sent (the core checks the length again). */
export function checkNewPassphrase({ next, confirm }: NewPassphrase, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  if (next.length === 0) errors.next = t('validation.required');
  else if (next.length < MIN_PASSPHRASE_LENGTH) errors.next = t('validation.passphraseTooShort');
  else if (confirm !== next) errors.confirm = t('vault.passphrase.mismatch');
  return errors;
}

/**
 * The core's refusal, as messages on the form's fields (`fields` maps the contract's names onto
 * them, e.g. `passphrase` → `next`) or for the whole form. A wrong passphrase is said the same
 * way everywhere.
 */
export function passphraseErrors(
  error: unknown,
  t: Translate,
  fields: Record<string, string> = {},
): { fields: FieldErrors; form: string | null } {
  if (!isAppError(error)) return { fields: {}, form: t('errors.internal') };
  const found: FieldErrors = {};
  for (const issue of error.issues ?? []) {
    const name = issue.path.filter((p): p is string => typeof p === 'string').at(-1);
    if (name === undefined) continue;
    const field = fields[name] ?? name;
    found[field] ??=
      error.code === 'wrong_passphrase'
        ? t('lock.wrong')
        : t(`validation.${issue.message}`, { defaultValue: t('validation.invalid') });
  }
  if (Object.keys(found).length > 0) return { fields: found, form: null };
  return {
    fields: {},
    form: t(`errors.${error.code}`, { defaultValue: t('errors.internal') }),
  };
}
