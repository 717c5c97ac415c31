import { app, BrowserWindow, dialog } from 'electron';
import { AppError } from '../shared/errors';
import { fileURLToPath } from 'node:url';
import { createCore, type Core, type CoreOptions } from './core/core';
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
import { rendererLocationOf } from './security/trusted-sender';

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

/**
 * The data folder may be held by the CLI or `adstudio serve`; the owner is told who holds it
 * instead of a window that cannot save anything.
 */
function openCoreOrExplain(options: CoreOptions): Core {
  try {
    return createCore(options);
  } catch (error) {
    const shown = error instanceof AppError ? error.userMessage : String(error);
    dialog.showErrorBox('AdStudio', shown);
    app.exit(1);
    throw error;
  }
}

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
    const core = openCoreOrExplain({
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
    bindCoreToIpc(core, rendererLocationOf(devServerUrl ?? rendererOrigin));
    // The window is up: once it has settled, the cut-out model and render workers start in the background.
    openWindow().webContents.once('did-finish-load', () => core.warmStart.whenIdle());
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
