import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  APP_START_URL,
  devServerUrl,
  isSameOrigin,
  originOf,
} from '../../electron/main/app-origin';

describe('originOf', () => {
  it('gives app: URLs a real origin, which URL.origin does not', () => {
    expect(new URL(APP_START_URL).origin).toBe('null');
    expect(originOf(APP_START_URL)).toBe('app://roundtable');
    expect(originOf('APP://RoundTable/x')).toBe('app://roundtable');
  });

  it('keeps the port of http origins', () => {
    expect(originOf('http://localhost:5173/a?b#c')).toBe('http://localhost:5173');
    expect(originOf('http://localhost:80/')).toBe('http://localhost');
  });

  it('has no origin for host-less or broken URLs', () => {
    for (const url of ['file:///etc/passwd', 'about:blank', 'javascript:alert(1)', 'data:,x', '']) {
      expect(originOf(url)).toBeUndefined();
    }
  });
});

describe('isSameOrigin', () => {
  it('matches the app origin exactly', () => {
    expect(isSameOrigin('app://roundtable/index.html#/x', APP_ORIGIN)).toBe(true);
    expect(isSameOrigin('app://roundtable.evil/index.html', APP_ORIGIN)).toBe(false);
    expect(isSameOrigin('app://evil/roundtable', APP_ORIGIN)).toBe(false);
    expect(isSameOrigin('https://roundtable/', APP_ORIGIN)).toBe(false);
    expect(isSameOrigin('about:blank', 'null')).toBe(false);
  });
});

describe('devServerUrl', () => {
  it('accepts a loopback http(s) server while developing', () => {
    expect(devServerUrl('http://localhost:5173', false)).toBe('http://localhost:5173/');
    expect(devServerUrl('https://127.0.0.1:4000/app/', false)).toBe('https://127.0.0.1:4000/app/');
    expect(devServerUrl('http://[::1]:5173/', false)).toBe('http://[::1]:5173/');
  });

  it('is ignored by a packaged app', () => {
    expect(devServerUrl('http://localhost:5173', true)).toBeUndefined();
  });

  it('refuses anything that is not a loopback web server', () => {
    for (const value of [
      'http://192.168.1.10:5173',
      'https://example.org',
      'http://localhost.example.org',
      'file:///tmp/index.html',
      'javascript:alert(1)',
      'localhost:5173',
      '',
      undefined,
    ]) {
      expect(devServerUrl(value, false)).toBeUndefined();
    }
  });
});
