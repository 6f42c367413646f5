import type { Envelope, EventListener, RpcEvent, Transport } from '../../shared/rpc';

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
          error: {
            code: 'unavailable',
            message:
              'This page is not connected to Roundtable. Open the link printed when browser mode started.',
          },
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
