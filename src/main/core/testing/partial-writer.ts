// Child process of the leftover test: starts a platform pack's folder write into the given
// folder, says where, and never finishes it, until the parent kills it.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFolderAtomically } from '../fs/timestamped-folder';

const parent = process.argv[2];
if (!parent) throw new Error('usage: partial-writer <folder>');
await writeFolderAtomically(parent, 'AdStudio-pack-v1', async (dir) => {
  await writeFile(join(dir, 'instagram-feed-1080x1350.jpg'), Buffer.alloc(64 * 1024, 1));
  process.stdout.write(`writing ${dir}\n`);
  // A pending promise alone does not keep Node running: the timer does, until the kill.
  await new Promise(() => setInterval(() => undefined, 1000));
});
