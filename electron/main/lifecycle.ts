import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  powerMonitor,
  powerSaveBlocker,
  session,
} from 'electron';
import type { LocalCore } from '../core/create-core';
import { openCore, storagePaths } from '../core/open-core';
import { lockWhenAway } from './app-lock';
import { APP_ORIGIN, APP_START_URL, devServerUrl, isSameOrigin, originOf } from './app-origin';
import { registerIpc } from './ipc';
import { keepAwakeWhileTimersRun } from './keep-awake';
import { safeStorageProtector, touchIdAuthenticator } from './key-protector';
import { installApplicationMenu } from './menu';
import { languageForLocale, mainLabels } from './menu-labels';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { createPresenter, isPresenterUrl, meetingIdInUrl } from './presenter';
import { createPdfPrinter } from './print-to-pdf';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

export interface AppPaths {
  /** The folder of the bundled main file: dist-electron/ (inside the asar when packaged). */
  bundleDir: string;
}

function showStartupError(error: unknown, file: string): void {
  const labels = mainLabels[languageForLocale(app.getLocale())];
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(labels.startupFailed, `${labels.databaseFailed(file)}\n\n${reason}`);
}

/**
 * Starts Roundtable: one instance, one database, one core for every window. Everything that
 * must happen before `ready` (scheme privileges, the single-instance lock, hardening hooks)
 * happens synchronously here.
 */
export function runApp(paths: AppPaths): void {
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const devUrl = devServerUrl(process.env.ROUNDTABLE_DEV_URL, app.isPackaged);
  const trustedOrigin = (devUrl && originOf(devUrl)) ?? APP_ORIGIN;
  const isAppUrl = (url: string) => isSameOrigin(url, trustedOrigin);

  let core: LocalCore | undefined;
  let mainWindow: BrowserWindow | undefined;
  const cleanups: (() => void)[] = [];
  const preloadPath = path.join(paths.bundleDir, 'preload.cjs');
  let presenter: ReturnType<typeof createPresenter> | undefined;

  function openMainWindow(): BrowserWindow {
    const window = createMainWindow({
      preloadPath,
      startUrl: devUrl ?? APP_START_URL,
      stateFile: path.join(app.getPath('userData'), 'window-state.json'),
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
    });
    mainWindow = window;
    return window;
  }

  function start(): void {
    hardenSession(session.defaultSession);
    // The same layout as browser mode: roundtable.db and backups/ in one data folder.
    const storage = storagePaths(app.getPath('userData'));
    let started: LocalCore;
    try {
      // A damaged file still opens (in recovery mode, so the window can offer a restore);
      // what throws here, such as a database from a newer Roundtable, cannot be worked around.
      // The data key is kept by the OS keychain where there is a real one; else the window asks
      // for a passphrase (the core starts in setup or locked).
      started = openCore({
        storage,
        version: app.getVersion(),
        printToPdf: createPdfPrinter(),
        vault: { keyProtector: safeStorageProtector(), osAuthenticator: touchIdAuthenticator() },
      });
    } catch (error) {
      console.error('[roundtable] Could not open the database', error);
      showStartupError(error, storage.file);
      app.quit();
      return;
    }
    core = started;
    serveAppProtocol(path.join(paths.bundleDir, '..', 'dist', 'renderer'));
    const shownPresenter = createPresenter({
      preloadPath,
      core: started,
      mainWindow: () => mainWindow,
      labels: () => mainLabels[languageForLocale(app.getLocale())],
    });
    presenter = shownPresenter;
    const failed = (error: unknown) => console.error('[roundtable] Presenter view', error);
    cleanups.push(
      registerIpc(ipcMain, started, () => BrowserWindow.getAllWindows(), trustedOrigin),
      installApplicationMenu(started, {
        isDev: devUrl !== undefined,
        onPresenter: () => void shownPresenter.openForCurrent().catch(failed),
      }),
      keepAwakeWhileTimersRun(started, powerSaveBlocker),
      // The OS locking its screen or going to sleep means the person left: the data closes too.
      lockWhenAway(started, powerMonitor),
      () => shownPresenter.close(),
    );
    // After sleep, timers set before it may fire late: the core re-arms its countdown events.
    const resync = () => started.resync();
    powerMonitor.on('resume', resync);
    cleanups.push(() => powerMonitor.off('resume', resync));
    openMainWindow();
    started.autoBackupIfDue().catch((error: unknown) => {
      console.error('[roundtable] Automatic backup failed', error);
    });
  }

  // Every page, including ones Roundtable never meant to create, gets the same rules.
  // The one new window a page may ask for is the presenter view, opened the main process's way.
  const openAppWindow = (url: string) => {
    const meetingId = isPresenterUrl(url) ? meetingIdInUrl(url) : null;
    if (!meetingId || !presenter) return false;
    presenter.open(meetingId, url);
    return true;
  };
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, isAppUrl, openAppWindow),
  );

  // Opening Roundtable again brings the running one forward instead of a second database user.
  app.on('second-instance', () => {
    if (!core) return;
    const window = mainWindow ?? openMainWindow();
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });

  // macOS apps stay open with no window; the Dock icon brings one back.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  app.on('will-quit', () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    core?.close();
    core = undefined;
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[roundtable] Startup failed', error);
      dialog.showErrorBox(
        mainLabels[languageForLocale(app.getLocale())].startupFailed,
        error instanceof Error ? error.message : String(error),
      );
      app.quit();
    });
}
