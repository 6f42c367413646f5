import type { Contract, Method } from '../../../shared/contract';
import type { Handler, HandlersFor } from '../context';

/** Placeholder handlers for a slice under construction (removed once it is built). */
export function notBuilt<C extends Partial<Contract>>(slice: C): HandlersFor<C> {
  const handler: Handler<Method> = () => {
    throw new Error('Not built yet');
  };
  return Object.fromEntries(Object.keys(slice).map((m) => [m, handler])) as HandlersFor<C>;
}
