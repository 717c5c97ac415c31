/** Electron IPC channel names; the only ones the preload ever touches. */
export const invokeChannel = 'adstudio:invoke';
export const eventChannel = 'adstudio:event';
/** The path of a file dropped on the window, which the window may then use. */
export const grantDroppedChannel = 'adstudio:grant-dropped';
/** A native open dialog for the asking window; answers the chosen path, or null. */
export const choosePathChannel = 'adstudio:choose-path';
