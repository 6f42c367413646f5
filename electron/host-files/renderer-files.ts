import path from 'node:path';

/*
 * The built renderer's files, as both hosts serve them (Electron's app:// protocol and browser
 * mode): one content-type table and one path check, so a fix to either reaches both hosts.
 */

const CONTENT_TYPES: Readonly<Record<string, string>> = {
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
  '.oga': 'audio/ogg',
  '.wav': 'audio/wav',
  '.webm': 'video/webm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

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
  // Backslashes mean nothing in a URL but are separators on Windows; ':' would let a drive
  // letter or an NTFS stream name through.
  if (decoded.includes('\\') || decoded.includes(':')) return 'forbidden';
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return 'forbidden';
  return segments.filter((segment) => segment !== '').join('/');
}

/** True when `candidate` is `root` or lies under it. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
