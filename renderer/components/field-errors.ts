import type { ErrorIssue } from '../../shared/errors';

/** Field name → translated message, as the form fields display them. */
export type FieldErrors = Partial<Record<string, string>>;

type Translate = (key: string, options: { defaultValue: string }) => string;

/**
 * Maps the contract's issues (message = i18n key) onto form fields. The field is the last name in
 * the path, so `['changes', 'email']` from an update lands on the email field like `['email']` does.
 */
export function issuesToFieldErrors(
  issues: readonly ErrorIssue[],
  t: Translate,
  fallback: string,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.filter((p): p is string => typeof p === 'string').at(-1);
    if (field === undefined || errors[field] !== undefined) continue;
    errors[field] = t(`validation.${issue.message}`, { defaultValue: fallback });
  }
  return errors;
}
