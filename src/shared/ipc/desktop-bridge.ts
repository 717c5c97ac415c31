import type { Transport } from './client';

/** What Electron's preload puts on window.adstudio: the transport, and dropped files' paths. */
export interface DesktopBridge extends Transport {
  /** The absolute path of a file dropped on the window; '' for one that has none. */
  pathForFile(file: File): string;
}
