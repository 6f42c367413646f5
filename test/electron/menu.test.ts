import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildMenuTemplate,
  installApplicationMenu,
  isSettingsChange,
} from '../../electron/main/menu';
import { mainLabels } from '../../electron/main/menu-labels';
import { storagePaths } from '../../electron/core/storage/config';
import { fakeKeychain, startVaultCore } from '../core/vault/vault-helpers';
import { makeTestCore } from '../helpers/core';
import { useTempDirs } from '../helpers/temp-dirs';
import { dialog, Menu, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);

const tempDir = useTempDirs('roundtable-menu-');

type Item = MenuItemConstructorOptions;

function submenu(item: Item | undefined): Item[] {
  if (!item || !Array.isArray(item.submenu)) throw new Error('Not a submenu');
  return item.submenu;
}

function roles(items: Item[]): string[] {
  return items.flatMap((item) => (item.role ? [item.role] : []));
}

function template(options: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  return buildMenuTemplate({
    platform: 'linux',
    isDev: false,
    labels: mainLabels.en,
    onAbout: () => undefined,
    onPresenter: () => undefined,
    onLock: () => undefined,
    ...options,
  });
}

function menu(items: Item[], label: string): Item[] {
  return submenu(items.find((item) => item.label === label));
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    expect(template().map((item) => item.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
    expect(roles(menu(template(), '&File'))).toEqual(['close', 'quit']);
  });

  it('uses the standard editing roles, so shortcuts work in every text field', () => {
    expect(roles(menu(template(), '&Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('offers reload and developer tools only in development', () => {
    const production = roles(menu(template(), '&View'));
    expect(production).not.toContain('reload');
    expect(production).not.toContain('forceReload');
    expect(production).not.toContain('toggleDevTools');
    expect(production).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );

    const development = roles(menu(template({ isDev: true }), '&View'));
    expect(development).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('puts the app menu first on macOS, with Quit there and no mnemonics', () => {
    const mac = template({ platform: 'darwin' });
    expect(mac.map((item) => item.label)).toEqual([
      'Roundtable',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(roles(submenu(mac[0]))).toContain('quit');
    expect(roles(menu(mac, 'File'))).toEqual(['close']);
  });

  it('opens About from the Help menu', () => {
    const onAbout = vi.fn();
    const about = menu(template({ onAbout }), '&Help').find(
      (item) => item.label === 'About Roundtable',
    );
    expect(about?.click).toBe(onAbout);
  });

  it('opens the presenter view from the View menu with Ctrl/Cmd+Shift+P', () => {
    const onPresenter = vi.fn();
    const item = menu(template({ onPresenter }), '&View').find(
      (entry) => entry.label === '&Presenter View',
    );
    expect(item).toMatchObject({ accelerator: 'CommandOrControl+Shift+P', click: onPresenter });
    const mac = menu(template({ platform: 'darwin' }), 'View');
    expect(mac.map((entry) => entry.label)).toContain('Presenter View');
  });

  it('locks Roundtable from the File menu, on every platform, leaving Ctrl/Cmd+Shift+L to the page', () => {
    const onLock = vi.fn();
    const item = menu(template({ onLock }), '&File').find(
      (entry) => entry.label === '&Lock Roundtable',
    );
    expect(item).toMatchObject({ click: onLock });
    // The page saves the notes being typed before it locks; a menu accelerator would pre-empt it.
    expect(item).not.toHaveProperty('accelerator');
    const mac = menu(template({ platform: 'darwin', onLock }), 'File');
    expect(mac[0]).toMatchObject({ label: 'Lock Roundtable', click: onLock });
    const fr = menu(template({ labels: mainLabels.fr }), '&Fichier');
    expect(fr[0]?.label).toBe('&Verrouiller Roundtable');
  });

  it('speaks French', () => {
    const fr = template({ labels: mainLabels.fr });
    expect(fr.map((item) => item.label)).toEqual([
      '&Fichier',
      '&Édition',
      '&Affichage',
      'Fe&nêtre',
      'Ai&de',
    ]);
    expect(menu(fr, '&Édition').map((item) => item.label)).toContain('Tout sélectionner');
    expect(menu(fr, 'Ai&de')[0]?.label).toBe('À propos de Roundtable');
  });

  it('labels every item it shows in both languages', () => {
    for (const labels of [mainLabels.en, mainLabels.fr]) {
      for (const platform of ['darwin', 'win32', 'linux'] as const) {
        for (const top of template({ labels, platform, isDev: true })) {
          for (const item of submenu(top)) {
            if (item.type !== 'separator') expect(item.label).toBeTruthy();
          }
        }
      }
    }
  });
});

describe('isSettingsChange', () => {
  it('is true only for data.changed events that include settings', () => {
    expect(isSettingsChange({ event: 'data.changed', payload: { domains: ['settings'] } })).toBe(
      true,
    );
    expect(isSettingsChange({ event: 'data.changed', payload: { domains: ['org'] } })).toBe(false);
    expect(isSettingsChange({ event: 'data.changed', payload: 'settings' })).toBe(false);
    expect(isSettingsChange({ event: 'other', payload: { domains: ['settings'] } })).toBe(false);
  });
});

describe('installApplicationMenu', () => {
  function installedLabels(): string[] {
    const items = Menu.buildFromTemplate.mock.lastCall?.[0];
    expect(Menu.setApplicationMenu).toHaveBeenLastCalledWith({ template: items });
    return (items ?? []).map((item) => String(item.label));
  }

  it('follows the language setting, rebuilding when it changes', async () => {
    const core = makeTestCore();
    installApplicationMenu(core, { isDev: false, platform: 'linux', onPresenter: () => undefined });
    await vi.waitFor(() => expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1));
    expect(installedLabels()).toContain('&File');

    await core.ok('settings.update', { language: 'fr' });
    await vi.waitFor(() => expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2));
    expect(installedLabels()).toContain('&Fichier');

    // Another setting changing leaves the menu alone.
    await core.ok('settings.update', { theme: 'dark' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    core.close();
  });

  it('stops listening once disposed', async () => {
    const core = makeTestCore();
    const dispose = installApplicationMenu(core, {
      isDev: false,
      platform: 'linux',
      onPresenter: () => undefined,
    });
    await vi.waitFor(() => expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1));
    dispose();
    await core.ok('settings.update', { language: 'fr' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    core.close();
  });

  it('shows the version in the About dialog, in the menu’s language', async () => {
    const core = makeTestCore();
    await core.ok('settings.update', { language: 'fr' });
    installApplicationMenu(core, { isDev: false, platform: 'linux', onPresenter: () => undefined });
    await vi.waitFor(() => expect(Menu.setApplicationMenu).toHaveBeenCalled());
    const about = menu(Menu.buildFromTemplate.mock.lastCall?.[0] ?? [], 'Ai&de')[0]?.click;
    // Electron passes the item, window and keyboard event, none of which About uses.
    if (about) Reflect.apply(about, undefined, []);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'À propos de Roundtable',
        message: expect.stringContaining('1.2.3'),
      }),
    );
    core.close();
  });

  it('locks the core from the Lock item when the app lock is set, and only then', async () => {
    const v = startVaultCore(storagePaths(tempDir()), { keyProtector: fakeKeychain() });
    installApplicationMenu(v.core, {
      isDev: false,
      platform: 'linux',
      onPresenter: () => undefined,
    });
    await vi.waitFor(() => expect(Menu.setApplicationMenu).toHaveBeenCalled());
    const lock = menu(Menu.buildFromTemplate.mock.lastCall?.[0] ?? [], '&File')[0]?.click;
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const click = () => lock && Reflect.apply(lock, undefined, []);
    const call = vi.spyOn(v.core, 'call');

    // No lock passphrase yet: the core answers `unavailable`, which is not an error here.
    click();
    await vi.waitFor(() => expect(call).toHaveBeenCalledWith('vault.lock', {}));
    expect((await v.ok('vault.status', {})).state).toBe('open');

    await v.ok('vault.setLockPassphrase', { passphrase: 'lock screen passphrase' });
    click();
    await vi.waitFor(async () => expect((await v.ok('vault.status', {})).state).toBe('locked'));
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
    v.core.close();
  });
});
