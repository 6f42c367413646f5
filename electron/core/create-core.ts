import { randomUUID } from 'node:crypto';
import type { EventName, EventPayload } from '../../shared/contract';
import type { Envelope, EventListener, RpcEvent } from '../../shared/rpc';
import type { Clock, CoreContext, Handlers } from './context';
import type { Db } from './db/open';
import { dispatch, type Logger } from './dispatch';
import { appHandlers } from './handlers/app';
import { directoryHandlers } from './handlers/directory';

export interface CoreOptions {
  db: Db;
  clock?: Clock;
  newId?: () => string;
  log?: Logger;
  version?: string;
}

export interface Core {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: EventListener): () => void;
  close(): void;
}

export const systemClock: Clock = { now: () => Date.now() };

const defaultLog: Logger = (message, error) => console.error(`[roundtable] ${message}`, error);

export function createCore(options: CoreOptions): Core {
  const {
    db,
    clock = systemClock,
    newId = randomUUID,
    log = defaultLog,
    version = '0.0.0',
  } = options;
  const listeners = new Set<EventListener>();
  let closed = false;

  const handlers: Handlers = {
    ...appHandlers(version),
    ...directoryHandlers,
  };

  function publish(event: RpcEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        log('Event listener failed', error);
      }
    }
  }

  function makeContext() {
    const queued: RpcEvent[] = [];
    const ctx: CoreContext = {
      db,
      clock,
      newId,
      emit<E extends EventName>(event: E, payload: EventPayload<E>) {
        queued.push({ event, payload });
      },
    };
    return { ctx, flush: () => queued.forEach(publish) };
  }

  return {
    call(method, input) {
      if (closed) {
        return Promise.resolve({
          ok: false,
          error: { code: 'unavailable', message: 'Roundtable is closing.' },
        });
      }
      return dispatch(handlers, makeContext, method, input, log);
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      db.close();
    },
  };
}
