import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup =
  | { kind: 'file'; file: string; body: Buffer; isIndex: boolean }
  /** The renderer has not been built: there is no index.html to fall back to. */
  | { kind: 'not-built' }
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  | { kind: 'bad-request' };

/**
 * Decodes and checks a request path before it touches the file system. The check runs on the raw
 * path (not on a WHATWG-normalised URL, which would silently fold `/%2e%2e/` away) so that any
 * attempt to climb out is refused outright rather than quietly rewritten.
 */
export function safeRelativePath(rawPath: string): string | 'forbidden' | 'bad-request' {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return 'bad-request';
  }
  if (!decoded.startsWith('/') || decoded.includes('\0')) return 'bad-request';
  // Backslashes and drive letters mean nothing in a URL but are separators on Windows.
  if (decoded.includes('\\') || /^\/+[a-zA-Z]:/.test(decoded)) return 'forbidden';
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return 'forbidden';
  return segments.filter((segment) => segment !== '').join('/');
}

async function readIfFile(file: string): Promise<Buffer | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? await readFile(file) : undefined;
  } catch {
    return undefined;
  }
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Finds what to send for a GET of `rawPath`. Paths without an extension are client-side routes and
 * get index.html; a missing file with an extension is a real 404 (a broken asset link should show).
 * Files are read on every request so that rebuilding the renderer needs no restart.
 */
export async function lookupStatic(staticDir: string, rawPath: string): Promise<StaticLookup> {
  const relative = safeRelativePath(rawPath);
  if (relative === 'forbidden' || relative === 'bad-request') return { kind: relative };

  const root = path.resolve(staticDir);
  const indexFile = path.join(root, 'index.html');
  const candidate = path.resolve(root, relative);
  if (!isInside(root, candidate)) return { kind: 'forbidden' };

  if (relative !== '' && relative !== 'index.html') {
    const body = await readIfFile(candidate);
    if (body) {
      // A symlink in the build output must not become a way out of it.
      const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
      if (!isInside(realRoot, realFile)) return { kind: 'forbidden' };
      return { kind: 'file', file: candidate, body, isIndex: false };
    }
    if (path.extname(relative) !== '') return { kind: 'not-found' };
  }

  const index = await readIfFile(indexFile);
  if (!index) return { kind: 'not-built' };
  return { kind: 'file', file: indexFile, body: index, isIndex: true };
}
