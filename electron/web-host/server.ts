import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import type { ErrorBody } from '../../shared/errors';
import type { Envelope, RpcEvent } from '../../shared/rpc';
import type { Core } from '../core/create-core';
import { contentTypeFor } from '../host-files/renderer-files';
import { lookupStatic } from './static-files';

export const TOKEN_COOKIE = 'rt_token';
export const TOKEN_HEADER = 'x-roundtable-token';
/**
 * Room for the largest input the contract accepts (a 50-million-character archive, mostly ASCII
 * JSON); the contract's own limits then refuse anything bigger with a message about the file.
 */
export const DEFAULT_BODY_LIMIT = 64 * 1024 * 1024;
const HEARTBEAT_MS = 15_000;

export interface WebHostOptions {
  core: Pick<Core, 'call' | 'onEvent'>;
  /** The built renderer (`dist/renderer`). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Defaults to 32 fresh random bytes, so a link from an earlier launch stops working. */
  token?: string;
  bodyLimit?: number;
  heartbeatMs?: number;
  /** Where unexpected failures go, with their stack; the client only ever sees a generic message. */
  log?: (message: string, error: unknown) => void;
}

export interface WebHost {
  /** The link to open: it carries the token once, then the page lives on a cookie. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';

const NOT_BUILT_PAGE =
  'Roundtable is running, but its screens have not been built yet.\n' +
  'Stop it and start browser mode with `npm run web`, which builds them first.\n';

const BAD_LINK_PAGE =
  'This Roundtable link is not valid: it may come from an earlier launch.\n' +
  'Open the link printed in the terminal where Roundtable is running.\n';

function fingerprint(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time comparison; hashing first makes the lengths equal so the length does not leak either. */
function tokenMatches(expected: Buffer, candidate: string | undefined): boolean {
  if (candidate === undefined || candidate === '') return false;
  return timingSafeEqual(expected, fingerprint(candidate));
}

function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  const values: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) values.push(part.slice(eq + 1).trim());
  }
  return values;
}

function errorEnvelope(error: ErrorBody): Envelope<never> {
  return { ok: false, error };
}

/** Node itself drops the body of a response to HEAD, keeping the headers and Content-Length. */
function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: OutgoingHttpHeaders,
): void {
  const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Length': payload.length, ...headers });
  res.end(payload);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), {
    'Content-Type': JSON_TYPE,
    'Cache-Control': 'no-store',
  });
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  extra: OutgoingHttpHeaders = {},
) {
  send(res, status, text, { 'Content-Type': TEXT_TYPE, 'Cache-Control': 'no-store', ...extra });
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (done) return;
      done = true;
      reject(error);
    });
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Browser mode: serves the built renderer and the core on 127.0.0.1 only.
 *
 * Any page the user visits can make their browser send requests to 127.0.0.1, so every request is
 * checked: the Host header must name this server (a DNS-rebound hostname would not), an Origin, when
 * present, must be ours (a cross-site form or fetch would not be), and the API needs the per-launch
 * token, which a foreign page can neither read (HttpOnly) nor make the browser send (SameSite=Strict).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const {
    core,
    staticDir,
    port: requestedPort = 0,
    token = randomBytes(32).toString('base64url'),
    bodyLimit = DEFAULT_BODY_LIMIT,
    heartbeatMs = HEARTBEAT_MS,
    log = (message, error) => console.error(`[roundtable] ${message}`, error),
  } = options;
  // The token goes into a cookie unquoted, so it must stay within cookie-safe characters.
  if (!/^[A-Za-z0-9_-]{16,}$/.test(token)) {
    throw new Error('The web-host token must be at least 16 base64url characters.');
  }
  const expected = fingerprint(token);

  // Known once listening; requests cannot arrive before that.
  let port = 0;
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  const streams = new Set<ServerResponse>();
  let closed: Promise<void> | undefined;

  function isAuthorised(req: IncomingMessage): boolean {
    const header = req.headers[TOKEN_HEADER];
    if (typeof header === 'string' && tokenMatches(expected, header)) return true;
    return cookieValues(req.headers.cookie, TOKEN_COOKIE).some((value) =>
      tokenMatches(expected, value),
    );
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      sendText(res, 405, 'Use POST.\n', { Allow: 'POST' });
      return;
    }
    if (!isAuthorised(req)) {
      sendJson(
        res,
        401,
        errorEnvelope({ code: 'unavailable', message: 'Missing or invalid Roundtable token.' }),
      );
      return;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      sendJson(
        res,
        415,
        errorEnvelope({ code: 'invalid_input', message: 'Send the request as application/json.' }),
      );
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    let raw: Buffer;
    try {
      if (declared > bodyLimit) throw new BodyTooLarge();
      raw = await readBody(req, bodyLimit);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      // The rest of the body is not wanted: close rather than drain megabytes.
      res.setHeader('Connection', 'close');
      sendJson(
        res,
        413,
        errorEnvelope({
          code: 'invalid_input',
          message: 'The request is too large.',
          issues: [{ path: [], message: 'requestTooLarge' }],
        }),
      );
      res.on('finish', () => req.destroy());
      return;
    }
    let request: unknown;
    try {
      request = JSON.parse(raw.toString('utf8'));
    } catch {
      sendJson(
        res,
        400,
        errorEnvelope({ code: 'invalid_input', message: 'The request body is not valid JSON.' }),
      );
      return;
    }
    if (!isPlainObject(request) || typeof request.method !== 'string') {
      sendJson(
        res,
        400,
        errorEnvelope({
          code: 'invalid_input',
          message: 'Expected a JSON object { "method": string, "input": value }.',
        }),
      );
      return;
    }
    const envelope = await core.call(request.method, request.input);
    sendJson(res, 200, envelope);
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') {
      sendText(res, 405, 'Use GET.\n', { Allow: 'GET' });
      return;
    }
    if (!isAuthorised(req)) {
      sendText(res, 401, 'Missing or invalid Roundtable token.\n');
      return;
    }
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // Sends the headers now, so the browser's EventSource reports "open" straight away.
    res.write(': connected\n\n');
    streams.add(res);

    const unsubscribe = core.onEvent((event: RpcEvent) => {
      res.write(`data: ${JSON.stringify({ event: event.event, payload: event.payload })}\n\n`);
    });
    // Comments keep idle connections from being dropped and reveal dead clients.
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
    heartbeat.unref();

    // Both the request and the response report the disconnect; unsubscribe once.
    let cleaned = false;
    const cleanup = () => {
      if (cleaned) return;
      cleaned = true;
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    };
    req.on('close', cleanup);
    res.on('close', cleanup);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed.\n', { Allow: 'GET, HEAD' });
      return;
    }
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';

    const offered = url.searchParams.get('token');
    if (offered !== null) {
      if (!tokenMatches(expected, offered)) {
        sendText(res, 401, BAD_LINK_PAGE);
        return;
      }
      // Moves the secret from the address bar (and history) into a cookie that scripts cannot read.
      url.searchParams.delete('token');
      const rest = url.searchParams.toString();
      send(res, 302, '', {
        Location: `${rawPath}${rest ? `?${rest}` : ''}`,
        'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      return;
    }

    const found = await lookupStatic(staticDir, rawPath);
    switch (found.kind) {
      case 'bad-request':
        sendText(res, 400, 'Bad request.\n');
        return;
      case 'forbidden':
        sendText(res, 403, 'Forbidden.\n');
        return;
      case 'not-found':
        // Browsers ask for /favicon.ico on their own; a 404 would be a console error on every load.
        if (rawPath === '/favicon.ico') {
          res.writeHead(204, { ...BASE_HEADERS, 'Cache-Control': 'no-cache' }).end();
          return;
        }
        sendText(res, 404, 'Not found.\n');
        return;
      case 'not-built':
        sendText(res, 503, NOT_BUILT_PAGE);
        return;
      case 'file': {
        const type = contentTypeFor(found.file);
        const headers: OutgoingHttpHeaders = {
          'Content-Type': type,
          'Cache-Control': found.isIndex ? 'no-store' : 'no-cache',
          'Cross-Origin-Opener-Policy': 'same-origin',
          'Cross-Origin-Resource-Policy': 'same-origin',
        };
        if (type.startsWith('text/html')) {
          headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
        }
        send(res, 200, found.body, headers);
        return;
      }
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a hostile name resolving to 127.0.0.1 still arrives with its own Host header.
    if (!allowedHosts.has(req.headers.host ?? '')) {
      sendText(res, 403, 'Forbidden host.\n');
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      sendText(res, 400, 'Bad request.\n');
      return;
    }
    if (url.pathname === '/rpc' || url.pathname === '/events') {
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins.has(origin)) {
        sendText(res, 403, 'Forbidden origin.\n');
        return;
      }
      if (url.pathname === '/rpc') await handleRpc(req, res);
      else handleEvents(req, res);
      return;
    }
    await handleStatic(req, res, url);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`Web host failed on ${req.method ?? '?'} ${pathOnly(req)}`, error);
      if (!res.headersSent) {
        sendJson(
          res,
          500,
          errorEnvelope({ code: 'internal', message: 'Something went wrong inside Roundtable.' }),
        );
      } else {
        res.destroy();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(requestedPort, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

  port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Open event streams would otherwise keep the server alive forever.
        for (const stream of streams) stream.destroy();
        server.closeIdleConnections();
        // A request still in flight gets a moment to finish, not an unbounded one.
        setTimeout(() => server.closeAllConnections(), 1000).unref();
      });
      return closed;
    },
  };
}

/** The path only, for logs: the query may carry the token. */
function pathOnly(req: IncomingMessage): string {
  return (req.url ?? '').split('?')[0] ?? '';
}
