import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isAppError, type ErrorIssue } from '../../shared/errors';
import { issuesToFieldErrors, type FieldErrors } from '../components/field-errors';
import { useDraft } from './useDraft';

export interface DraftFormOptions<V, S extends z.ZodType> {
  /** Where the draft is kept until saved or cancelled, e.g. `organization:new`. */
  key: string;
  initial: () => V;
  /** A schema from shared/contract: the same rules the core applies. */
  schema: S;
  /** Shapes the form's values into the schema's input (defaults to the values themselves). */
  toInput?: (values: V) => unknown;
}

const plainIssues = (issues: readonly z.core.$ZodIssue[]): ErrorIssue[] =>
  issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: i.message,
  }));

/**
 * Form state for create and edit forms: a draft that survives errors, inline errors from the
 * contract's schemas on blur and on submit, and the core's own issues landing on the same fields.
 */
export function useDraftForm<V extends object, S extends z.ZodType>({
  key,
  initial,
  schema,
  toInput = (values) => values,
}: DraftFormOptions<V, S>) {
  const { t } = useTranslation();
  const [values, setValues, discard] = useDraft(key, initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The form to search for the first invalid field once the errors have rendered.
  const [invalidForm, setInvalidForm] = useState<{ element: HTMLFormElement } | null>(null);

  // After a failed submit, take the person to the first field that needs fixing.
  useEffect(() => {
    invalidForm?.element.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalidForm]);

  const toErrors = useCallback(
    (issues: readonly ErrorIssue[]) => issuesToFieldErrors(issues, t, t('validation.invalid')),
    [t],
  );

  const errorsOf = (next: V): FieldErrors => {
    const result = schema.safeParse(toInput(next));
    return result.success ? {} : toErrors(plainIssues(result.error.issues));
  };

  /** Re-checks some fields and leaves the others' messages as they are. */
  const check = (names: readonly string[], next: V = values) => {
    const fresh = errorsOf(next);
    setErrors((current) => ({
      ...current,
      ...Object.fromEntries(names.map((name) => [name, fresh[name]])),
    }));
  };

  /**
   * Sets a field. `parts` names the messages shown on parts of it (`named.2.note` of a list
   * `named`) that the change may fix, re-checked with it.
   */
  const set = <K extends keyof V & string>(name: K, value: V[K], parts: readonly string[] = []) => {
    const next = { ...values, [name]: value };
    setValues(next);
    // Once a field shows an error, it clears as soon as the value is fixed.
    const shown = [name, ...parts].filter((field) => errors[field]);
    if (shown.length > 0) check(shown, next);
  };

  /** The parsed input when every field is valid; otherwise shows the errors and returns null. */
  const validate = (): z.output<S> | null => {
    setFormError(null);
    const result = schema.safeParse(toInput(values));
    if (result.success) {
      setErrors({});
      return result.data;
    }
    setErrors(toErrors(plainIssues(result.error.issues)));
    return null;
  };

  /** Shows what the core refused: on the fields it names, or above the form. */
  const fail = (error: unknown) => {
    if (isAppError(error) && error.issues?.length) {
      setErrors(toErrors(error.issues));
      setFormError(t('errors.notSaved'));
    } else {
      const code = isAppError(error) ? error.code : 'internal';
      setFormError(t(`errors.${code}`, { defaultValue: t('errors.notSaved') }));
    }
  };

  /**
   * The form's submit handler: checks the values with the schema, then runs `save` with the parsed
   * input. Whatever fails (the schema or the core) is shown and the typed values stay as they are.
   */
  const onSubmit =
    (save: (input: z.output<S>) => Promise<void>) => async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      // A second Enter or click while saving would save twice.
      if (saving) return;
      const element = event.currentTarget;
      const input = validate();
      if (input === null) {
        setInvalidForm({ element });
        return;
      }
      setSaving(true);
      try {
        await save(input);
      } catch (error) {
        fail(error);
        setInvalidForm({ element });
      } finally {
        setSaving(false);
      }
    };

  /** Props for a TextField bound to a string value. */
  const text = (name: keyof V & string) => ({
    name,
    value: String(values[name as keyof V] ?? ''),
    onChange: (value: string) => set(name, value as V[typeof name]),
    onBlur: () => check([name]),
    errorMessage: errors[name],
  });

  return { values, set, errors, formError, onSubmit, discard, text };
}
