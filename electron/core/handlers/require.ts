import { AppError } from '../../../shared/errors';

/** Loads or fails with `not_found`, naming what was missing. */
export function found<T>(value: T | undefined, what: string, id: string): T {
  if (value === undefined)
    throw new AppError('not_found', `No ${what} with id ${id.slice(0, 64)}.`);
  return value;
}
