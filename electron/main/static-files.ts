import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { contentTypeFor, isInside, safeRelativePath } from '../host-files/renderer-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Serving the built renderer for the app:// protocol. Nothing here imports electron, so the
 * path checks can be tested directly; the protocol handler only forwards requests here.
 */

/**
 * Maps an app:// URL to a file inside `root`, or undefined if the URL must be refused.
 *
 * The URL parser already folds `..` and `%2e%2e` segments, but an encoded separator
 * (`..%2f`, `..%5c`) survives parsing and becomes one after decoding, so the decoded path is
 * checked (the same check browser mode uses), and the final path again against `root`.
 */
export function resolveAppPath(root: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) {
    return undefined;
  }
  const relative = safeRelativePath(parsed.pathname || '/');
  if (relative === 'forbidden' || relative === 'bad-request') return undefined;
  const base = path.resolve(root);
  const file = path.resolve(
    base,
    relative === '' || parsed.pathname.endsWith('/') ? path.join(relative, 'index.html') : relative,
  );
  return file !== base && isInside(base, file) ? file : undefined;
}

type ResponseBody = ConstructorParameters<typeof Response>[0];

function respond(status: number, body: ResponseBody, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      // The files change with every version; never show the previous version's code.
      'Cache-Control': 'no-cache',
    },
  });
}

const TEXT = 'text/plain; charset=utf-8';

/** Answers one request for the app:// protocol from the files under `root`. */
export async function serveAppRequest(
  root: string,
  request: { url: string; method: string },
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return respond(405, 'Method not allowed', TEXT);
  }
  const file = resolveAppPath(root, request.url);
  if (!file) return respond(403, 'Forbidden', TEXT);
  try {
    if (!(await stat(file)).isFile()) return respond(404, 'Not found', TEXT);
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
    return respond(200, body, contentTypeFor(file));
  } catch (error) {
    if (isMissing(error)) return respond(404, 'Not found', TEXT);
    console.error('[roundtable] Could not serve', request.url, error);
    return respond(500, 'Could not read the file', TEXT);
  }
}

function isMissing(error: unknown): boolean {
  if (!(error instanceof Error) || !('code' in error)) return false;
  return error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'EISDIR';
}
