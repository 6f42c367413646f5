import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { EventListener, RpcEvent, RpcRequest, Transport } from '../../shared/rpc';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../main/ipc-channels';

function isRpcEvent(message: unknown): message is RpcEvent {
  return (
    typeof message === 'object' &&
    message !== null &&
    'event' in message &&
    typeof message.event === 'string'
  );
}

/**
 * The whole surface the page gets. Only these two functions cross the bridge: never
 * ipcRenderer itself, and never Electron's event object, whose `sender` would hand the page
 * the means to send on any channel.
 */
export function createBridge(
  ipc: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>,
): Transport {
  return {
    call(method, input) {
      const request: RpcRequest = { method, input };
      return ipc.invoke(CALL_CHANNEL, request);
    },
    onEvent(listener: EventListener) {
      if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
      const relay = (_event: IpcRendererEvent, message: unknown) => {
        if (isRpcEvent(message)) listener({ event: message.event, payload: message.payload });
      };
      ipc.on(EVENT_CHANNEL, relay);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, relay);
      };
    },
  };
}

contextBridge.exposeInMainWorld('roundtable', createBridge(ipcRenderer));
