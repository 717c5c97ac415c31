import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageExtensions } from './image-format';
import { derivedPath, mediaPaths, originalPath, parseOriginalName } from './media-paths';

const paths = mediaPaths(join(sep, 'data'));
const sha = 'ab'.repeat(32);

describe('originalPath: the one way to name a media file', () => {
  it('places every allowed extension in its shard under the media folder', () => {
    for (const ext of imageExtensions) expect(originalPath(paths, sha, ext)).toBe(join(paths.root, 'ab', 'ab', `${sha}.${ext}`));
  });

  it('refuses traversal, absolute paths, unknown extensions and names that are not a hash', () => {
    const refused: [string, string][] = [
      [sha, 'x/../../../../autostart/evil.desktop'],
      [sha, `x/${'../'.repeat(40)}home/owner/.ssh/id_rsa`],
      [sha, '/etc/passwd'],
      [sha, 'png/../../../evil'],
      [sha, 'PNG'],
      [sha, 'exe'],
      [sha, ''],
      [sha, 'png.exe'],
      ['../../../../etc/passwd', 'png'],
      [sha.toUpperCase(), 'png'],
      [sha.slice(1), 'png'],
      [`${sha.slice(1)}/`, 'png'],
    ];
    for (const [name, ext] of refused) expect(() => originalPath(paths, name, ext), `${name}.${ext}`).toThrow(expect.objectContaining({ code: 'MEDIA_CORRUPT' }));
  });

  it('names derived copies only by hash and one of the store’s own variants', () => {
    expect(derivedPath(paths, sha, '256')).toBe(join(paths.cache, 'ab', 'ab', `${sha}-256.webp`));
    expect(() => derivedPath(paths, sha, '../../x')).toThrow(expect.objectContaining({ code: 'MEDIA_CORRUPT' }));
    expect(() => derivedPath(paths, '../x', '256')).toThrow(expect.objectContaining({ code: 'MEDIA_CORRUPT' }));
  });

  it('reads back only file names it could have written', () => {
    expect(parseOriginalName(`${sha}.png`)).toEqual({ sha256: sha, ext: 'png' });
    for (const name of [`${sha}.desktop`, `${sha}.png.exe`, `${sha}`, `${sha.slice(1)}.png`, 'notes.png']) expect(parseOriginalName(name), name).toBeUndefined();
  });
});

/** Ways code could name a media file without going through media-paths.ts. */
const bypasses: [string, RegExp][] = [
  ['a hash sliced into shard folders', /sha256\??\.slice\(/],
  ['a hash joined to an extension in a template', /\$\{[^}]*sha256[^}]*\}\.\$\{/],
  ['a hash concatenated with an extension', /sha256\s*\+\s*['"`]\./],
  ["a path joined onto the data folder's media/", /join\([^)]*['"]media['"]/],
];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => join(dir, name));

const bypassesIn = (source: string): string[] => bypasses.filter(([, pattern]) => pattern.test(source)).map(([what]) => what);

describe('every media path goes through media-paths.ts', () => {
  const mainDir = join(import.meta.dirname, '..', '..');
  const pathsFile = join(import.meta.dirname, 'media-paths.ts');

  it('the scan recognises every way of building one, media-paths.ts itself included', () => {
    const samples = ['[row.sha256.slice(0, 2), row.sha256.slice(2, 4)]', 'join(dir, `${row.sha256}.${row.ext}`)', "row.sha256 + '.' + row.ext", "join(dataDir, 'media', name)"];
    for (const [index, sample] of samples.entries()) expect(bypassesIn(sample), sample).toEqual([bypasses[index]?.[0]]);
    expect(bypassesIn(readFileSync(pathsFile, 'utf8'))).toHaveLength(3);
  });

  it('no other file under src/main builds one', () => {
    const offenders = sourceFiles(mainDir)
      .filter((file) => file !== pathsFile)
      .flatMap((file) => bypassesIn(readFileSync(file, 'utf8')).map((what) => `${relative(mainDir, file)}: ${what}`));
    expect(offenders).toEqual([]);
  });

  it('the store, the server, backup, restore, export and clean-up all name files through it', () => {
    const callers = ['core/media/media-library.ts', 'core/library/backup.ts', 'core/library/restore.ts', 'core/library/export.ts'];
    for (const caller of callers) expect(readFileSync(join(mainDir, caller), 'utf8'), caller).toMatch(/import \{[^}]*\boriginalPath\b[^}]*\} from '\.\.?\/(media\/)?media-paths'/);
    // The server and the Electron protocol reach files only through the library's resolve().
    for (const server of ['host/headless-host.ts', 'electron/media-protocol.ts']) expect(readFileSync(join(mainDir, server), 'utf8'), server).toContain('resolveMediaRequest(core.media');
  });
});
