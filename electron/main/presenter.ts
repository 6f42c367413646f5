import { BrowserWindow, dialog, screen, type Display, type Rectangle } from 'electron';
import type { Core } from '../core/create-core';
import { mainWindowOptions } from './window';
import type { MainLabels } from './menu-labels';

/**
 * The presenter view: a second window, on the projector when there is one, showing the meeting
 * the chair is running (`#/present/<id>`). It follows the chair through the core's events like
 * any other window; the main process only decides where it goes.
 */

// `#/meetings/series/<id>` is a series, not a meeting.
const MEETING_IN_HASH = /^#\/(?:meetings|present|networking)\/(?!series(?:[/?#]|$))([^/?#]+)/;

/**
 * The meeting a page of the app is showing (`#/meetings/<id>…`, `#/networking/<id>…` for a
 * speed-networking event, or `#/present/<id>`), if any.
 */
export function meetingIdInUrl(url: string): string | null {
  try {
    const match = MEETING_IN_HASH.exec(new URL(url).hash);
    return match?.[1] ? decodeURIComponent(match[1]) : null;
  } catch {
    return null;
  }
}

/** The presenter page of `meetingId` on the same origin as `appUrl`. */
export function presenterUrl(appUrl: string, meetingId: string): string {
  const url = new URL(appUrl);
  url.hash = `#/present/${encodeURIComponent(meetingId)}`;
  return url.toString();
}

/** Whether a window may open `url` as a presenter window (the only page that may open another). */
export function isPresenterUrl(url: string): boolean {
  try {
    return /^#\/present\/[^/?#]+$/.test(new URL(url).hash);
  } catch {
    return false;
  }
}

const centre = (r: Rectangle) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
const contains = (r: Rectangle, p: { x: number; y: number }) =>
  p.x >= r.x && p.x < r.x + r.width && p.y >= r.y && p.y < r.y + r.height;

/**
 * The display for the presenter: one the chair's window is not on (the projector), or null when
 * the laptop has a single screen and the presenter opens as an ordinary window beside the main one.
 */
export function pickPresenterDisplay(
  displays: readonly Pick<Display, 'id' | 'bounds'>[],
  mainBounds: Rectangle | null,
): Pick<Display, 'id' | 'bounds'> | null {
  if (displays.length < 2) return null;
  const chairAt = mainBounds ? centre(mainBounds) : null;
  return displays.find((d) => !chairAt || !contains(d.bounds, chairAt)) ?? null;
}

/** The part of the chair's window the presenter looks at. */
export interface ChairWindow {
  readonly webContents: { getURL(): string };
  isDestroyed(): boolean;
  getBounds(): Rectangle;
}

export interface PresenterOptions {
  preloadPath: string;
  core: Pick<Core, 'call'>;
  mainWindow: () => ChairWindow | undefined;
  labels: () => MainLabels;
}

export interface Presenter {
  /** Opens (or moves to) the presenter view of a meeting. */
  open(meetingId: string, fromUrl?: string): void;
  /** The meeting on the chair's screen, else the one in progress, else says there is none. */
  openForCurrent(): Promise<void>;
  close(): void;
}

export function createPresenter(options: PresenterOptions): Presenter {
  let window: BrowserWindow | undefined;

  function open(meetingId: string, fromUrl?: string): void {
    const main = options.mainWindow();
    const base = fromUrl ?? main?.webContents.getURL();
    if (!base) return;
    const url = presenterUrl(base, meetingId);
    if (window && !window.isDestroyed()) {
      window.loadURL(url).catch((error: unknown) => console.error('[roundtable] Presenter', error));
      window.show();
      return;
    }
    const display = pickPresenterDisplay(
      screen.getAllDisplays(),
      main && !main.isDestroyed() ? main.getBounds() : null,
    );
    const bounds = display?.bounds ?? { x: 80, y: 80, width: 1280, height: 720 };
    const created = new BrowserWindow({
      ...mainWindowOptions(bounds, options.preloadPath, { dark: true }),
      title: 'Roundtable — Presenter',
      // On the projector the view fills the wall; on the laptop it stays a window to arrange.
      fullscreen: display !== null,
    });
    created.once('ready-to-show', () => created.showInactive());
    created.on('closed', () => {
      if (window === created) window = undefined;
    });
    created.loadURL(url).catch((error: unknown) => console.error('[roundtable] Presenter', error));
    window = created;
  }

  async function openForCurrent(): Promise<void> {
    const main = options.mainWindow();
    const shown = main && !main.isDestroyed() ? meetingIdInUrl(main.webContents.getURL()) : null;
    let meetingId = shown;
    if (!meetingId) {
      const result = await options.core.call('meeting.list', {});
      const meetings = result.ok ? (result.value as { id: string; status: string }[]) : [];
      meetingId = meetings.find((m) => m.status === 'in_progress')?.id ?? null;
    }
    if (meetingId) {
      open(meetingId);
      return;
    }
    const labels = options.labels();
    await dialog.showMessageBox({
      type: 'info',
      title: labels.presenterView,
      message: labels.noMeetingToPresent,
      buttons: [labels.ok],
    });
  }

  return {
    open,
    openForCurrent,
    close() {
      if (window && !window.isDestroyed()) window.close();
      window = undefined;
    },
  };
}
