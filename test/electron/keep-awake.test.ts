import { beforeEach, describe, expect, it, vi } from 'vitest';
import { keepAwakeWhileTimersRun } from '../../electron/main/keep-awake';
import type { RpcEvent } from '../../shared/rpc';
import { powerSaveBlocker, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);

function fakeCore() {
  const listeners = new Set<(event: RpcEvent) => void>();
  return {
    onEvent(listener: (event: RpcEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(running: boolean) {
      for (const l of listeners) l({ event: 'timer.running', payload: { running } });
    },
  };
}

describe('keepAwakeWhileTimersRun', () => {
  it('keeps the display awake while a countdown runs, once, and lets it sleep after', () => {
    const core = fakeCore();
    keepAwakeWhileTimersRun(core, powerSaveBlocker);
    core.send(true);
    core.send(true);
    expect(powerSaveBlocker.start).toHaveBeenCalledTimes(1);
    expect(powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(powerSaveBlocker.started.size).toBe(1);
    core.send(false);
    expect(powerSaveBlocker.started.size).toBe(0);
  });

  it('releases the system when it stops listening (quitting mid-meeting)', () => {
    const core = fakeCore();
    const stop = keepAwakeWhileTimersRun(core, powerSaveBlocker);
    core.send(true);
    stop();
    expect(powerSaveBlocker.started.size).toBe(0);
    core.send(true);
    expect(powerSaveBlocker.start).toHaveBeenCalledTimes(1);
  });

  it('ignores other events and malformed payloads', () => {
    const listeners: ((event: RpcEvent) => void)[] = [];
    const core = {
      onEvent: (l: (event: RpcEvent) => void) => (listeners.push(l), () => undefined),
    };
    keepAwakeWhileTimersRun(core, powerSaveBlocker);
    listeners[0]?.({ event: 'data.changed', payload: { domains: ['meetings'] } });
    listeners[0]?.({ event: 'timer.running', payload: { running: 'yes' } });
    expect(powerSaveBlocker.start).not.toHaveBeenCalled();
  });
});
