/**
 * Error codes that may cross the boundary. Anything unexpected becomes `internal`,
 * with no stack and no SQL: the details stay in the host's log.
 */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'conflict',
  'unavailable',
  /** The disk refused: read-only folder, disk full, I/O error, file locked or damaged. */
  'storage',
  /** The data is locked (app lock) or not set up yet: unlock first (see `vault.status`). */
  'locked',
  /** The passphrase given does not unlock (or OS authentication was refused). */
  'wrong_passphrase',
  /** Too many wrong passphrases in a row: wait `vault.status.retryAfterMs`, then try again. */
  'too_many_attempts',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorIssue {
  path: (string | number)[];
  message: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  issues?: ErrorIssue[];
}

/** Thrown by handlers for expected failures and by the renderer client for error envelopes. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: ErrorIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toBody(): ErrorBody {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
