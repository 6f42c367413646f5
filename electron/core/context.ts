import type {
  EventName,
  EventPayload,
  Method,
  MethodOutput,
  ParsedInput,
  Contract,
} from '../../shared/contract';
import type { Db } from './db/open';
import type { Clock, PrintToPdf } from './ports';

export type { Clock } from './ports';
import type { DataSafety } from './storage/service';

export interface CoreContext {
  /** The database as of the start of this call (a restore swaps it between calls). */
  db: Db;
  clock: Clock;
  safety: DataSafety;
  newId: () => string;
  /** The operating-system account running Roundtable: the access log records who did what. */
  osUser: string;
  /** The host's PDF printer, if it has one (see ports.ts). */
  printToPdf: PrintToPdf | null;
  /** Queues an event; it is sent only once the call has succeeded. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export type Handler<M extends Method> = (
  input: ParsedInput<M>,
  ctx: CoreContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** A handler for every method of a slice of the contract: a missing one does not compile. */
export type HandlersFor<C extends Partial<Contract>> = { [M in keyof C & Method]: Handler<M> };

export type Handlers = HandlersFor<Contract>;
