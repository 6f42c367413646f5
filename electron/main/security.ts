import { shell, type Session } from 'electron';

/** Links the system may open in the user's browser or mail client; nothing that runs code. */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isExternalLink(url: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

function openExternally(url: string): void {
  if (!isExternalLink(url)) return;
  shell.openExternal(url).catch((error: unknown) => {
    console.error('[roundtable] Could not open an external link', error);
  });
}

/**
 * Roundtable needs no camera, microphone, location, notifications or devices: every
 * permission is refused, both when a page asks and when Chromium checks silently.
 */
export function hardenSession(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  >,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** What Electron passes to will-navigate, will-redirect and will-frame-navigate listeners. */
export interface NavigationEvent {
  readonly url: string;
  readonly isMainFrame: boolean;
  preventDefault(): void;
}

/** The part of a WebContents that hardening uses; Electron's WebContents fits it. */
export interface HardenableContents {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
    listener: (event: NavigationEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * The page may only ever show the app itself. Navigations away from it are cancelled (a
 * plain web or mail link is handed to the system instead), new windows are never created
 * by the page, and webviews cannot be attached. A link to one of the app's own pages that
 * asks for a new window (the presenter view) is offered to `openAppWindow`, which opens it
 * the main process's way, with the same rules, or declines.
 */
export function hardenWebContents(
  contents: HardenableContents,
  isAppUrl: (url: string) => boolean,
  openAppWindow: (url: string) => boolean = () => false,
): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  // Subframes do not go through will-navigate; the main frame is left to it, since cancelling
  // here first would stop will-navigate from handing a link to the system.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });
  // A redirect is decided by the server, not the user: cancel it, never open it.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (!isAppUrl(url) || !openAppWindow(url)) openExternally(url);
    return { action: 'deny' };
  });
}
