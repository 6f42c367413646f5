import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runApp } from '../../electron/main/lifecycle';
import { CALL_CHANNEL } from '../../electron/main/ipc-channels';
import { createPdfPrinter, PDF_OPTIONS } from '../../electron/main/print-to-pdf';
import {
  app,
  BrowserWindow,
  ipcMain,
  navigationEvent,
  resetFakeElectron,
  type FakeWebContents,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const PAGE =
  '<!doctype html><html lang="fr"><body><p>Réunion #3 &amp; 100% à l’heure</p></body></html>';

function onlyWindow(): BrowserWindow {
  expect(BrowserWindow.instances).toHaveLength(1);
  return BrowserWindow.instances[0]!;
}

beforeEach(() => resetFakeElectron());

describe('createPdfPrinter', () => {
  it('prints the page in a hidden, sandboxed window with no script and no preload', async () => {
    const pdf = await createPdfPrinter()(PAGE);

    const window = onlyWindow();
    expect(window.options).toMatchObject({ show: false });
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
    });
    expect(prefs.preload).toBeUndefined();

    const url = window.loadURL.mock.lastCall?.[0] ?? '';
    expect(url.startsWith('data:text/html;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice('data:text/html;charset=utf-8,'.length))).toBe(PAGE);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    expect(PDF_OPTIONS).toMatchObject({ printBackground: true, preferCSSPageSize: true });

    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(pdf).toString()).toBe(`%PDF-fake ${url}`);
    expect(window.isDestroyed()).toBe(true);
    expect(window.show).not.toHaveBeenCalled();
  });

  it('destroys the window when printing fails, and says why', async () => {
    const printing = createPdfPrinter()(PAGE);
    const window = onlyWindow();
    window.webContents.printToPDF.mockRejectedValueOnce(new Error('Printing failed'));
    await expect(printing).rejects.toThrow('Printing failed');
    expect(window.isDestroyed()).toBe(true);
  });

  it('gives up after the timeout and destroys the window', async () => {
    const printing = createPdfPrinter({ timeoutMs: 20 })(PAGE);
    const window = onlyWindow();
    // The page loaded at once (the fake's load); the print never ends.
    window.webContents.printToPDF.mockReturnValueOnce(new Promise<never>(() => {}));
    await expect(printing).rejects.toThrow(/longer than 0.02 s/);
    expect(window.isDestroyed()).toBe(true);
  });

  it('loads very large minutes from a private temporary file, removed afterwards', async () => {
    const big = `<!doctype html><p>${'é'.repeat(400_000)}</p>`;
    let printed = '';
    let file = '';
    // The print window is created after the file is written: catch it as it is made.
    app.once('web-contents-created', (_event, contents: FakeWebContents) => {
      contents.printToPDF.mockImplementationOnce(() => {
        file = BrowserWindow.instances[0]?.loadFile.mock.lastCall?.[0] ?? '';
        printed = readFileSync(file, 'utf8');
        return Promise.resolve(Buffer.from('%PDF-big'));
      });
    });
    const printing = createPdfPrinter()(big);
    expect(Buffer.from(await printing).toString()).toBe('%PDF-big');
    const window = onlyWindow();
    expect(window.loadURL).not.toHaveBeenCalled();
    expect(printed).toBe(big);
    expect(path.basename(path.dirname(file))).toMatch(/^roundtable-print-/);
    expect(existsSync(path.dirname(file))).toBe(false);
    expect(window.isDestroyed()).toBe(true);
  });
});

describe('the desktop app', () => {
  let userData: string;
  beforeEach(() => {
    userData = mkdtempSync(path.join(tmpdir(), 'roundtable-print-app-'));
    app.userData = userData;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    app.emit('will-quit');
    vi.restoreAllMocks();
    rmSync(userData, { recursive: true, force: true });
  });

  async function call(method: string, input: unknown) {
    const handler = ipcMain.handlers.get(CALL_CHANNEL);
    if (!handler) throw new Error('IPC is not registered');
    const envelope = (await handler(
      { senderFrame: { url: 'app://roundtable/index.html' } },
      { method, input },
    )) as { ok: boolean; value?: unknown; error?: unknown };
    if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.value as Record<string, unknown>;
  }

  it('exports minutes as PDF through a hardened print window that is closed afterwards', async () => {
    runApp({
      bundleDir: path.join('/opt', 'Roundtable', 'resources', 'app.asar', 'dist-electron'),
    });
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
    expect(await call('app.info', {})).toMatchObject({ pdfExport: true });

    const meeting = await call('meeting.create', {
      title: 'Interagency <meeting>',
      kind: 'interagency',
      date: '2026-12-07',
      startTime: '09:30',
      endTime: '11:00',
      timeZone: 'America/Toronto',
      language: 'en',
    });
    const file = await call('minutes.export', {
      meetingId: meeting.id,
      language: 'en',
      format: 'pdf',
    });
    expect(file).toMatchObject({
      filename: '2026-12-07-interagency-meeting-minutes.pdf',
      mimeType: 'application/pdf',
      encoding: 'base64',
    });
    const printedUrl = Buffer.from(String(file.content), 'base64')
      .toString()
      .replace('%PDF-fake ', '');
    expect(decodeURIComponent(printedUrl)).toContain(
      '<h1 class="minutes-h1">Interagency &lt;meeting&gt;</h1>',
    );

    const printWindow = BrowserWindow.instances[1]!;
    expect(printWindow.isDestroyed()).toBe(true);
    // The same rules as every window: no navigation away, no new windows.
    expect(printWindow.webContents.setWindowOpenHandler).toHaveBeenCalled();
    const away = navigationEvent('https://example.org/');
    printWindow.webContents.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
    // The main window is still there.
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    // The start-up backup finishes before the app quits (it would fail on a closed database).
    await vi.waitFor(async () => expect(await call('backup.list', {})).not.toHaveLength(0));
  });
});
