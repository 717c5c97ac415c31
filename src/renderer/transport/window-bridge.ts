import type { DesktopBridge } from '../../shared/ipc/desktop-bridge';

declare global {
  interface Window {
    /** Present only under Electron, put there by the preload. */
    adstudio?: DesktopBridge;
  }
}
