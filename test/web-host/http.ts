import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/**
 * node:http rather than fetch: fetch forbids setting Host, Origin and Cookie, which are exactly
 * what these tests need to forge. The path is sent as written, so `..` reaches the server raw.
 */
export function rawRequest(port: number, options: RawRequest = {}): Promise<RawResponse> {
  const { method = 'GET', path = '/', headers = {}, body } = options;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { host: `127.0.0.1:${port}`, ...headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function rpc(
  port: number,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return rawRequest(port, {
    method: 'POST',
    path: '/rpc',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
}

export interface EventStream {
  response: IncomingMessage;
  /** Resolves with the first `data:` message whose JSON satisfies `match`. */
  next(match: (message: unknown) => boolean, timeoutMs?: number): Promise<unknown>;
  close(): void;
}

export function openEventStream(
  port: number,
  headers: Record<string, string>,
): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/events',
        headers: { host: `127.0.0.1:${port}`, accept: 'text/event-stream', ...headers },
        agent: false,
      },
      (response) => {
        const messages: unknown[] = [];
        const waiters = new Set<() => void>();
        let buffer = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = block
              .split('\n')
              .filter((line) => line.startsWith('data: '))
              .map((line) => line.slice('data: '.length))
              .join('\n');
            if (data) messages.push(JSON.parse(data));
          }
          for (const wake of waiters) wake();
        });
        resolve({
          response,
          next(match, timeoutMs = 2000) {
            return new Promise((done, fail) => {
              const check = () => {
                const found = messages.find(match);
                if (found === undefined) return false;
                waiters.delete(check);
                clearTimeout(timer);
                done(found);
                return true;
              };
              const timer = setTimeout(() => {
                waiters.delete(check);
                fail(new Error(`No matching event; received ${JSON.stringify(messages)}`));
              }, timeoutMs);
              if (!check()) waiters.add(check);
            });
          },
          close() {
            req.destroy();
          },
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
