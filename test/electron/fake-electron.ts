import { EventEmitter } from 'node:events';
import type { MenuItemConstructorOptions } from 'electron';
import { vi } from 'vitest';

/**
 * A small stand-in for the parts of Electron the main process uses, for
 * `vi.mock('electron', () => import('./fake-electron'))`. The test imports this module too and
 * drives it: the mock and the test share one instance.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What Electron passes to will-navigate and friends: the details plus preventDefault. */
export function navigationEvent(url: string, isMainFrame = true) {
  return { url, isMainFrame, preventDefault: vi.fn() };
}

export class FakeWebContents extends EventEmitter {
  url = '';
  destroyed = false;
  readonly send = vi.fn();
  readonly setWindowOpenHandler = vi.fn();
  /** The page's PDF: a marker and the URL printed, so a test can tell what was printed. */
  readonly printToPDF = vi.fn((_options: unknown) =>
    Promise.resolve(Buffer.from(`%PDF-fake ${this.url}`)),
  );
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.url;
  }
  /** What the window-open handler answers for `url`. */
  openWindow(url: string): unknown {
    const handler = this.setWindowOpenHandler.mock.lastCall?.[0] as
      ((details: { url: string }) => unknown) | undefined;
    if (!handler) throw new Error('No window-open handler was set');
    return handler({ url });
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((w) => !w.destroyed);
  }

  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  maximized = false;
  normalBounds: Rect;
  readonly show = vi.fn();
  readonly showInactive = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => void (this.minimized = false));
  readonly maximize = vi.fn(() => void (this.maximized = true));
  readonly loadURL = vi.fn((url: string) => {
    this.webContents.url = url;
    return Promise.resolve();
  });
  readonly loadFile = vi.fn((file: string) => {
    this.webContents.url = `file://${file}`;
    return Promise.resolve();
  });

  constructor(readonly options: Record<string, unknown>) {
    super();
    const { x, y, width, height } = options;
    this.normalBounds = {
      x: Number(x),
      y: Number(y),
      width: Number(width),
      height: Number(height),
    };
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): Rect {
    return this.normalBounds;
  }
  getBounds(): Rect {
    return this.normalBounds;
  }
  /** Closes at once, without the close event (what the main process does to its own windows). */
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  /** What the user closing the window does. */
  close(): void {
    this.emit('close', {});
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  userData = '/nonexistent';
  locale = 'en-CA';
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly whenReady = vi.fn(() => Promise.resolve());
  readonly getVersion = vi.fn(() => '1.2.3');
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`Unexpected path ${name}`);
    return this.userData;
  }
  getLocale(): string {
    return this.locale;
  }
}

export const app = new FakeApp();

interface FakeDisplay {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

const laptop: FakeDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};

export const screen = {
  displays: [laptop] as FakeDisplay[],
  getAllDisplays() {
    return this.displays;
  },
  getPrimaryDisplay() {
    return this.displays[0];
  },
};

export const nativeTheme = { shouldUseDarkColors: false };

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  },
};

type Handler = (...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle: vi.fn((channel: string, handler: Handler) => {
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel);
  }),
};

export const protocol = {
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
    protocol.handlers.set(scheme, handler);
  }),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const dialog = {
  showErrorBox: vi.fn(),
  showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })),
  showMessageBoxSync: vi.fn(() => 0),
};

export const shell = { openExternal: vi.fn(() => Promise.resolve()) };

let nextBlocker = 0;
export const powerSaveBlocker = {
  started: new Set<number>(),
  start: vi.fn((_type: string) => {
    const id = ++nextBlocker;
    powerSaveBlocker.started.add(id);
    return id;
  }),
  stop: vi.fn((id: number) => void powerSaveBlocker.started.delete(id)),
  isStarted: (id: number) => powerSaveBlocker.started.has(id),
};

export const powerMonitor = new EventEmitter();

/**
 * A keychain of this fake computer: what it wraps only it unwraps (a secret XOR-ed with this
 * machine's pad, behind a marker), and `machine` changes to play another computer or a reset one.
 */
const KEYCHAIN_MARK = 'fake-keychain:';
const pad = (bytes: Buffer, machine: number) =>
  Buffer.from(bytes.map((b, i) => b ^ ((machine * 31 + i * 7) & 0xff)));
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as string,
  machine: 1,
  isEncryptionAvailable: vi.fn(() => safeStorage.available),
  getSelectedStorageBackend: vi.fn(() => safeStorage.backend),
  encryptString: vi.fn((text: string) =>
    Buffer.concat([
      Buffer.from(`${KEYCHAIN_MARK}${safeStorage.machine}:`),
      pad(Buffer.from(text, 'utf8'), safeStorage.machine),
    ]),
  ),
  decryptString: vi.fn((wrapped: Buffer) => {
    const prefix = Buffer.from(`${KEYCHAIN_MARK}${safeStorage.machine}:`);
    if (!wrapped.subarray(0, prefix.length).equals(prefix)) {
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      );
    }
    return pad(wrapped.subarray(prefix.length), safeStorage.machine).toString('utf8');
  }),
};

export const systemPreferences = {
  touchId: false,
  canPromptTouchID: vi.fn(() => systemPreferences.touchId),
  promptTouchID: vi.fn((_reason: string) => Promise.resolve()),
};

/** A fresh Electron for each test. */
export function resetFakeElectron(): void {
  vi.clearAllMocks();
  BrowserWindow.instances = [];
  app.removeAllListeners();
  app.isPackaged = false;
  app.userData = '/nonexistent';
  app.locale = 'en-CA';
  app.requestSingleInstanceLock.mockImplementation(() => true);
  screen.displays = [laptop];
  powerSaveBlocker.started.clear();
  powerMonitor.removeAllListeners();
  nativeTheme.shouldUseDarkColors = false;
  ipcMain.handlers.clear();
  protocol.handlers.clear();
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  safeStorage.machine = 1;
  systemPreferences.touchId = false;
  systemPreferences.promptTouchID.mockImplementation(() => Promise.resolve());
}
