import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';
import type { PrintToPdf } from '../core/ports';

/**
 * Chromium refuses URLs over 2 MiB. Minutes that large (very long notes) are written to a private
 * temporary file instead, loaded from there, and removed.
 */
const MAX_DATA_URL = 2 * 1024 * 1024 - 1024;

export const PRINT_TIMEOUT_MS = 30_000;

/** What Electron's printToPDF is asked for: the page's own @page margins and backgrounds. */
export const PDF_OPTIONS = {
  printBackground: true,
  preferCSSPageSize: true,
  // Headings become the PDF's bookmarks, and the PDF carries its structure for screen readers.
  generateDocumentOutline: true,
  generateTaggedPDF: true,
} as const;

function timeout(ms: number): { promise: Promise<never>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Printing the minutes to PDF took longer than ${ms / 1000} s.`)),
      ms,
    );
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * The desktop host's PDF printer: a hidden window that only displays the page (sandboxed,
 * isolated, no preload, no JavaScript; the page's own CSP forbids loading anything), prints it
 * with Chromium's print engine and is always destroyed afterwards. The window goes through the
 * same hardening as every other (`web-contents-created` in lifecycle.ts): it may not navigate or
 * open windows. Loading it with `loadURL`/`loadFile` is the main process's own navigation, which
 * that hardening does not stop.
 */
export function createPdfPrinter(options: { timeoutMs?: number } = {}): PrintToPdf {
  const timeoutMs = options.timeoutMs ?? PRINT_TIMEOUT_MS;
  return async (html) => {
    const url = `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
    const folder =
      url.length > MAX_DATA_URL ? await mkdtemp(path.join(tmpdir(), 'roundtable-print-')) : null;
    const file = folder ? path.join(folder, 'minutes.html') : null;
    if (file) await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });

    const window = new BrowserWindow({
      show: false,
      width: 816,
      height: 1056,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
        webgl: false,
        spellcheck: false,
        devTools: false,
      },
    });
    const limit = timeout(timeoutMs);
    try {
      const print = async () => {
        await (file ? window.loadFile(file) : window.loadURL(url));
        return window.webContents.printToPDF(PDF_OPTIONS);
      };
      const printing = print();
      // After a timeout the window is destroyed under it: its failure then is expected, not unhandled.
      printing.catch(() => undefined);
      const pdf = await Promise.race([printing, limit.promise]);
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      limit.cancel();
      if (!window.isDestroyed()) window.destroy();
      // A file still held open (Windows, after a timeout) is left to the system's temp cleanup.
      if (folder) await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    }
  };
}
