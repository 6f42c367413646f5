import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, isSameOrigin } from '../../electron/main/app-origin';
import { hardenSession, hardenWebContents, isExternalLink } from '../../electron/main/security';
import { FakeWebContents, navigationEvent, resetFakeElectron, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const isAppUrl = (url: string) => isSameOrigin(url, APP_ORIGIN);

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents, isAppUrl);
  return contents;
}

beforeEach(resetFakeElectron);

describe('navigation', () => {
  it('stays on the app origin', () => {
    const contents = hardened();
    const inside = navigationEvent('app://roundtable/index.html#/meetings');
    contents.emit('will-navigate', inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('is cancelled towards any other origin, and a web link opens in the browser instead', () => {
    const contents = hardened();
    const away = navigationEvent('https://example.org/phish');
    contents.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/phish');
  });

  it('never hands file: or javascript: navigations to the system', () => {
    const contents = hardened();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://evil/index.html']) {
      const event = navigationEvent(url);
      contents.emit('will-navigate', event);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('cancels redirects away from the app without opening them', () => {
    const contents = hardened();
    const redirect = navigationEvent('https://example.org/');
    contents.emit('will-redirect', redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();

    const internal = navigationEvent('app://roundtable/other.html');
    contents.emit('will-redirect', internal);
    expect(internal.preventDefault).not.toHaveBeenCalled();
  });

  it('cancels subframe navigations away from the app', () => {
    const contents = hardened();
    const frame = navigationEvent('https://example.org/', false);
    contents.emit('will-frame-navigate', frame);
    expect(frame.preventDefault).toHaveBeenCalled();
  });
});

describe('new windows', () => {
  it('are always denied; an https link opens in the browser', () => {
    const contents = hardened();
    expect(contents.openWindow('https://agency.example.ca/services')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://agency.example.ca/services');
  });

  it('are denied for the app itself too', () => {
    const contents = hardened();
    expect(contents.openWindow('app://roundtable/index.html')).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('never pass file:, javascript: or custom schemes to the system', () => {
    const contents = hardened();
    for (const url of [
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'ms-msdt:x',
    ]) {
      expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('hand an app page the main process agrees to open (the presenter) to it, still denied here', () => {
    const contents = new FakeWebContents();
    const openAppWindow = vi.fn((url: string) => url.endsWith('#/present/m-1'));
    hardenWebContents(contents, (url) => url.startsWith('app://roundtable/'), openAppWindow);
    expect(contents.openWindow('app://roundtable/index.html#/present/m-1')).toEqual({
      action: 'deny',
    });
    expect(openAppWindow).toHaveBeenCalledWith('app://roundtable/index.html#/present/m-1');
    contents.openWindow('https://agency.example.ca/#/present/m-1');
    expect(openAppWindow).toHaveBeenCalledTimes(1);
  });

  it('let mail links through to the mail client', () => {
    hardened().openWindow('mailto:intake@agency.example.ca');
    expect(shell.openExternal).toHaveBeenCalledWith('mailto:intake@agency.example.ca');
  });
});

it('prevents attaching a webview', () => {
  const contents = hardened();
  const event = { preventDefault: vi.fn() };
  contents.emit('will-attach-webview', event, {}, { src: 'https://example.org' });
  expect(event.preventDefault).toHaveBeenCalled();
});

it('recognises only http(s) and mailto as external links', () => {
  expect(isExternalLink('http://a.example')).toBe(true);
  expect(isExternalLink('HTTPS://A.EXAMPLE')).toBe(true);
  expect(isExternalLink('mailto:a@b.example')).toBe(true);
  expect(isExternalLink('file:///etc/passwd')).toBe(false);
  expect(isExternalLink('javascript:void 0')).toBe(false);
  expect(isExternalLink('not a url')).toBe(false);
});

describe('permissions', () => {
  it('refuses every request and every check', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    hardenSession(session);

    const request = session.setPermissionRequestHandler.mock.lastCall?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }

    const check = session.setPermissionCheckHandler.mock.lastCall?.[0] as (
      ...args: unknown[]
    ) => boolean;
    expect(check(null, 'media', 'app://roundtable', {})).toBe(false);
    const device = session.setDevicePermissionHandler.mock.lastCall?.[0] as (
      ...args: unknown[]
    ) => boolean;
    expect(device({ deviceType: 'usb' })).toBe(false);
  });
});
