/**
 * The real on-disk path of a file that electron-builder's asarUnpack moved out of the archive.
 * Code in a packaged app resolves packages to …/app.asar/node_modules/…; that path exists only
 * for Electron's patched fs, and only where the process has it. The unpacked copy is a plain
 * file that any process and any native library can read. Paths outside an archive are
 * returned as they are.
 */
export const asarUnpackedPath = (path: string): string => path.replace(/([\\/])app\.asar(?=[\\/]|$)/, '$1app.asar.unpacked');
