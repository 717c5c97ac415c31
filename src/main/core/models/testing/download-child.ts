// A separate process that downloads and prints bytes received, so a test can kill it mid-way.
import { readFileSync } from 'node:fs';
import { catalogSchema } from '../../../../shared/ipc/models';
import { createDownloadManager } from '../download-manager';
import { modelPaths } from '../model-paths';
import { createRegistry } from '../registry';

const [dataDir = '', catalogFile = '', id = ''] = process.argv.slice(2);
const paths = modelPaths(dataDir);
const manager = createDownloadManager({
  paths,
  catalog: catalogSchema.parse(JSON.parse(readFileSync(catalogFile, 'utf8'))),
  registry: createRegistry(paths),
  emit: (state) => process.stdout.write(`${state.receivedBytes}\n`),
  marginBytes: 0,
});
await manager.download(id);
await manager.settled(id);
