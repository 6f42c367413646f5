import { describe, expect, it, vi } from 'vitest';
import type { Envelope, EventListener, RpcEvent } from '../../shared/rpc';
import { APP_ORIGIN } from '../../electron/main/app-origin';
import {
  registerIpc,
  type EventWindow,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../electron/main/ipc';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../electron/main/ipc-channels';
import { makeTestCore } from '../helpers/core';

type CallHandler = (event: InvokeEventLike, request: unknown) => Promise<Envelope<unknown>>;

function fakeIpcMain() {
  const handlers = new Map<string, CallHandler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: CallHandler) => void handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  } satisfies IpcMainLike;
  function invoke(senderUrl: string | null, request: unknown) {
    const handler = handlers.get(CALL_CHANNEL);
    if (!handler) throw new Error('No handler on the call channel');
    return handler({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, request);
  }
  return { ipcMain, handlers, invoke };
}

function fakeCore() {
  const listeners = new Set<EventListener>();
  return {
    call: vi.fn((method: string, input: unknown): Promise<Envelope<unknown>> =>
      Promise.resolve({ ok: true, value: { method, input } }),
    ),
    onEvent: vi.fn((listener: EventListener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    }),
    emit: (event: RpcEvent) => listeners.forEach((l) => l(event)),
    listeners,
  };
}

function fakeWindow(url: string, destroyed = false) {
  return {
    isDestroyed: () => destroyed,
    webContents: { isDestroyed: () => destroyed, getURL: () => url, send: vi.fn() },
  } satisfies EventWindow;
}

describe('calls', () => {
  it('from the app page reach the core and return its envelope', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const core = fakeCore();
    registerIpc(ipcMain, core, () => [], APP_ORIGIN);

    const envelope = await invoke('app://roundtable/index.html', {
      method: 'org.list',
      input: { query: 'x' },
    });
    expect(core.call).toHaveBeenCalledWith('org.list', { query: 'x' });
    expect(envelope).toEqual({ ok: true, value: { method: 'org.list', input: { query: 'x' } } });
  });

  it.each([
    ['a foreign origin', 'https://evil.example/index.html'],
    ['a look-alike host', 'app://roundtable.evil/index.html'],
    ['a file: page', 'file:///tmp/index.html'],
    ['about:blank', 'about:blank'],
    ['a detached frame', null],
  ])('from %s never reach the core', async (_name, url) => {
    const { ipcMain, invoke } = fakeIpcMain();
    const core = fakeCore();
    registerIpc(ipcMain, core, () => [], APP_ORIGIN);

    const envelope = await invoke(url, { method: 'settings.get', input: {} });
    expect(core.call).not.toHaveBeenCalled();
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('trust the dev server origin instead of app:// while developing', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const core = fakeCore();
    registerIpc(ipcMain, core, () => [], 'http://localhost:5173');

    expect(await invoke('http://localhost:5173/', { method: 'app.info', input: {} })).toMatchObject(
      { ok: true },
    );
    expect(
      await invoke('app://roundtable/index.html', { method: 'app.info', input: {} }),
    ).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await invoke('http://localhost:5174/', { method: 'app.info', input: {} })).toMatchObject(
      { ok: false },
    );
    expect(core.call).toHaveBeenCalledTimes(1);
  });

  it('without a method name are refused before the core', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const core = fakeCore();
    registerIpc(ipcMain, core, () => [], APP_ORIGIN);
    for (const request of [null, 'settings.get', { input: {} }, { method: 42 }]) {
      expect(await invoke('app://roundtable/', request)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    expect(core.call).not.toHaveBeenCalled();
  });

  it('go through the real core: validation and envelopes included', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const core = makeTestCore();
    registerIpc(ipcMain, core, () => [], APP_ORIGIN);

    expect(await invoke('app://roundtable/', { method: 'settings.get', input: {} })).toEqual({
      ok: true,
      value: {
        language: 'en',
        theme: 'system',
        highContrast: false,
        timerWarningSeconds: 120,
        timerFinalSeconds: 30,
        chime: true,
        chimeVolume: 60,
        retentionMonths: 24,
        lockAfterMinutes: 0,
      },
    });
    expect(
      await invoke('app://roundtable/', { method: 'settings.get', input: { x: 1 } }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await invoke('app://roundtable/', { method: 'nope.nope', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    core.close();
  });
});

describe('events', () => {
  it('go to every open app window', () => {
    const { ipcMain } = fakeIpcMain();
    const core = fakeCore();
    const main = fakeWindow('app://roundtable/index.html');
    const presenter = fakeWindow('app://roundtable/index.html#/present');
    registerIpc(ipcMain, core, () => [main, presenter], APP_ORIGIN);

    const event = { event: 'data.changed', payload: { domains: ['settings'] } };
    core.emit(event);
    expect(main.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, event);
    expect(presenter.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, event);
  });

  it('skip destroyed windows and pages that are not the app', () => {
    const { ipcMain } = fakeIpcMain();
    const core = fakeCore();
    const closed = fakeWindow('app://roundtable/index.html', true);
    const foreign = fakeWindow('https://example.org/');
    registerIpc(ipcMain, core, () => [closed, foreign], APP_ORIGIN);

    core.emit({ event: 'data.changed', payload: { domains: ['org'] } });
    expect(closed.webContents.send).not.toHaveBeenCalled();
    expect(foreign.webContents.send).not.toHaveBeenCalled();
  });

  it('come from the real core after a change', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const core = makeTestCore();
    const window = fakeWindow('app://roundtable/index.html');
    registerIpc(ipcMain, core, () => [window], APP_ORIGIN);

    await invoke('app://roundtable/', { method: 'settings.update', input: { language: 'fr' } });
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      event: 'data.changed',
      payload: { domains: ['settings'] },
    });
    core.close();
  });
});

it('can be unregistered: the channel is removed and events stop', () => {
  const { ipcMain, handlers } = fakeIpcMain();
  const core = fakeCore();
  const dispose = registerIpc(ipcMain, core, () => [], APP_ORIGIN);
  expect(handlers.has(CALL_CHANNEL)).toBe(true);
  expect(core.listeners.size).toBe(1);
  dispose();
  expect(handlers.has(CALL_CHANNEL)).toBe(false);
  expect(core.listeners.size).toBe(0);
});
