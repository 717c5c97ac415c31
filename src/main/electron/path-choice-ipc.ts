import { BrowserWindow, dialog, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { choosePathChannel, grantDroppedChannel } from '../../shared/ipc/channels';
import { choosePathRequestSchema } from '../../shared/ipc/desktop-bridge';
import type { PathGrants } from '../security/path-grants';

export type SenderCheck = (event: IpcMainEvent | IpcMainInvokeEvent) => boolean;

/**
 * The two ways the owner hands a window a path: dropping a file on it (the preload reports the
 * path; it is granted only if it exists) and picking one in a native dialog. A window's grants
 * go with its web contents.
 */
export function bindPathChoices(grants: PathGrants, isTrusted: SenderCheck): () => void {
  const grantTo = (contents: WebContents, give: () => void): void => {
    const first = !grants.holds(contents.id);
    give();
    if (first && grants.holds(contents.id)) contents.once('destroyed', () => grants.clear(contents.id));
  };

  ipcMain.on(grantDroppedChannel, (event, path: unknown) => {
    if (isTrusted(event)) grantTo(event.sender, () => grants.grantDropped(event.sender.id, path));
  });

  ipcMain.handle(choosePathChannel, async (event, request: unknown): Promise<string | null> => {
    const parsed = choosePathRequestSchema.safeParse(request);
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!isTrusted(event) || !parsed.success || !window) return null;
    const { kind, title } = parsed.data;
    const choice = await dialog.showOpenDialog(window, { title, properties: kind === 'file' ? ['openFile'] : ['openDirectory', 'createDirectory'] });
    const [path] = choice.filePaths;
    if (choice.canceled || path === undefined || event.sender.isDestroyed()) return null;
    grantTo(event.sender, () => grants.grant(event.sender.id, { path, scope: kind === 'file' ? 'exact' : 'inside' }));
    return path;
  });

  return () => {
    ipcMain.removeAllListeners(grantDroppedChannel);
    ipcMain.removeHandler(choosePathChannel);
  };
}
