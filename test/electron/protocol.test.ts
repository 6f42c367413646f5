import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerAppScheme, serveAppProtocol } from '../../electron/main/protocol';
import { contentTypeFor } from '../../electron/host-files/renderer-files';
import { resolveAppPath, serveAppRequest } from '../../electron/main/static-files';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { protocol, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let workspace: string;
let root: string;

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'roundtable-protocol-'));
  root = path.join(workspace, 'dist', 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Roundtable</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'chime.ogg'), 'OggS');
  // Something next to the renderer that must never be served.
  writeFileSync(path.join(workspace, 'secret.txt'), 'secret');
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
beforeEach(resetFakeElectron);

describe('resolveAppPath', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppPath(root, 'app://roundtable/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://roundtable')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://roundtable/index.html?x=1#/meetings')).toBe(
      path.join(root, 'index.html'),
    );
  });

  it('maps assets, decoding their names', () => {
    expect(resolveAppPath(root, 'app://roundtable/assets/index-abc.js')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://roundtable/assets/r%C3%A9union.svg')).toBe(
      path.join(root, 'assets', 'réunion.svg'),
    );
  });

  // The URL parser folds these dots away, so what is left is looked up under the root.
  it.each([
    ['app://roundtable/../../etc/passwd', ['etc', 'passwd']],
    ['app://roundtable/%2e%2e/%2e%2e/etc/passwd', ['etc', 'passwd']],
    ['app://roundtable/%2E%2E/secret.txt', ['secret.txt']],
    ['app://roundtable/assets/../../secret.txt', ['secret.txt']],
  ])('keeps %s inside the renderer folder', (url, inside) => {
    expect(resolveAppPath(root, url)).toBe(path.join(root, ...inside));
  });

  it.each([
    ['an encoded slash', 'app://roundtable/..%2f..%2fsecret.txt'],
    ['an encoded dot-dot-slash', 'app://roundtable/%2e%2e%2fsecret.txt'],
    ['an encoded backslash', 'app://roundtable/..%5c..%5csecret.txt'],
    ['a NUL byte', 'app://roundtable/index.html%00.js'],
    ['a drive letter', 'app://roundtable/C:%5cWindows%5cwin.ini'],
    ['broken escapes', 'app://roundtable/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(root, url)).toBeUndefined();
  });
});

describe('serveAppRequest', () => {
  const get = (url: string) => serveAppRequest(root, { url, method: 'GET' });

  it('serves index.html with its type and the CSP', async () => {
    const response = await get('app://roundtable/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Roundtable</title>');
  });

  it('serves scripts as JavaScript and sounds as audio', async () => {
    const script = await get('app://roundtable/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await get('app://roundtable/assets/chime.ogg')).headers.get('content-type')).toBe(
      'audio/ogg',
    );
  });

  it('answers 404, with the CSP, for a missing file or a folder', async () => {
    for (const url of ['app://roundtable/missing.js', 'app://roundtable/assets']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('never serves what lies next to the renderer folder', async () => {
    const response = await get('app://roundtable/../secret.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers 403 for a path that tries to leave the folder', async () => {
    const response = await get('app://roundtable/..%2fsecret.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('reads nothing but GET and HEAD', async () => {
    const post = await serveAppRequest(root, { url: 'app://roundtable/', method: 'POST' });
    expect(post.status).toBe(405);
    const head = await serveAppRequest(root, { url: 'app://roundtable/', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

it('knows the types a Vite build produces, and defaults to bytes', () => {
  expect(contentTypeFor('a.CSS')).toBe('text/css; charset=utf-8');
  expect(contentTypeFor('a.woff2')).toBe('font/woff2');
  expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
  expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
});

describe('the app: protocol', () => {
  it('is registered as a standard, secure scheme that fetch can use', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('is handled from the renderer folder', async () => {
    serveAppProtocol(root);
    const handler = protocol.handlers.get('app');
    if (!handler) throw new Error('app: was not handled');
    const response = await handler(new Request('app://roundtable/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('the content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows only the app itself to run code and never inline code', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('blocks plugins, base rewriting, framing and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
});
