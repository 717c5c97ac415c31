import { BrowserWindow } from 'electron';

export interface MainWindowOptions {
  preloadPath: string;
  iconPath: string;
  url: string;
}

export function createMainWindow({ preloadPath, iconPath, url }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'AdStudio',
    icon: iconPath,
    backgroundColor: '#f7f5f2',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
