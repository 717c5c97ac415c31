import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { AppError } from '../../../shared/errors';
import type { Generation } from '../../../shared/ipc/generations';
import type { Db } from '../db/client';
import { writeFolderAtomically } from '../fs/timestamped-folder';
import { savingError } from '../fs/write-errors';
import { copyText } from '../generations/copy-text';
import { getGeneration, pageGenerations } from '../generations/generations-repo';
import type { MediaLibrary } from '../media/media-library';
import { originalPath } from '../media/media-paths';
import { getMedia } from '../media/media-repo';
import { getSession } from '../sessions/sessions-repo';

export type ExportSelection = { kind: 'session'; sessionId: string } | { kind: 'generations'; ids: string[] };

function selectGenerations(db: Db, selection: ExportSelection): Generation[] {
  if (selection.kind === 'generations') return selection.ids.map((id) => getGeneration(db, id));
  getSession(db, selection.sessionId);
  const all: Generation[] = [];
  let cursor: string | undefined;
  do {
    const page = pageGenerations(db, { sessionId: selection.sessionId, limit: 100, cursor });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all.reverse();
}

/**
 * Copies a file out of the library, re-encoding it only if it carries metadata, so no GPS
 * position or camera EXIF ever leaves the computer inside an exported image.
 */
async function exportImage(source: string, destination: string): Promise<void> {
  const meta = await sharp(source).metadata();
  if (!meta.exif && !meta.xmp && !meta.iptc) return copyFile(source, destination);
  const image = sharp(source).rotate().keepIccProfile();
  const encoded = meta.format === 'jpeg' ? image.jpeg({ quality: 95 }) : meta.format === 'webp' ? image.webp({ quality: 95 }) : image.png();
  await encoded.toFile(destination);
}

const copyLines = (generation: Generation): string => {
  return [`요청: ${generation.inputText}`, '', copyText(generation.outputCopy), ''].join('\n');
};

const csvCell = (value: string): string => `"${value.replaceAll('"', '""')}"`;

/** Images, copy as .txt and index.csv (UTF-8 with BOM, so Excel shows Korean) in a new folder. */
export async function exportLibrary(db: Db, media: MediaLibrary, selection: ExportSelection, destination: string): Promise<{ folder: string; files: number }> {
  const selected = selectGenerations(db, selection);
  if (selected.length === 0) throw new AppError('NOT_FOUND', 'Nothing to export', '내보낼 결과물이 없어요.');
  let files = 0;
  const folder = await writeFolderAtomically(destination, 'AdStudio-export', async (dir) => {
    const rows = [['번호', '만든 날짜', '종류', '스타일', '요청', '문구', '파일'].map(csvCell).join(',')];
    for (const [index, generation] of selected.entries()) {
      const number = String(index + 1).padStart(3, '0');
      const names: string[] = [];
      for (const output of generation.outputs) {
        const info = getMedia(db, output.sha256);
        if (!info) continue;
        const name = `${number}-${output.format.replace(':', 'x')}-v${output.variantIndex + 1}.${info.ext}`;
        await exportImage(originalPath(media.paths, info.sha256, info.ext), join(dir, name));
        names.push(name);
      }
      await writeFile(join(dir, `${number}-copy.txt`), copyLines(generation));
      files += names.length + 1;
      const created = new Date(generation.createdAt).toLocaleString('ko-KR');
      rows.push([number, created, generation.kind, generation.style ?? '', generation.inputText, copyText(generation.outputCopy).replaceAll('\n', ' / '), names.join(' ')].map(csvCell).join(','));
    }
    await writeFile(join(dir, 'index.csv'), `\uFEFF${rows.join('\r\n')}\r\n`);
    files += 1;
  }).catch((error: unknown) => {
    throw savingError(error, destination);
  });
  return { folder, files };
}
