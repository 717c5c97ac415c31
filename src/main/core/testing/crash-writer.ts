// Child process of the crash test: writes media, messages and generations as fast as it can
// and prints each id once its transaction has committed, until the parent kills it.
import { createCore } from '../core';
import { insertGeneration } from '../generations/generations-repo';
import { insertMessage } from '../sessions/messages-repo';
import { createSession, listSessions } from '../sessions/sessions-repo';
import { createShop, listShops } from '../shops/shops-repo';
import { noisePng } from './fixtures';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-writer <dataDir>');
const core = createCore({ dataDir, host: 'cli' });
const db = core.database.db();
const shop = listShops(db)[0] ?? createShop(db, { name: '충돌 테스트 가게', industry: 'cafe' });
const session = listSessions(db, { limit: 1, archived: false }).items[0] ?? createSession(db, { shopId: shop.id });
process.stdout.write('ready\n');

for (;;) {
  const { media } = await core.media.importOne({ kind: 'bytes', bytes: await noisePng(96, 96) });
  const message = insertMessage(db, { sessionId: session.id, role: 'assistant', text: '광고 이미지예요', attachments: [{ sha256: media.sha256, role: 'output' }] });
  const generation = insertGeneration(db, {
    sessionId: session.id,
    shopId: shop.id,
    messageId: message.id,
    kind: 'image',
    inputText: '아이스 라떼 광고',
    inputMedia: [],
    outputCopy: { headline: '여름 한정' },
    imagePrompt: null,
    method: 'template',
    style: 'minimal',
    industry: 'cafe',
    seed: 1,
    aspectRatio: '1:1',
    width: 96,
    height: 96,
    steps: null,
    score: null,
    parentId: null,
    outputs: [{ variantIndex: 0, format: '1:1', sha256: media.sha256 }],
  });
  process.stdout.write(`committed ${generation.id} ${message.id} ${media.sha256}\n`);
}
