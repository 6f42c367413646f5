import { AppError } from '../../../shared/errors';
import type { Clock } from '../ports';

/** Wrong passphrases allowed before waiting starts: typos happen. */
const FREE_ATTEMPTS = 3;
const FIRST_WAIT_MS = 1_000;
const MAX_WAIT_MS = 5 * 60_000;

/**
 * Slows down guessing at the lock screen: after three wrong passphrases in a row, each further one
 * doubles the wait (1 s, 2 s, 4 s… up to 5 minutes). scrypt already costs about half a second per
 * attempt; this makes a person at the keyboard, or a script on the local HTTP port, far slower.
 * (Someone who copies the files can guess offline; that is what scrypt's cost is for.)
 */
export class Throttle {
  private failures = 0;
  private until = 0;

  constructor(private readonly clock: Clock) {}

  retryAfterMs(): number {
    return Math.max(0, this.until - this.clock.now());
  }

  assertMayTry(): void {
    const wait = this.retryAfterMs();
    if (wait > 0) {
      throw new AppError(
        'too_many_attempts',
        `Too many wrong passphrases. Try again in ${Math.ceil(wait / 1000)} seconds.`,
      );
    }
  }

  failed(): void {
    this.failures++;
    if (this.failures >= FREE_ATTEMPTS) {
      const wait = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (this.failures - FREE_ATTEMPTS));
      this.until = this.clock.now() + wait;
    }
  }

  succeeded(): void {
    this.failures = 0;
    this.until = 0;
  }
}
