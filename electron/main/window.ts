import {
  app,
  BrowserWindow,
  dialog,
  nativeTheme,
  screen,
  type BrowserWindowConstructorOptions,
} from 'electron';
import { languageForLocale, mainLabels } from './menu-labels';
import {
  loadWindowState,
  MIN_SIZE,
  restoreBounds,
  trackWindowState,
  type Rect,
} from './window-state';

/**
 * The page runs with no Node and no Electron: isolated from the preload, in Chromium's
 * sandbox, no webviews. All it gets is what the preload exposes.
 */
export function mainWindowOptions(
  bounds: Rect,
  preloadPath: string,
  options: { dark?: boolean; platform?: NodeJS.Platform } = {},
): BrowserWindowConstructorOptions {
  const platform = options.platform ?? process.platform;
  return {
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Roundtable',
    // Shown once the first paint is ready, so a projector never shows a blank white frame.
    show: false,
    backgroundColor: options.dark ? '#1e1e1e' : '#ffffff',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      // Windows and macOS check spelling with the system's own dictionaries. On Linux Chromium
      // would download Hunspell dictionaries from the internet: an offline, privacy-first app
      // makes no such call, so spell checking is off there.
      spellcheck: platform !== 'linux',
      preload: preloadPath,
    },
  };
}

export interface MainWindowSettings {
  preloadPath: string;
  /** The app:// start page, or the dev server. */
  startUrl: string;
  /** Where the window's size and position are remembered. */
  stateFile: string;
}

export function createMainWindow(settings: MainWindowSettings): BrowserWindow {
  const saved = loadWindowState(settings.stateFile);
  const bounds = restoreBounds(
    saved?.bounds,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow(
    mainWindowOptions(bounds, settings.preloadPath, { dark: nativeTheme.shouldUseDarkColors }),
  );
  window.once('ready-to-show', () => {
    // maximize() also shows the window, so it waits for the first paint too.
    if (saved?.isMaximized) window.maximize();
    window.show();
  });
  trackWindowState(window, settings.stateFile);
  askBeforeDiscardingChanges(window);
  window.loadURL(settings.startUrl).catch((error: unknown) => {
    console.error('[roundtable] Could not load the app', error);
  });
  return window;
}

/**
 * The page refuses to unload while a form has unsaved changes (beforeunload). A browser asks
 * the user then; Electron asks nobody and silently keeps the window open, so the question is
 * asked here. The default answer keeps the typing.
 */
export function askBeforeDiscardingChanges(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const labels = mainLabels[languageForLocale(app.getLocale())];
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: labels.unsavedTitle,
      message: labels.unsavedMessage,
      buttons: [labels.keepEditing, labels.discardChanges],
      defaultId: 0,
      cancelId: 0,
    });
    // Preventing this event's default lets the unload go ahead.
    if (choice === 1) event.preventDefault();
  });
}
