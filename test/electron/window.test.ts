import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  askBeforeDiscardingChanges,
  createMainWindow,
  mainWindowOptions,
} from '../../electron/main/window';
import { MIN_SIZE } from '../../electron/main/window-state';
import {
  app,
  BrowserWindow,
  dialog,
  nativeTheme,
  resetFakeElectron,
  screen,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const bounds = { x: 10, y: 20, width: 1200, height: 800 };

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the page, with no Node and no webviews', () => {
    const options = mainWindowOptions(bounds, '/app/dist-electron/preload.cjs', {
      platform: 'win32',
    });
    expect(options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: true,
      preload: '/app/dist-electron/preload.cjs',
    });
  });

  it('never downloads spelling dictionaries: spell checking is off on Linux', () => {
    expect(mainWindowOptions(bounds, '/p', { platform: 'linux' }).webPreferences?.spellcheck).toBe(
      false,
    );
    expect(mainWindowOptions(bounds, '/p', { platform: 'darwin' }).webPreferences?.spellcheck).toBe(
      true,
    );
  });

  it('waits for the first paint, keeps a usable minimum size and uses the given bounds', () => {
    const options = mainWindowOptions(bounds, '/preload.cjs');
    expect(options).toMatchObject({
      ...bounds,
      show: false,
      minWidth: MIN_SIZE.width,
      minHeight: MIN_SIZE.height,
    });
  });

  it('paints a dark background before the page when the system is dark', () => {
    expect(mainWindowOptions(bounds, '/p', { dark: true }).backgroundColor).not.toBe(
      mainWindowOptions(bounds, '/p').backgroundColor,
    );
  });
});

describe('createMainWindow', () => {
  let dir: string;
  let stateFile: string;
  beforeEach(() => {
    resetFakeElectron();
    dir = mkdtempSync(path.join(tmpdir(), 'roundtable-win-'));
    stateFile = path.join(dir, 'window-state.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The fake behind the returned window, to drive it like Electron would. */
  function create(startUrl = 'app://roundtable/index.html'): BrowserWindow {
    createMainWindow({ preloadPath: '/dist-electron/preload.cjs', startUrl, stateFile });
    const window = BrowserWindow.instances.at(-1);
    if (!window) throw new Error('No window was created');
    return window;
  }

  it('loads the start page and shows the window only when it is ready', () => {
    const window = create();
    expect(window.loadURL).toHaveBeenCalledWith('app://roundtable/index.html');
    expect(window.options).toMatchObject({ show: false });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('opens centred at the default size the first time', () => {
    const window = create();
    expect(window.options).toMatchObject({ x: 320, y: 120, width: 1280, height: 800 });
    expect(window.options.webPreferences).toMatchObject({ preload: '/dist-electron/preload.cjs' });
  });

  it('restores the saved position and maximized state', () => {
    writeFileSync(
      stateFile,
      JSON.stringify({ bounds: { x: 40, y: 30, width: 1000, height: 700 }, isMaximized: true }),
    );
    const window = create();
    expect(window.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 });
    expect(window.maximize).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
  });

  it('falls back to the primary display when the saved one is gone', () => {
    writeFileSync(
      stateFile,
      JSON.stringify({ bounds: { x: 2500, y: 30, width: 1000, height: 700 }, isMaximized: false }),
    );
    screen.displays = [
      {
        id: 1,
        bounds: { x: 0, y: 0, width: 1366, height: 768 },
        workArea: { x: 0, y: 0, width: 1366, height: 728 },
      },
    ];
    const window = create();
    expect(window.options).toMatchObject({ x: 43, y: 0, width: 1280, height: 728 });
  });

  it('remembers where the window was when it closes', () => {
    const window = create();
    window.normalBounds = { x: 5, y: 6, width: 900, height: 650 };
    window.close();
    const second = create();
    expect(second.options).toMatchObject({ x: 5, y: 6, width: 900, height: 650 });
  });

  it('follows the system theme for the first frame', () => {
    nativeTheme.shouldUseDarkColors = true;
    const window = create();
    expect(window.options.backgroundColor).toBe(
      mainWindowOptions(bounds, '', { dark: true }).backgroundColor,
    );
  });
});

describe('unsaved changes', () => {
  beforeEach(resetFakeElectron);

  const refuseUnload = (window: BrowserWindow) => {
    const event = { preventDefault: vi.fn() };
    window.webContents.emit('will-prevent-unload', event);
    return event;
  };

  it('asks before a window with unsaved typing is closed, and keeps it open by default', () => {
    const window = new BrowserWindow({});
    askBeforeDiscardingChanges(window as never);
    dialog.showMessageBoxSync.mockReturnValueOnce(0);
    expect(refuseUnload(window).preventDefault).not.toHaveBeenCalled();
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ buttons: ['Keep editing', 'Discard changes'], cancelId: 0 }),
    );
  });

  it('lets the window close when the user discards, asking in the system language', () => {
    app.locale = 'fr-CA';
    const window = new BrowserWindow({});
    askBeforeDiscardingChanges(window as never);
    dialog.showMessageBoxSync.mockReturnValueOnce(1);
    expect(refuseUnload(window).preventDefault).toHaveBeenCalled();
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ title: 'Modifications non enregistrées' }),
    );
  });
});
