import type { Transport } from '../../shared/rpc';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    roundtable?: Transport;
  }
}

export function ipcTransport(): Transport | undefined {
  return window.roundtable;
}
