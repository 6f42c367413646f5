import type { ErrorBody } from './errors';
import type { EventName, EventPayload, Method, MethodInput, MethodOutput } from './contract';

/** What every call returns across any transport. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

/** A request as it travels over IPC or HTTP. */
export interface RpcRequest {
  method: string;
  input: unknown;
}

/** An event as it travels over IPC or SSE. */
export interface RpcEvent {
  event: string;
  payload: unknown;
}

export type EventListener = (event: RpcEvent) => void;

/**
 * The one shape every host offers the renderer: `window.roundtable` in Electron,
 * the HTTP client in browser mode, the core itself in component tests.
 */
export interface Transport {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: EventListener): () => void;
}

export type TypedEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export type TypedCall = <M extends Method>(
  method: M,
  input: MethodInput<M>,
) => Promise<MethodOutput<M>>;
