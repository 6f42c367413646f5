import type { Envelope, EventListener, RpcEvent, Transport } from '../../shared/rpc';
import { isAppError } from '../../shared/errors';

/** What the host's refusal of a page without the launch key becomes (see `isNotConnected`). */
export const NOT_CONNECTED_MESSAGE =
  'This page is not connected to Roundtable. Open the link printed when browser mode started.';

/**
 * True for a call the host refused because this page never received the launch key, e.g. the
 * bare address typed into a fresh browser: trying again cannot help, opening the printed link can.
 */
export function isNotConnected(error: unknown): boolean {
  return (
    isAppError(error) && error.code === 'unavailable' && error.message === NOT_CONNECTED_MESSAGE
  );
}

/**
 * Browser mode: the web-host serves this page and the core on 127.0.0.1. The per-launch token
 * travels in an HttpOnly cookie that the host set when the printed link was first opened, so
 * same-origin requests carry it and nothing in the page can read it.
 */
export function createHttpTransport(base = ''): Transport {
  const listeners = new Set<EventListener>();
  let source: EventSource | undefined;

  function connect() {
    source = new EventSource(`${base}/events`, { withCredentials: true });
    source.onmessage = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as RpcEvent;
      for (const listener of listeners) listener(event);
    };
  }

  return {
    async call(method, input) {
      const response = await fetch(`${base}/rpc`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method, input }),
      });
      if (response.status === 401 || response.status === 403) {
        return {
          ok: false,
          error: { code: 'unavailable', message: NOT_CONNECTED_MESSAGE },
        } satisfies Envelope<unknown>;
      }
      return (await response.json()) as Envelope<unknown>;
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!source) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = undefined;
        }
      };
    },
  };
}
