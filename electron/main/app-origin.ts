/**
 * Where the renderer is allowed to come from. Navigation, IPC and event delivery all trust
 * exactly one origin: the app:// protocol, or the dev server while developing.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'roundtable';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` in lower case, or undefined for URLs without a host (file:, about:,
 * data:, javascript:) and for garbage. `URL.origin` cannot be used: WHATWG gives every
 * non-special scheme such as app: an opaque origin, "null".
 */
export function originOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!parsed.host) return undefined;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

export function isSameOrigin(url: string, origin: string): boolean {
  return originOf(url) === origin.toLowerCase();
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL from `ROUNDTABLE_DEV_URL`, if it may be used. A packaged app ignores it,
 * and only an http(s) loopback server is accepted: whatever this URL serves is trusted with
 * the IPC bridge, so an environment variable must not be able to point it at the network.
 */
export function devServerUrl(value: string | undefined, isPackaged: boolean): string | undefined {
  if (!value || isPackaged) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (!LOOPBACK_HOSTS.has(parsed.hostname)) return undefined;
  return parsed.href;
}
