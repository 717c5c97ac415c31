import type { Transport } from '../../shared/ipc/client';

declare global {
  interface Window {
    /** Present only under Electron, put there by the preload. */
    adstudio?: Transport;
  }
}
