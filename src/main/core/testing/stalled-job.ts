// Child process for the restart test: starts a job, holds it in the generating stage, prints
// its id, and waits to be killed, as an app would be by a crash or a power cut.
import { createCore } from '../core';
import { createShop } from '../shops/shops-repo';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: stalled-job <dataDir>');
const core = createCore({
  dataDir,
  host: 'cli',
  beforeStage: (stage) => (stage === 'generating' ? new Promise<void>(() => process.stdout.write(`generating\n`)) : Promise.resolve()),
});
const shop = createShop(core.database.db(), { name: '재시작 테스트', industry: 'bakery' });
const jobId = core.jobs.start({ shopId: shop.id, text: '소금빵 광고 만들어줘', attachments: [], variants: 1, aiBackground: false });
process.stdout.write(`job ${jobId}\n`);
