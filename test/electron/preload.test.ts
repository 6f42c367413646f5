import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Transport } from '../../shared/rpc';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../electron/main/ipc-channels';

const fake = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  return {
    exposed: new Map<string, Transport>(),
    invoke: vi.fn((_channel: string, _request: unknown) => Promise.resolve({ ok: true, value: 1 })),
    ipc: new EventEmitter(),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Transport) => fake.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: fake.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => fake.ipc.on(channel, listener),
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      fake.ipc.removeListener(channel, listener),
  },
}));

let api: Transport;
const ipc = fake.ipc;

beforeAll(async () => {
  await import('../../electron/preload/index');
  const exposed = fake.exposed.get('roundtable');
  if (!exposed) throw new Error('The preload exposed nothing');
  api = exposed;
});

it('exposes exactly window.roundtable = { call, onEvent }', () => {
  expect([...fake.exposed.keys()]).toEqual(['roundtable']);
  expect(Object.keys(api).sort()).toEqual(['call', 'onEvent']);
  expect(typeof api.call).toBe('function');
  expect(typeof api.onEvent).toBe('function');
});

it('calls over the one invoke channel and returns the envelope', async () => {
  const envelope = await api.call('settings.get', {});
  expect(fake.invoke).toHaveBeenCalledWith(CALL_CHANNEL, { method: 'settings.get', input: {} });
  expect(envelope).toEqual({ ok: true, value: 1 });
});

describe('onEvent', () => {
  it('delivers the event only, never Electron’s event object', () => {
    const listener = vi.fn();
    const unsubscribe = api.onEvent(listener);
    const sender = { send: vi.fn() };
    ipc.emit(EVENT_CHANNEL, { sender }, { event: 'data.changed', payload: { domains: ['org'] } });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([
      { event: 'data.changed', payload: { domains: ['org'] } },
    ]);
    unsubscribe();
  });

  it('returns a function that unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.onEvent(listener);
    expect(ipc.listenerCount(EVENT_CHANNEL)).toBe(1);
    unsubscribe();
    expect(ipc.listenerCount(EVENT_CHANNEL)).toBe(0);
    ipc.emit(EVENT_CHANNEL, {}, { event: 'data.changed', payload: { domains: [] } });
    expect(listener).not.toHaveBeenCalled();
  });

  it('ignores malformed messages', () => {
    const listener = vi.fn();
    const unsubscribe = api.onEvent(listener);
    ipc.emit(EVENT_CHANNEL, {}, 'data.changed');
    ipc.emit(EVENT_CHANNEL, {}, { payload: 1 });
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('refuses a listener that is not a function', () => {
    // @ts-expect-error the page can pass anything across the bridge
    expect(() => api.onEvent('nope')).toThrow(TypeError);
  });
});
