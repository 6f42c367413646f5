import type { Core } from '../core/create-core';
import type { Envelope, RpcEvent } from '../../shared/rpc';
import { isSameOrigin } from './app-origin';
import { CALL_CHANNEL, EVENT_CHANNEL } from './ipc-channels';

/** The part of an invoke event the bridge looks at; Electron's IpcMainInvokeEvent fits it. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of ipcMain the bridge uses, so it can be driven without Electron. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, request: unknown) => Promise<Envelope<unknown>>,
  ): void;
  removeHandler(channel: string): void;
}

/** A window that can receive core events; a BrowserWindow fits it. */
export interface EventWindow {
  isDestroyed(): boolean;
  readonly webContents: {
    isDestroyed(): boolean;
    getURL(): string;
    send(channel: string, message: RpcEvent): void;
  };
}

const refused: Envelope<never> = {
  ok: false,
  error: {
    code: 'unavailable',
    message: 'This page is not allowed to reach Roundtable’s data.',
  },
};

const malformed: Envelope<never> = {
  ok: false,
  error: { code: 'invalid_input', message: 'A call needs a method name and an input.' },
};

function readRequest(request: unknown): { method: string; input: unknown } | undefined {
  if (typeof request !== 'object' || request === null) return undefined;
  if (!('method' in request) || typeof request.method !== 'string') return undefined;
  return { method: request.method, input: 'input' in request ? request.input : undefined };
}

/**
 * Bridges the renderer to the core: one invoke channel for calls and one event channel for
 * core events. Only a frame showing the app's own origin may call; anything else (a frame that
 * navigated away, an injected frame, a detached one) gets an error envelope and the core is
 * never reached. Returns a function that undoes the registration.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  core: Pick<Core, 'call' | 'onEvent'>,
  getWindows: () => readonly EventWindow[],
  trustedOrigin: string,
): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event, request) => {
    const frame = event.senderFrame;
    if (!frame || !isSameOrigin(frame.url, trustedOrigin)) return refused;
    const call = readRequest(request);
    if (!call) return malformed;
    return core.call(call.method, call.input);
  });

  const unsubscribe = core.onEvent((event) => {
    for (const window of getWindows()) {
      if (window.isDestroyed() || window.webContents.isDestroyed()) continue;
      // A window that somehow left the app must not keep receiving its data.
      if (!isSameOrigin(window.webContents.getURL(), trustedOrigin)) continue;
      window.webContents.send(EVENT_CHANNEL, event);
    }
  });

  return () => {
    ipcMain.removeHandler(CALL_CHANNEL);
    unsubscribe();
  };
}
