import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { eventChannel, invokeChannel } from '../shared/ipc/channels';
import type { DesktopBridge } from '../shared/ipc/desktop-bridge';
import type { Envelope, EventFrame } from '../shared/ipc/wire';

/**
 * The renderer's only door to the app: one call function and one event subscription, plus the
 * path of a file dropped on the window (a model to import lives on disk, not in memory).
 * Results arrive as envelopes because Error objects lose their code crossing the bridge;
 * the renderer's typed client rebuilds them.
 */
const bridge: DesktopBridge = {
  pathForFile: (file: File): string => webUtils.getPathForFile(file),
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
