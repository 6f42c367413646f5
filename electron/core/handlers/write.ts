import type { CoreContext } from '../context';

/**
 * A write for one domain: load → decide → save in one transaction, then, once committed, every
 * window showing that domain hears that it changed (a failed write tells nobody).
 */
export const writer =
  (domain: string) =>
  <T>(ctx: CoreContext, save: () => T): T => {
    const result = ctx.db.transaction(save)();
    ctx.emit('data.changed', { domains: [domain] });
    return result;
  };
