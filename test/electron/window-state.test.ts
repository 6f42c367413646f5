import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE,
  loadWindowState,
  parseWindowState,
  restoreBounds,
  saveWindowState,
  trackWindowState,
  type Rect,
} from '../../electron/main/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 860 };
// A projector extended to the right of the laptop.
const projector: Rect = { x: 1440, y: 0, width: 1920, height: 1080 };

describe('restoreBounds', () => {
  it('keeps bounds that are fully visible', () => {
    const saved = { x: 100, y: 80, width: 1000, height: 700 };
    expect(restoreBounds(saved, [laptop, projector], laptop)).toEqual(saved);
  });

  it('keeps a window on a second display while it is connected', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(restoreBounds(saved, [laptop, projector], laptop)).toEqual(saved);
  });

  it('centres the default size on the primary display once that display is gone', () => {
    const onProjector = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(restoreBounds(onProjector, [laptop], laptop)).toEqual({
      x: Math.round((1440 - DEFAULT_SIZE.width) / 2),
      y: Math.round((860 - DEFAULT_SIZE.height) / 2),
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
    });
  });

  it('pulls a window hanging over an edge fully back onto its display', () => {
    const saved = { x: 900, y: -50, width: 800, height: 600 };
    expect(restoreBounds(saved, [laptop], laptop)).toEqual({
      x: 640,
      y: 0,
      width: 800,
      height: 600,
    });
  });

  it('shrinks a window larger than its display (a lower resolution) to the work area', () => {
    const saved = { x: 0, y: 0, width: 1400, height: 1000 };
    expect(restoreBounds(saved, [{ x: 0, y: 0, width: 1366, height: 728 }], laptop)).toEqual({
      x: 0,
      y: 0,
      width: 1366,
      height: 728,
    });
  });

  it('centres the default size when nothing was saved, never larger than the display', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 600 };
    expect(restoreBounds(undefined, [small], small)).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 600,
    });
  });

  it('handles displays with negative coordinates (a monitor left of the primary)', () => {
    const left: Rect = { x: -1920, y: 0, width: 1920, height: 1080 };
    const saved = { x: -1800, y: 40, width: 1000, height: 700 };
    expect(restoreBounds(saved, [laptop, left], laptop)).toEqual(saved);
  });
});

describe('parseWindowState', () => {
  it('reads what saveWindowState writes', () => {
    const state = { bounds: { x: -5, y: 10, width: 900, height: 600 }, isMaximized: true };
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });

  it.each([
    ['empty', ''],
    ['truncated', '{"bounds":{"x":1'],
    ['not an object', '42'],
    ['missing field', '{"bounds":{"x":0,"y":0,"width":800},"isMaximized":false}'],
    ['zero size', '{"bounds":{"x":0,"y":0,"width":0,"height":600},"isMaximized":false}'],
    ['text', '{"bounds":{"x":"0","y":0,"width":800,"height":600},"isMaximized":false}'],
  ])('refuses a %s file', (_name, text) => {
    expect(parseWindowState(text)).toBeUndefined();
  });
});

describe('the state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'roundtable-window-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is optional', () => {
    expect(loadWindowState(path.join(dir, 'missing.json'))).toBeUndefined();
  });

  it('is ignored when corrupt', () => {
    const file = path.join(dir, 'window-state.json');
    writeFileSync(file, '\u0000\u0000garbage');
    expect(loadWindowState(file)).toBeUndefined();
  });

  it('round-trips, creating its folder', () => {
    const file = path.join(dir, 'nested', 'window-state.json');
    const state = { bounds: { x: 1, y: 2, width: 1000, height: 700 }, isMaximized: false };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
  });

  it('is saved from the window when it closes, with its normal bounds', () => {
    const file = path.join(dir, 'window-state.json');
    let onClose: (() => void) | undefined;
    trackWindowState(
      {
        on: (_event, listener) => (onClose = listener),
        getNormalBounds: () => ({ x: 10, y: 20, width: 1100, height: 750 }),
        isMaximized: () => true,
      },
      file,
    );
    expect(loadWindowState(file)).toBeUndefined();
    onClose?.();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      bounds: { x: 10, y: 20, width: 1100, height: 750 },
      isMaximized: true,
    });
  });

  it('failing to save does not throw out of the close handler', () => {
    const file = path.join(dir, 'window-state.json');
    writeFileSync(path.join(dir, 'blocker'), '');
    let onClose: (() => void) | undefined;
    trackWindowState(
      {
        on: (_event, listener) => (onClose = listener),
        getNormalBounds: () => ({ x: 0, y: 0, width: 900, height: 600 }),
        isMaximized: () => false,
      },
      // A path under a regular file cannot be created.
      path.join(dir, 'blocker', 'window-state.json'),
    );
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => onClose?.()).not.toThrow();
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    expect(loadWindowState(file)).toBeUndefined();
  });
});
