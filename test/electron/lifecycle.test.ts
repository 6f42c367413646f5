import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runApp } from '../../electron/main/lifecycle';
import { CALL_CHANNEL } from '../../electron/main/ipc-channels';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  navigationEvent,
  powerMonitor,
  protocol,
  resetFakeElectron,
  safeStorage,
  session,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const bundleDir = path.join('/opt', 'Roundtable', 'resources', 'app.asar', 'dist-electron');
let userData: string;

beforeEach(() => {
  resetFakeElectron();
  userData = mkdtempSync(path.join(tmpdir(), 'roundtable-app-'));
  app.userData = userData;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  // Closes the database, as quitting does, so the folder can be removed.
  app.emit('will-quit');
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(userData, { recursive: true, force: true });
});

async function started(): Promise<BrowserWindow> {
  runApp({ bundleDir });
  await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
  const [window] = BrowserWindow.instances;
  if (!window) throw new Error('No window');
  return window;
}

function callFrom(url: string | null, method: string, input: unknown = {}) {
  const handler = ipcMain.handlers.get(CALL_CHANNEL);
  if (!handler) throw new Error('IPC is not registered');
  return handler({ senderFrame: url === null ? null : { url } }, { method, input });
}

describe('a normal start', () => {
  it('registers the app: scheme before ready and serves the renderer next to the bundle', async () => {
    runApp({ bundleDir });
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(app.whenReady).toHaveBeenCalled();
    await vi.waitFor(() => expect(protocol.handlers.has('app')).toBe(true));
  });

  it('opens the main window on the app page with the bundled preload', async () => {
    const window = await started();
    expect(window.loadURL).toHaveBeenCalledWith('app://roundtable/index.html');
    expect(window.options.webPreferences).toMatchObject({
      preload: path.join(bundleDir, 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
    });
  });

  it('hardens the session and every web contents', async () => {
    const window = await started();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    const away = navigationEvent('https://example.org/');
    window.webContents.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('answers the page over IPC from a real core on the user-data database', async () => {
    await started();
    expect(await callFrom('app://roundtable/index.html', 'app.info')).toMatchObject({
      ok: true,
      value: { version: '1.2.3' },
    });
    expect(await callFrom('https://evil.example/', 'app.info')).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });

  it('installs the application menu', async () => {
    await started();
    await vi.waitFor(() => expect(Menu.setApplicationMenu).toHaveBeenCalled());
  });

  it('brings the existing window forward when Roundtable is opened again', async () => {
    const window = await started();
    window.minimized = true;
    app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('quits when the last window closes (outside macOS), closing the core', async () => {
    const window = await started();
    window.close();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
    app.emit('will-quit');
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(CALL_CHANNEL);
    expect(ipcMain.handlers.has(CALL_CHANNEL)).toBe(false);
  });

  it('reopens a window on activate when none is left', async () => {
    const window = await started();
    window.close();
    app.emit('activate');
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(BrowserWindow.instances).toHaveLength(2);
  });
});

it('a second instance hands over to the first and quits', () => {
  app.requestSingleInstanceLock.mockImplementation(() => false);
  runApp({ bundleDir });
  expect(app.quit).toHaveBeenCalled();
  expect(app.whenReady).not.toHaveBeenCalled();
});

it('starts in recovery mode on a damaged database file, so the window can offer a restore', async () => {
  writeFileSync(path.join(userData, 'roundtable.db'), 'this is not a database'.repeat(100));
  await started();
  expect(dialog.showErrorBox).not.toHaveBeenCalled();
  expect(await callFrom('app://roundtable/index.html', 'data.health')).toMatchObject({
    ok: true,
    value: { status: 'damaged' },
  });
});

describe('encryption at rest', () => {
  it('keeps the database encrypted, its key wrapped by the system keychain', async () => {
    await started();
    expect(await callFrom('app://roundtable/index.html', 'vault.status')).toMatchObject({
      ok: true,
      value: { state: 'open', encrypted: true, protection: 'os' },
    });
    await callFrom('app://roundtable/index.html', 'org.create', { name: 'Maison Bon Accueil' });
    app.emit('will-quit');
    expect(safeStorage.encryptString).toHaveBeenCalled();
    expect(readFileSync(path.join(userData, 'roundtable.db')).includes('Maison Bon Accueil')).toBe(
      false,
    );
    const raw = new Database(path.join(userData, 'roundtable.db'));
    expect(() => raw.prepare('SELECT 1 FROM sqlite_schema').get()).toThrow(/not a database/);
    raw.close();
  });

  it('locks the app when the OS locks its screen or sleeps, once a lock passphrase is set', async () => {
    await started();
    const page = 'app://roundtable/index.html';
    powerMonitor.emit('lock-screen');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await callFrom(page, 'vault.status')).toMatchObject({ value: { state: 'open' } });

    await callFrom(page, 'vault.setLockPassphrase', { passphrase: 'lock screen passphrase' });
    powerMonitor.emit('suspend');
    await vi.waitFor(async () =>
      expect(await callFrom(page, 'vault.status')).toMatchObject({ value: { state: 'locked' } }),
    );
    expect(await callFrom(page, 'org.list')).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect(console.error).not.toHaveBeenCalled();
  });

  it('asks for a passphrase when Linux has no keyring (basic_text would only obfuscate)', async () => {
    safeStorage.backend = 'basic_text';
    vi.spyOn(process, 'platform', 'get').mockReturnValue('linux');
    await started();
    expect(await callFrom('app://roundtable/index.html', 'vault.status')).toMatchObject({
      ok: true,
      value: { state: 'setup', osStoreAvailable: false },
    });
    expect(await callFrom('app://roundtable/index.html', 'org.list')).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
  });

  it('shows why and quits when the keychain cannot unwrap the key (another computer)', async () => {
    await started();
    app.emit('will-quit');
    resetFakeElectron();
    app.userData = userData;
    safeStorage.machine = 2;
    runApp({ bundleDir });
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(dialog.showErrorBox.mock.lastCall?.[1]).toContain('system keychain could not unlock');
    expect(BrowserWindow.instances).toHaveLength(0);
  });
});

describe('a database that cannot be opened', () => {
  it('shows why in a native dialog and quits without a window', async () => {
    const file = path.join(userData, 'roundtable.db');
    const newer = new Database(file);
    newer.pragma('user_version = 999');
    newer.close();

    runApp({ bundleDir });
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Roundtable could not start',
      expect.stringContaining('newer version of Roundtable'),
    );
    expect(dialog.showErrorBox.mock.lastCall?.[1]).toContain(file);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handle).not.toHaveBeenCalled();
  });

  it('says so in French on a French system', async () => {
    app.locale = 'fr-CA';
    // A user-data path below a regular file cannot hold a database.
    writeFileSync(path.join(userData, 'blocker'), '');
    app.userData = path.join(userData, 'blocker', 'Roundtable');
    runApp({ bundleDir });
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Roundtable n’a pas pu démarrer',
      expect.stringContaining('fichier de données'),
    );
  });
});

describe('development', () => {
  it('loads the dev server and trusts its origin instead of app://', async () => {
    vi.stubEnv('ROUNDTABLE_DEV_URL', 'http://localhost:5173/');
    const window = await started();
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(await callFrom('http://localhost:5173/', 'app.info')).toMatchObject({ ok: true });
    expect(await callFrom('app://roundtable/index.html', 'app.info')).toMatchObject({ ok: false });
  });

  it('is ignored by a packaged app', async () => {
    vi.stubEnv('ROUNDTABLE_DEV_URL', 'http://localhost:5173/');
    app.isPackaged = true;
    const window = await started();
    expect(window.loadURL).toHaveBeenCalledWith('app://roundtable/index.html');
    expect(await callFrom('http://localhost:5173/', 'app.info')).toMatchObject({ ok: false });
  });
});
