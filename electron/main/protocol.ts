import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { serveAppRequest } from './static-files';

/**
 * The renderer is served from app://roundtable rather than file://, so it gets a real origin
 * (for the CSP, the IPC sender check and same-origin rules) and cannot read arbitrary files.
 * Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves `rendererDir` (inside the asar when packaged; Electron's fs reads from it). */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));
}
