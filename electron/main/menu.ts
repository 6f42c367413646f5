import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { events, Settings, type Language } from '../../shared/contract';
import type { RpcEvent } from '../../shared/rpc';
import type { Core } from '../core/create-core';
import { lockApp } from './app-lock';
import { mainLabels, type MainLabels } from './menu-labels';

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools are for development only. */
  isDev: boolean;
  labels: MainLabels;
  onAbout: () => void;
  /** Opens the presenter view of the meeting on screen (or the one in progress). */
  onPresenter: () => void;
  /** Engages the app lock (nothing happens when none is set up). */
  onLock: () => void;
}

/** Standard roles, so shortcuts and behaviour match each platform; only the labels are ours. */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { platform, isDev, onAbout, onPresenter, onLock } = options;
  const isMac = platform === 'darwin';
  // macOS has no mnemonics: drop the & markers rather than risk showing them.
  const l = (label: string) => (isMac ? label.replace(/&/g, '') : label);
  const t = options.labels;
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Roundtable',
    submenu: [
      { label: t.about, click: onAbout },
      separator,
      { role: 'services', label: t.services },
      separator,
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.unhide },
      separator,
      { role: 'quit', label: t.quit },
    ],
  };

  // No accelerator: Ctrl/Cmd+Shift+L belongs to the page, which saves the notes being typed
  // before it locks; a menu accelerator would fire first and lock before that save.
  const lockItem: MenuItemConstructorOptions = { label: l(t.lock), click: onLock };

  const fileMenu: MenuItemConstructorOptions = {
    label: l(t.file),
    submenu: isMac
      ? [lockItem, separator, { role: 'close', label: t.close }]
      : [
          lockItem,
          separator,
          { role: 'close', label: t.close },
          separator,
          { role: 'quit', label: t.quit },
        ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: l(t.edit),
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      separator,
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const devItems: MenuItemConstructorOptions[] = isDev
    ? [
        { role: 'reload', label: t.reload },
        { role: 'forceReload', label: t.forceReload },
        { role: 'toggleDevTools', label: t.toggleDevTools },
        separator,
      ]
    : [];

  const viewMenu: MenuItemConstructorOptions = {
    label: l(t.view),
    submenu: [
      ...devItems,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      // The zoomIn role listens for Ctrl/Cmd+Plus, which needs Shift on most keyboards;
      // a chair zooming a projected screen presses Ctrl/Cmd+= instead.
      { role: 'zoomIn', label: t.zoomIn, accelerator: 'CommandOrControl+=', visible: false },
      { role: 'zoomOut', label: t.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.toggleFullScreen },
      separator,
      // A real window on the projector: the renderer cannot place one on another display.
      {
        label: l(t.presenterView),
        accelerator: 'CommandOrControl+Shift+P',
        click: onPresenter,
      },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: l(t.window),
    role: 'window',
    submenu: isMac
      ? [
          { role: 'minimize', label: t.minimize },
          { role: 'zoom', label: t.zoom },
          separator,
          { role: 'front', label: t.front },
        ]
      : [
          { role: 'minimize', label: t.minimize },
          { role: 'close', label: t.close },
        ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: l(t.help),
    role: 'help',
    submenu: [{ label: t.about, click: onAbout }],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

export function isSettingsChange(event: RpcEvent): boolean {
  if (event.event !== 'data.changed') return false;
  const payload = events['data.changed'].safeParse(event.payload);
  return payload.success && payload.data.domains.includes('settings');
}

function showAbout(labels: MainLabels): void {
  dialog
    .showMessageBox({
      type: 'info',
      title: labels.about,
      message: `Roundtable — ${labels.version(app.getVersion())}`,
      detail: labels.aboutDetail,
      buttons: [labels.ok],
    })
    .catch((error: unknown) => console.error('[roundtable] About dialog failed', error));
}

/**
 * Installs the application menu in the user's language and rebuilds it whenever the language
 * setting changes. Its Lock item locks through `core`. Returns a function that stops listening.
 */
export function installApplicationMenu(
  core: Pick<Core, 'call' | 'onEvent'>,
  options: { isDev: boolean; platform?: NodeJS.Platform; onPresenter: () => void },
): () => void {
  const platform = options.platform ?? process.platform;
  let shown: Language | undefined;
  let latest = 0;

  async function refresh(): Promise<void> {
    const request = ++latest;
    const result = await core.call('settings.get', {});
    const settings = result.ok ? Settings.safeParse(result.value) : undefined;
    const language = settings?.success ? settings.data.language : 'en';
    // A slower, older read must not undo a newer one.
    if (request !== latest || language === shown) return;
    shown = language;
    const labels = mainLabels[language];
    const template = buildMenuTemplate({
      platform,
      isDev: options.isDev,
      labels,
      onAbout: () => showAbout(labels),
      onPresenter: options.onPresenter,
      onLock: () => void lockApp(core),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  const failed = (error: unknown) => console.error('[roundtable] Could not build the menu', error);
  refresh().catch(failed);
  return core.onEvent((event) => {
    if (isSettingsChange(event)) refresh().catch(failed);
  });
}
