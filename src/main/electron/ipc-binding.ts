import { BrowserWindow, ipcMain, type WebFrameMain } from 'electron';
import { AppError } from '../../shared/errors';
import { eventChannel, invokeChannel } from '../../shared/ipc/channels';
import type { Core } from '../core/core';

/** Only the top frame of one of our windows, showing our own renderer, may call the core. */
function isTrustedSender(frame: WebFrameMain | null, allowedOrigin: string): boolean {
  if (!frame || frame.parent !== null) return false;
  try {
    return new URL(frame.url).origin === allowedOrigin;
  } catch {
    return false;
  }
}

/** Binds the core's validated entry to ipcMain and forwards core events to every window. */
export function bindCoreToIpc(core: Core, allowedOrigin: string): () => void {
  ipcMain.handle(invokeChannel, (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame, allowedOrigin)) {
      const error = new AppError('UNAUTHORIZED', `IPC from untrusted frame ${event.senderFrame?.url ?? '(gone)'}`);
      core.logger.log('warn', 'ipc', error.message);
      return { ok: false, error: error.toData() };
    }
    return core.call(method, input);
  });
  const unsubscribe = core.events.subscribe((coreEvent) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(eventChannel, coreEvent);
  });
  return () => {
    ipcMain.removeHandler(invokeChannel);
    unsubscribe();
  };
}
