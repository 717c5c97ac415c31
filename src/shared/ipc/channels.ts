/** Electron IPC channel names; the only two the preload ever touches. */
export const invokeChannel = 'adstudio:invoke';
export const eventChannel = 'adstudio:event';
