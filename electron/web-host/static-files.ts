import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside, safeRelativePath } from '../host-files/renderer-files';

export type StaticLookup =
  | { kind: 'file'; file: string; body: Buffer; isIndex: boolean }
  /** The renderer has not been built: there is no index.html to fall back to. */
  | { kind: 'not-built' }
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  | { kind: 'bad-request' };

async function readIfFile(file: string): Promise<Buffer | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? await readFile(file) : undefined;
  } catch {
    return undefined;
  }
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
