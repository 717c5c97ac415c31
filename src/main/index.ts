import { app, BrowserWindow } from 'electron';
import { fileURLToPath } from 'node:url';
import { createCore } from './core/core';
import { catalogFromEnv } from './core/models/catalog';
import { resolveDataDir } from './core/paths/data-dir';
import { hardenWebContents } from './electron/hardening';
import { bindCoreToIpc } from './electron/ipc-binding';
import { createMainWindow } from './electron/main-window';
import { electronSqliteBinding } from './electron/native-binding';
import { serveMedia } from './electron/media-protocol';
import { registerSchemes, rendererOrigin, serveRenderer } from './electron/renderer-protocol';
import { createElectronSettingsStore } from './electron/settings-store';
import { utilityLauncher } from './electron/utility-launcher';

// The Electron shell: window, protocol and IPC binding over the plain-Node core. Nothing else.

const dataDir = resolveDataDir(process.argv, process.env, () => app.getPath('userData'));
// Chromium's own profile goes with the data, so one folder is the whole installation.
app.setPath('userData', dataDir);
registerSchemes();

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const iconPath = fileURLToPath(new URL('../../resources/icon.png', import.meta.url));

const openWindow = (): BrowserWindow =>
  createMainWindow({ preloadPath, iconPath, url: devServerUrl ?? `${rendererOrigin}/index.html` });

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  void app.whenReady().then(() => {
    const core = createCore({
      dataDir,
      host: 'electron',
      settingsStore: createElectronSettingsStore(dataDir),
      sqliteNativeBinding: electronSqliteBinding(),
      inferenceLauncher: utilityLauncher,
      catalog: catalogFromEnv(process.env),
    });
    hardenWebContents();
    serveRenderer(rendererDir);
    serveMedia(core);
    bindCoreToIpc(core, devServerUrl ? new URL(devServerUrl).origin : rendererOrigin);
    openWindow();
    // Jobs end as cancelled and the inference host stops before the process does.
    app.once('will-quit', () => void core.close());
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
