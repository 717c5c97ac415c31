import { BrowserWindow, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { AppError } from '../../shared/errors';
import { eventChannel, invokeChannel } from '../../shared/ipc/channels';
import type { Core } from '../core/core';
import { PathGrants } from '../security/path-grants';
import { isTrustedSender, type RendererLocation } from '../security/trusted-sender';
import { bindPathChoices } from './path-choice-ipc';

/**
 * Binds the core's validated entry to ipcMain and forwards core events to every window. Only
 * the top frame of a window showing our renderer may call, and a call that names a path must
 * name one the window's owner dropped or picked.
 */
export function bindCoreToIpc(core: Core, renderer: RendererLocation): () => void {
  const grants = new PathGrants();
  const isTrusted = (event: IpcMainEvent | IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    if (isTrustedSender(frame && { url: frame.url, isTopFrame: frame.parent === null }, renderer)) return true;
    core.logger.log('warn', 'ipc', 'IPC from an untrusted frame', { url: frame?.url ?? '(gone)' });
    return false;
  };

  ipcMain.handle(invokeChannel, (event, method: unknown, input: unknown) => {
    const refusal = isTrusted(event) ? grants.check(event.sender.id, method, input) : new AppError('UNAUTHORIZED', 'IPC from an untrusted frame');
    if (!refusal) return core.call(method, input);
    core.logger.log('warn', 'ipc', refusal.message);
    return { ok: false, error: refusal.toData() };
  });
  const unbindPathChoices = bindPathChoices(grants, isTrusted);
  const unsubscribe = core.events.subscribe((coreEvent) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(eventChannel, coreEvent);
  });
  return () => {
    ipcMain.removeHandler(invokeChannel);
    unbindPathChoices();
    unsubscribe();
  };
}
