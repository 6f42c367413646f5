import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** The window's bounds when neither maximized nor full screen. */
  bounds: Rect;
  isMaximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;

const StoredState = z.object({
  bounds: z.object({
    x: z.number(),
    y: z.number(),
    width: z.number().positive(),
    height: z.number().positive(),
  }),
  isMaximized: z.boolean(),
});

/** The saved state, or undefined if the text is not one (hand-edited, truncated by a crash). */
export function parseWindowState(text: string): WindowState | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = StoredState.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function contains(area: Rect, x: number, y: number): boolean {
  return x >= area.x && x < area.x + area.width && y >= area.y && y < area.y + area.height;
}

export function centred(area: Rect, size: { width: number; height: number } = DEFAULT_SIZE): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window. The saved bounds are kept on the display that holds their centre,
 * shrunk and moved as needed so the whole window, title bar included, is visible there. If no
 * display holds it any more (the projector it was on is unplugged), it opens at the default size,
 * centred on the primary display.
 */
export function restoreBounds(
  saved: Rect | undefined,
  workAreas: readonly Rect[],
  primary: Rect,
): Rect {
  if (!saved) return centred(primary);
  const centreX = saved.x + saved.width / 2;
  const centreY = saved.y + saved.height / 2;
  const area = workAreas.find((a) => contains(a, centreX, centreY));
  if (!area) return centred(primary);
  const width = Math.round(clamp(saved.width, Math.min(MIN_SIZE.width, area.width), area.width));
  const height = Math.round(
    clamp(saved.height, Math.min(MIN_SIZE.height, area.height), area.height),
  );
  return {
    x: Math.round(clamp(saved.x, area.x, area.x + area.width - width)),
    y: Math.round(clamp(saved.y, area.y, area.y + area.height - height)),
    width,
    height,
  };
}

/** A missing, unreadable or corrupt file only means the window opens at its default place. */
export function loadWindowState(file: string): WindowState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return parseWindowState(text);
}

/** Written to a temporary file then renamed, so a crash mid-write cannot leave half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
}

/** The part of a BrowserWindow whose state is remembered. */
export interface TrackedWindow {
  on(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/** Saves the window's state when it closes; losing it is never worth an error dialog. */
export function trackWindowState(window: TrackedWindow, file: string): void {
  window.on('close', () => {
    try {
      saveWindowState(file, {
        bounds: window.getNormalBounds(),
        isMaximized: window.isMaximized(),
      });
    } catch (error) {
      console.error('[roundtable] Could not save the window position', error);
    }
  });
}
