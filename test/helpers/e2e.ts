import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Core } from '../../electron/core/create-core';
import { openCore, storagePaths } from '../../electron/core/open-core';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import type { Method, MethodInput, MethodOutput } from '../../shared/contract';
import { E2E_PASSPHRASE } from './host-process';

export { E2E_PASSPHRASE };

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const rendererDir = path.join(repoRoot, 'dist', 'renderer');
const resultsDir = path.join(repoRoot, 'test-results');

/** What works as root, offline, in a container with a small /dev/shm and no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A projector-ish laptop: the screen the chair usually shares. */
export const VIEWPORT = { width: 1366, height: 768 };

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface E2eApp {
  /** Tokenized URL to open. */
  url: string;
  /** Temp folder holding roundtable.db. */
  dataDir: string;
  /** A new browser context (required by @axe-core/playwright) with a page at the app, loaded. */
  newPage(): Promise<Page>;
  /** Closes the browser, the server and the core, and removes the temp folder. */
  close(): Promise<void>;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * The browser-mode host in this process, on a fresh database, with Chromium pointed at it: the
 * same path a person takes with `npm run web`, minus the terminal.
 */
export async function startE2eApp(
  options: {
    locale?: string;
    /** Runs on the empty data folder before the core opens it, e.g. to leave a damaged file there. */
    prepare?: (dataDir: string) => void | Promise<void>;
    /**
     * Give the tests' passphrase at start (the default), so the app opens unlocked; false starts
     * as a person's browser mode does: on the setup screen, or locked.
     */
    unlocked?: boolean;
  } = {},
): Promise<E2eApp> {
  const { locale = 'en-CA', prepare, unlocked = true } = options;
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(
      `The renderer is not built (${rendererDir} has no index.html). ` +
        'Run `npm run build:renderer` first (`npm test` does it for you).',
    );
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. Install it ` +
        '(`apt-get install chromium` on Debian) or set CHROMIUM_PATH to its binary.',
    );
  }

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-e2e-'));
  let core: Core | undefined;
  let host: WebHost | undefined;
  let browser: Browser | undefined;
  const contexts = new Set<BrowserContext>();

  async function shutdown(): Promise<void> {
    const failures: unknown[] = [];
    const attempt = async (step: () => unknown) => {
      try {
        await step();
      } catch (error) {
        failures.push(error);
      }
    };
    for (const context of contexts) await attempt(() => context.close());
    await attempt(() => browser?.close());
    await attempt(() => host?.close());
    await attempt(() => core?.close());
    await attempt(() => rm(dataDir, { recursive: true, force: true }));
    if (failures.length > 0) {
      throw new AggregateError(failures, 'The e2e app did not close cleanly.');
    }
  }

  try {
    await prepare?.(dataDir);
    // As the real hosts do, minus the start-up backup, so every test starts with no backups.
    core = openCore({
      storage: storagePaths(dataDir),
      version: packageVersion(),
      vault: unlocked ? { passphrase: E2E_PASSPHRASE } : {},
    });
    host = await startWebHost({ core, staticDir: rendererDir });
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    await shutdown().catch(() => {});
    throw error;
  }

  const url = host.url;
  const openBrowser = browser;
  let closed: Promise<void> | undefined;

  return {
    url,
    dataDir,
    async newPage() {
      // Each context has its own cookie jar, so each one goes through the token exchange.
      const context = await openBrowser.newContext({ viewport: VIEWPORT, locale });
      contexts.add(context);
      context.on('close', () => contexts.delete(context));
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    close() {
      closed ??= shutdown();
      return closed;
    },
  };
}

/** Fails with one readable line per violation, so the test output says what to fix and where. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 3)
      .map((node) => node.target.map(String).join(' '))
      .join(', ');
    const more = violation.nodes.length > 3 ? ` (+${violation.nodes.length - 3} more)` : '';
    return `  - ${violation.id} [${violation.impact ?? 'unknown'}]: ${violation.help} → ${targets}${more}`;
  });
  throw new Error(
    `axe found ${results.violations.length} accessibility violation(s) on "${screen}":\n${lines.join('\n')}`,
  );
}

/** A full-page screenshot a person can open after the run. */
export async function snap(page: Page, name: string): Promise<string> {
  if (!/^[\w.-]+(\/[\w.-]+)*$/.test(name) || name.split('/').includes('..')) {
    throw new Error(
      `Screenshot names are relative file names without ".." or an extension: "${name}".`,
    );
  }
  const file = path.join(resultsDir, `${name}.png`);
  await mkdir(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Calls the core through the page's own session (the launch cookie), as the app itself does: how
 * the e2e tests seed data and check what the screens saved.
 */
export async function callCore<M extends Method>(
  page: Page,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const envelope = await page.evaluate(
    async ([m, i]) => {
      const response = await fetch('/rpc', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method: m, input: i }),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    [method, input] as const,
  );
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value as MethodOutput<M>;
}

/** Closes the toasts so that screenshots and axe see the screen itself. */
export async function dismissToasts(page: Page): Promise<void> {
  const toasts = page.getByRole('region', { name: 'Notifications' }).getByRole('alertdialog');
  for (let left = await toasts.count(); left > 0; left = await toasts.count()) {
    await toasts
      .first()
      .getByRole('button', { name: /^(Close|Fermer)$/ })
      .click();
    await expect.poll(() => toasts.count()).toBeLessThan(left);
  }
}

/**
 * One app for the whole test file: started before the first test, closed after the last.
 * Returns a getter, because the app exists only once `beforeAll` has run.
 */
export function useE2eApp(options?: Parameters<typeof startE2eApp>[0]): () => E2eApp {
  let app: E2eApp | undefined;
  beforeAll(async () => {
    app = await startE2eApp(options);
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error('The e2e app did not start.');
    return app;
  };
}
