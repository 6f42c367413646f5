import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mainLabels } from '../../electron/main/menu-labels';
import {
  createPresenter,
  isPresenterUrl,
  meetingIdInUrl,
  pickPresenterDisplay,
  presenterUrl,
} from '../../electron/main/presenter';
import { BrowserWindow, dialog, resetFakeElectron, screen } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
const projector = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } };

describe('meetingIdInUrl', () => {
  it('finds the meeting of the run screen, the meeting screen and the presenter page', () => {
    expect(meetingIdInUrl('app://roundtable/index.html#/meetings/m-1/run')).toBe('m-1');
    expect(meetingIdInUrl('app://roundtable/index.html#/meetings/m%202')).toBe('m 2');
    expect(meetingIdInUrl('http://127.0.0.1:5173/#/present/m-3')).toBe('m-3');
    expect(meetingIdInUrl('app://roundtable/index.html#/networking/m-4/run')).toBe('m-4');
  });

  it('finds nothing on other screens or in a malformed address', () => {
    expect(meetingIdInUrl('app://roundtable/index.html#/directory/organizations')).toBeNull();
    expect(meetingIdInUrl('app://roundtable/index.html#/meetings')).toBeNull();
    expect(meetingIdInUrl('app://roundtable/index.html#/networking')).toBeNull();
    expect(meetingIdInUrl('app://roundtable/index.html#/meetings/series/s-1')).toBeNull();
    expect(meetingIdInUrl('not a url')).toBeNull();
  });
});

describe('presenter pages', () => {
  it('builds the presenter address on the same origin', () => {
    expect(presenterUrl('app://roundtable/index.html#/meetings/m-1/run', 'm-1')).toBe(
      'app://roundtable/index.html#/present/m-1',
    );
  });

  it('accepts only the presenter page as a window a page may open', () => {
    expect(isPresenterUrl('app://roundtable/index.html#/present/m-1')).toBe(true);
    expect(isPresenterUrl('app://roundtable/index.html#/settings')).toBe(false);
    expect(isPresenterUrl('app://roundtable/index.html#/present/m-1/../../settings')).toBe(false);
  });
});

describe('pickPresenterDisplay', () => {
  it('puts the presenter on the display the chair is not using', () => {
    const chair = { x: 100, y: 100, width: 1200, height: 800 };
    expect(pickPresenterDisplay([laptop, projector], chair)).toBe(projector);
    const chairOnProjector = { x: 2000, y: 50, width: 1000, height: 600 };
    expect(pickPresenterDisplay([laptop, projector], chairOnProjector)).toBe(laptop);
  });

  it('gives none with a single screen', () => {
    expect(pickPresenterDisplay([laptop], null)).toBeNull();
  });
});

function presenterWith(main: BrowserWindow, meetings: { id: string; status: string }[] = []) {
  const call = vi.fn(() => Promise.resolve({ ok: true as const, value: meetings }));
  return {
    call,
    presenter: createPresenter({
      preloadPath: '/bundle/preload.cjs',
      core: { call },
      mainWindow: () => main,
      labels: () => mainLabels.en,
    }),
  };
}

function mainWindowAt(url: string): BrowserWindow {
  const main = new BrowserWindow({ x: 100, y: 100, width: 1200, height: 800 });
  main.webContents.url = url;
  return main;
}

describe('createPresenter', () => {
  it('opens the meeting on screen full-screen on the projector, sandboxed like the main window', async () => {
    screen.displays = [
      { ...laptop, workArea: laptop.bounds },
      { ...projector, workArea: projector.bounds },
    ];
    const main = mainWindowAt('app://roundtable/index.html#/meetings/m-1/run');
    await presenterWith(main).presenter.openForCurrent();
    const window = BrowserWindow.instances[1];
    expect(window?.options).toMatchObject({ x: 1920, y: 0, fullscreen: true });
    expect(window?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
    expect(window?.loadURL).toHaveBeenCalledWith('app://roundtable/index.html#/present/m-1');
  });

  it('opens a plain window on a single screen, and reuses it for the next meeting', () => {
    const main = mainWindowAt('app://roundtable/index.html#/meetings');
    const { presenter } = presenterWith(main);
    presenter.open('m-1');
    presenter.open('m-2');
    expect(BrowserWindow.instances).toHaveLength(2);
    const window = BrowserWindow.instances[1];
    expect(window?.options).toMatchObject({ fullscreen: false });
    expect(window?.loadURL).toHaveBeenLastCalledWith('app://roundtable/index.html#/present/m-2');
  });

  it('falls back to the meeting in progress when the chair is on another screen', async () => {
    const main = mainWindowAt('app://roundtable/index.html#/directory');
    const { presenter } = presenterWith(main, [
      { id: 'm-9', status: 'planned' },
      { id: 'm-8', status: 'in_progress' },
    ]);
    await presenter.openForCurrent();
    expect(BrowserWindow.instances[1]?.loadURL).toHaveBeenCalledWith(
      'app://roundtable/index.html#/present/m-8',
    );
  });

  it('says so when there is no meeting to present, and opens nothing', async () => {
    const main = mainWindowAt('app://roundtable/index.html#/directory');
    await presenterWith(main).presenter.openForCurrent();
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: mainLabels.en.noMeetingToPresent }),
    );
  });
});
