import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.otf': 'font/otf',
  '.ttf': 'font/ttf',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Reads one file of the built renderer. The URL path is decoded and resolved inside `root`;
 * anything that would escape it (`..`, encoded slashes, absolute paths) is not found.
 */
export async function readRendererFile(root: string, urlPath: string): Promise<StaticFile | undefined> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath === '' || urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return undefined;
  }
  if (relative.includes('\0')) return undefined;
  const base = resolve(root);
  const full = resolve(base, `.${relative.startsWith('/') ? relative : `/${relative}`}`);
  if (full !== base && !full.startsWith(base + sep)) return undefined;
  try {
    return { body: await readFile(full), contentType: mimeTypes[extname(full).toLowerCase()] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}
