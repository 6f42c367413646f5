import type { z } from 'zod';
import { contract, isMethod, type Method } from '../../shared/contract';
import { AppError, type ErrorBody } from '../../shared/errors';
import type { Envelope } from '../../shared/rpc';
import type { CoreContext, Handler, Handlers } from './context';

import type { Logger } from './ports';

export type { Logger } from './ports';

/** Turns zod issues into the boundary's plain form (path + message key). */
function toIssues(error: z.ZodError): NonNullable<ErrorBody['issues']> {
  return error.issues.slice(0, 50).map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }));
}

function fail(error: ErrorBody): Envelope<never> {
  return { ok: false, error };
}

/**
 * The boundary: find the method, parse the input, run the handler, check the output.
 * It never throws and never lets a stack or SQL text out; unexpected errors are logged here.
 */
export async function dispatch(
  handlers: Handlers,
  makeContext: () => { ctx: CoreContext; flush: () => void },
  method: unknown,
  input: unknown,
  log: Logger,
  /** Turns an expected failure the handler did not anticipate (the disk refusing) into an AppError. */
  translate: (error: unknown) => AppError | undefined = () => undefined,
): Promise<Envelope<unknown>> {
  if (typeof method !== 'string' || !isMethod(method)) {
    return fail({
      code: 'unknown_method',
      message: `Unknown method: ${String(method).slice(0, 100)}`,
    });
  }
  const spec = contract[method];
  const parsed = spec.input.safeParse(input);
  if (!parsed.success) {
    return fail({
      code: 'invalid_input',
      message: `Invalid input for ${method}`,
      issues: toIssues(parsed.error),
    });
  }
  const { ctx, flush } = makeContext();
  try {
    const handler = handlers[method] as Handler<Method>;
    const value = await handler(parsed.data as never, ctx);
    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      log(`Output of ${method} does not match the contract`, checked.error);
      return fail({ code: 'internal', message: 'Something went wrong inside Roundtable.' });
    }
    flush();
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof AppError) return fail(error.toBody());
    const expected = translate(error);
    if (expected) return fail(expected.toBody());
    log(`Unexpected error in ${method}`, error);
    return fail({ code: 'internal', message: 'Something went wrong inside Roundtable.' });
  }
}
