import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { choosePathChannel, eventChannel, grantDroppedChannel, invokeChannel } from '../shared/ipc/channels';
import type { DesktopBridge } from '../shared/ipc/desktop-bridge';
import type { Envelope, EventFrame } from '../shared/ipc/wire';

/**
 * The renderer's only door to the app: one call function and one event subscription, plus the
 * paths the owner hands the window by dropping a file or picking one in a dialog (a model to
 * import lives on disk, not in memory). Results arrive as envelopes because Error objects lose
 * their code crossing the bridge; the renderer's typed client rebuilds them.
 */
const bridge: DesktopBridge = {
  pathForFile(file: File): string {
    // A File the page made up has no path (''), so the renderer cannot forge a drop; main
    // hears of the path before any call that names it, on the same ordered channel.
    const path = webUtils.getPathForFile(file);
    if (path) ipcRenderer.send(grantDroppedChannel, path);
    return path;
  },
  choosePath: (request) => ipcRenderer.invoke(choosePathChannel, request),
  call: (method: string, input: unknown): Promise<Envelope> => ipcRenderer.invoke(invokeChannel, method, input),
  subscribe(listener) {
    const forward = (_event: IpcRendererEvent, frame: EventFrame): void => listener(frame);
    ipcRenderer.on(eventChannel, forward);
    return () => {
      ipcRenderer.removeListener(eventChannel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('adstudio', bridge);
