import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import { makeTestCore, type TestCore } from '../helpers/core';
import { openEventStream, rawRequest, rpc } from './http';

let root: string;
let staticDir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'roundtable-web-host-'));
  staticDir = path.join(root, 'renderer');
  await mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await writeFile(
    path.join(staticDir, 'index.html'),
    '<!doctype html><title>Roundtable</title><main></main>',
  );
  await writeFile(path.join(staticDir, 'assets', 'app-1234.js'), 'console.log("app");');
  await writeFile(path.join(staticDir, 'assets', 'app-1234.css'), 'main{}');
  // Outside the served folder: no request may reach it.
  await writeFile(path.join(root, 'secret.txt'), 'case notes');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

let core: TestCore;
let host: WebHost;
let auth: Record<string, string>;

beforeEach(async () => {
  core = makeTestCore();
  host = await startWebHost({ core, staticDir, log: () => {} });
  auth = { 'x-roundtable-token': host.token };
});

afterEach(async () => {
  await host.close();
  core.close();
});

describe('startWebHost', () => {
  it('listens on 127.0.0.1 and prints a tokenized link', () => {
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    // 32 random bytes in base64url.
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('makes a fresh token for every launch unless one is given', async () => {
    const other = await startWebHost({ core, staticDir });
    const fixed = await startWebHost({ core, staticDir, token: 'a-fixed-token-for-tests' });
    try {
      expect(other.token).not.toBe(host.token);
      expect(fixed.token).toBe('a-fixed-token-for-tests');
    } finally {
      await Promise.all([other.close(), fixed.close()]);
    }
  });

  it('refuses a token that would not survive in a cookie', async () => {
    await expect(startWebHost({ core, staticDir, token: 'short' })).rejects.toThrow(/token/);
    await expect(
      startWebHost({ core, staticDir, token: 'has; a semicolon and spaces' }),
    ).rejects.toThrow(/token/);
  });
});

describe('authentication', () => {
  it('answers 401 without a token', async () => {
    const res = await rpc(host.port, { method: 'app.info', input: {} });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false });
    const events = await rawRequest(host.port, { path: '/events' });
    expect(events.status).toBe(401);
  });

  it('answers 401 with a wrong token, in the header or the cookie', async () => {
    const wrong = `${host.token.slice(0, -1)}${host.token.endsWith('A') ? 'B' : 'A'}`;
    expect(
      (await rpc(host.port, { method: 'app.info', input: {} }, { 'x-roundtable-token': wrong }))
        .status,
    ).toBe(401);
    expect(
      (await rpc(host.port, { method: 'app.info', input: {} }, { cookie: `rt_token=${wrong}` }))
        .status,
    ).toBe(401);
    expect(
      (await rpc(host.port, { method: 'app.info', input: {} }, { 'x-roundtable-token': '' }))
        .status,
    ).toBe(401);
    expect(
      (await rawRequest(host.port, { path: '/events', headers: { cookie: `rt_token=${wrong}` } }))
        .status,
    ).toBe(401);
  });

  it('returns the core envelope with the header token', async () => {
    const res = await rpc(host.port, { method: 'app.info', input: {} }, auth);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      value: {
        version: '0.0.0',
        schemaVersion: expect.any(Number) as number,
        pdfExport: expect.any(Boolean) as boolean,
      },
    });
  });

  it('passes error envelopes through with status 200', async () => {
    const res = await rpc(host.port, { method: 'nope.nothing', input: {} }, auth);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const invalid = await rpc(host.port, { method: 'org.create', input: { name: '' } }, auth);
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('exchanges ?token= for an HttpOnly SameSite=Strict cookie and drops it from the address', async () => {
    const res = await rawRequest(host.port, { path: `/people?token=${host.token}&tab=2` });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/people?tab=2');
    const cookie = res.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(new RegExp(`^rt_token=${host.token};`));
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\/(;|$)/);

    const home = await rawRequest(host.port, { path: `/?token=${host.token}` });
    expect(home.headers.location).toBe('/');

    const pair = cookie.split(';')[0] ?? '';
    const call = await rpc(
      host.port,
      { method: 'app.info', input: {} },
      { cookie: `theme=dark; ${pair}` },
    );
    expect(call.status).toBe(200);
    expect(JSON.parse(call.body)).toMatchObject({ ok: true });
  });

  it('sets no cookie for a link with a wrong token', async () => {
    const res = await rawRequest(host.port, { path: '/?token=stale-link-from-yesterday' });
    expect(res.status).toBe(401);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.body).toMatch(/link/);
  });
});

describe('DNS rebinding and cross-site requests', () => {
  it('refuses a foreign Host header even with the token', async () => {
    for (const hostHeader of [
      `evil.example:${host.port}`,
      'evil.example',
      `127.0.0.1:${host.port + 1}`,
      `127.0.0.1`,
      `127.0.0.1.evil.example:${host.port}`,
    ]) {
      const res = await rpc(
        host.port,
        { method: 'app.info', input: {} },
        { ...auth, host: hostHeader },
      );
      expect(res.status, hostHeader).toBe(403);
      const page = await rawRequest(host.port, { headers: { host: hostHeader } });
      expect(page.status, hostHeader).toBe(403);
    }
  });

  it('accepts localhost as well as 127.0.0.1', async () => {
    const res = await rpc(
      host.port,
      { method: 'app.info', input: {} },
      {
        ...auth,
        host: `localhost:${host.port}`,
        origin: `http://localhost:${host.port}`,
      },
    );
    expect(res.status).toBe(200);
  });

  it('refuses a foreign Origin on /rpc and /events even with the token', async () => {
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${host.port + 1}`]) {
      const res = await rpc(host.port, { method: 'app.info', input: {} }, { ...auth, origin });
      expect(res.status, origin).toBe(403);
      const events = await rawRequest(host.port, { path: '/events', headers: { ...auth, origin } });
      expect(events.status, origin).toBe(403);
    }
    const same = await rpc(
      host.port,
      { method: 'app.info', input: {} },
      { ...auth, origin: host.origin },
    );
    expect(same.status).toBe(200);
  });
});

describe('POST /rpc', () => {
  it('answers 400 invalid_input for malformed JSON', async () => {
    const res = await rawRequest(host.port, {
      method: 'POST',
      path: '/rpc',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"method": "app.info", ',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers 400 for JSON that is not a request', async () => {
    for (const body of ['[]', 'null', '"app.info"', '{"input":{}}']) {
      const res = await rawRequest(host.port, {
        method: 'POST',
        path: '/rpc',
        headers: { ...auth, 'content-type': 'application/json' },
        body,
      });
      expect(res.status, body).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('answers 415 for another content type', async () => {
    const res = await rawRequest(host.port, {
      method: 'POST',
      path: '/rpc',
      headers: { ...auth, 'content-type': 'text/plain' },
      body: JSON.stringify({ method: 'app.info', input: {} }),
    });
    expect(res.status).toBe(415);
    const withCharset = await rpc(
      host.port,
      { method: 'app.info', input: {} },
      {
        ...auth,
        'content-type': 'application/json; charset=utf-8',
      },
    );
    expect(withCharset.status).toBe(200);
  });

  it('answers 405 to other methods', async () => {
    const res = await rawRequest(host.port, { path: '/rpc', headers: auth });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });

  it('answers 413 beyond the body limit', async () => {
    const small = await startWebHost({ core, staticDir, bodyLimit: 1024 });
    try {
      const body = JSON.stringify({ method: 'org.create', input: { name: 'x'.repeat(2000) } });
      const res = await rawRequest(small.port, {
        method: 'POST',
        path: '/rpc',
        headers: { 'x-roundtable-token': small.token, 'content-type': 'application/json' },
        body,
      });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', issues: [{ path: [], message: 'requestTooLarge' }] },
      });
      // Without a Content-Length the limit is enforced while reading.
      const chunked = await rawRequest(small.port, {
        method: 'POST',
        path: '/rpc',
        headers: {
          'x-roundtable-token': small.token,
          'content-type': 'application/json',
          'transfer-encoding': 'chunked',
        },
        body,
      });
      expect(chunked.status).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('never leaks a stack when something unexpected fails', async () => {
    const logged: unknown[] = [];
    const broken = await startWebHost({
      core: {
        call: () => Promise.reject(new Error('SELECT secret FROM cases')),
        onEvent: () => () => {},
      },
      staticDir,
      log: (_message, error) => logged.push(error),
    });
    try {
      const res = await rpc(
        broken.port,
        { method: 'app.info', input: {} },
        {
          'x-roundtable-token': broken.token,
        },
      );
      expect(res.status).toBe(500);
      expect(JSON.parse(res.body)).toEqual({
        ok: false,
        error: { code: 'internal', message: expect.any(String) as string },
      });
      expect(res.body).not.toMatch(/SELECT|at .*\.ts/);
      expect(logged).toHaveLength(1);
    } finally {
      await broken.close();
    }
  });
});

describe('GET /events', () => {
  it('streams data.changed after org.create', async () => {
    const stream = await openEventStream(host.port, auth);
    try {
      expect(stream.response.statusCode).toBe(200);
      expect(stream.response.headers['content-type']).toMatch(/^text\/event-stream/);
      const created = await rpc(
        host.port,
        { method: 'org.create', input: { name: 'Shelter' } },
        auth,
      );
      expect(JSON.parse(created.body)).toMatchObject({ ok: true });
      const message = await stream.next((m) => (m as { event?: unknown }).event === 'data.changed');
      expect(message).toEqual({
        event: 'data.changed',
        payload: { domains: expect.arrayContaining(['directory']) as string[] },
      });
    } finally {
      stream.close();
    }
  });

  it('removes its listener when the client goes away', async () => {
    let listeners = 0;
    const counting = await startWebHost({
      core: {
        call: (method, input) => core.call(method, input),
        onEvent: (listener) => {
          listeners += 1;
          const off = core.onEvent(listener);
          return () => {
            listeners -= 1;
            off();
          };
        },
      },
      staticDir,
    });
    try {
      const stream = await openEventStream(counting.port, { 'x-roundtable-token': counting.token });
      expect(listeners).toBe(1);
      stream.close();
      await expect.poll(() => listeners).toBe(0);
    } finally {
      await counting.close();
    }
  });

  it('sends heartbeat comments', async () => {
    const beating = await startWebHost({ core, staticDir, heartbeatMs: 20 });
    try {
      const stream = await openEventStream(beating.port, { 'x-roundtable-token': beating.token });
      let text = '';
      stream.response.on('data', (chunk: string) => (text += chunk));
      await expect.poll(() => text).toMatch(/: heartbeat\n\n/);
      stream.close();
    } finally {
      await beating.close();
    }
  });

  it('lets the server close while a stream is open', async () => {
    const stream = await openEventStream(host.port, auth);
    const ended = new Promise((resolve) => stream.response.on('close', resolve));
    await host.close();
    await ended;
  });
});

describe('static files', () => {
  it('serves index.html with the CSP and hardening headers', async () => {
    const res = await rawRequest(host.port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('<title>Roundtable</title>');
  });

  it('serves assets with their content types', async () => {
    const js = await rawRequest(host.port, { path: '/assets/app-1234.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect(js.body).toBe('console.log("app");');
    const css = await rawRequest(host.port, { path: '/assets/app-1234.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('falls back to index.html for client-side routes, not for missing assets', async () => {
    const route = await rawRequest(host.port, { path: '/meetings/42/agenda' });
    expect(route.status).toBe(200);
    expect(route.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(route.body).toContain('<main>');
    expect((await rawRequest(host.port, { path: '/assets' })).status).toBe(200);
    expect((await rawRequest(host.port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it('answers a missing favicon with 204, which browsers do not report as an error', async () => {
    const res = await rawRequest(host.port, { path: '/favicon.ico' });
    expect(res.status).toBe(204);
    expect(res.body).toBe('');
  });

  it('answers HEAD without a body', async () => {
    const res = await rawRequest(host.port, { method: 'HEAD', path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.body).toBe('');
  });

  it('refuses path traversal, plain or encoded', async () => {
    for (const attempt of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/%252e%252e/secret.txt',
      '/assets/%00.js',
    ]) {
      const res = await rawRequest(host.port, { path: attempt });
      expect([400, 403, 404], attempt).toContain(res.status);
      expect(res.body, attempt).not.toContain('case notes');
    }
    expect((await rawRequest(host.port, { path: '/../secret.txt' })).status).toBe(403);
    expect((await rawRequest(host.port, { path: '/%2e%2e/secret.txt' })).status).toBe(403);
  });

  it('answers 405 to other methods', async () => {
    for (const method of ['PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const res = await rawRequest(host.port, { method, path: '/' });
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
    }
  });

  it('explains how to build when the renderer is missing', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'roundtable-unbuilt-'));
    const unbuilt = await startWebHost({ core, staticDir: empty });
    try {
      const res = await rawRequest(unbuilt.port, { path: '/' });
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.body).toContain('npm run web');
    } finally {
      await unbuilt.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
