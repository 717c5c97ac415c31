import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import type { JobResult } from '../../shared/ipc/jobs';
import { industries, type Shop } from '../../shared/ipc/shops';
import type { Core } from '../core/core';
import type { ParsedArguments } from './arguments';
import { call, requiredFlag, withCore, type CliIo, type Command } from './core-access';
import { parseCsv } from './csv';
import { printSummary, runJobs, type JobSpec } from './job-runner';
import { photoInFolder } from './photo-paths';

const photoExtensions = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff', '.heic', '.heif']);

/** A shop by id, exact name, or a unique part of its name. */
async function findShop(core: Core, wanted: string): Promise<Shop> {
  const { items } = await call(core, 'shops.list', {});
  const match = items.find((shop) => shop.id === wanted || shop.name === wanted) ?? (() => {
    const partial = items.filter((shop) => shop.name.includes(wanted));
    return partial.length === 1 ? partial[0] : undefined;
  })();
  if (match) return match;
  const known = items.map((shop) => shop.name).join(', ') || '없음';
  throw new AppError('NOT_FOUND', `No shop matches "${wanted}"`, `"${wanted}" 가게를 찾을 수 없어요. 등록된 가게: ${known}. 새 가게는 adstudio shops add 로 만드세요.`);
}

export const shops: Command = async (io, args) => {
  return withCore(io, 'cli', async (core) => {
    if (args.positionals[0] === 'add') {
      const industry = requiredFlag(args, 'industry', industries.join(' | '));
      const shop = await call(core, 'shops.create', {
        name: requiredFlag(args, 'name', '가게 이름'),
        industry: industry as Shop['industry'],
        ...(typeof args.flags.get('region') === 'string' ? { region: args.flags.get('region') as string } : {}),
        ...(typeof args.flags.get('tone') === 'string' ? { tone: args.flags.get('tone') as string } : {}),
      });
      io.out(`Created shop ${shop.name} (${shop.id})`);
      return 0;
    }
    const { items } = await call(core, 'shops.list', {});
    for (const shop of items) io.out(`${shop.id}  ${shop.name}  ${shop.industry}${shop.region ? `  ${shop.region}` : ''}`);
    if (items.length === 0) io.out('No shops yet: adstudio shops add --name "달빛카페" --industry cafe --region "서울 마포구"');
    return 0;
  });
};

/** Runs the specs, prints the table, exports on request; non-zero when any job failed. */
async function runAndReport(core: Core, io: CliIo, args: ParsedArguments, specs: JobSpec[]): Promise<number> {
  const platform = args.flags.get('platform');
  const endings = await runJobs(core, io, specs, typeof platform === 'string' ? platform : undefined);
  printSummary(io, specs, endings);
  const ids = endings.flatMap((ending) => (ending.result as JobResult | null)?.generationIds ?? []);
  const out = args.flags.get('out');
  if (typeof out === 'string' && ids.length > 0) {
    const exported = await call(core, 'library.export', { selection: { kind: 'generations', ids }, destination: resolve(out) });
    io.out('');
    io.out(`Exported to ${exported.folder}`);
  }
  return endings.every((ending) => ending.status === 'done') ? 0 : 1;
}

export const generate: Command = async (io, args) => {
  const request = requiredFlag(args, 'request', '만들고 싶은 광고를 한 문장으로');
  const countFlag = args.flags.get('count');
  const count = typeof countFlag === 'string' ? Number(countFlag) : 1;
  if (!Number.isInteger(count) || count < 1 || count > 20) {
    throw new AppError('VALIDATION_FAILED', `--count must be 1–20, got ${String(countFlag)}`, '--count 는 1~20 사이의 숫자여야 해요.');
  }
  const photos = (args.lists.get('photo') ?? []).map((photo) => resolve(photo));
  return withCore(io, 'cli', async (core) => {
    const shop = await findShop(core, requiredFlag(args, 'shop', '가게 이름 또는 id'));
    const specs = Array.from({ length: count }, (_, i) => ({ label: `#${i + 1}`, shopId: shop.id, text: request, photos }));
    return runAndReport(core, io, args, specs);
  });
};

/** A folder gives one job per photo (with --request); a CSV gives one per row (request, and optionally photo and shop). */
function batchSpecs(source: string, defaultShop: Shop | undefined, request: string | undefined, shopsByName: (name: string) => Promise<Shop>) {
  return async (): Promise<JobSpec[]> => {
    if (statSync(source).isDirectory()) {
      if (!defaultShop || !request) throw new AppError('VALIDATION_FAILED', 'A folder batch needs --shop and --request', '폴더로 여러 장을 만들 때는 --shop 과 --request 를 함께 적어 주세요.');
      return readdirSync(source)
        .filter((name) => photoExtensions.has(extname(name).toLowerCase()))
        .sort()
        .map((name, i) => {
          const photo = photoInFolder(source, name);
          return { label: `#${i + 1}`, shopId: defaultShop.id, text: request, photos: [photo.path], refused: photo.refused };
        });
    }
    const [header, ...rows] = parseCsv(readFileSync(source, 'utf8'));
    const column = (name: string): number => header?.findIndex((h) => h.trim().toLowerCase() === name) ?? -1;
    const [requestAt, photoAt, shopAt] = [column('request'), column('photo'), column('shop')];
    if (requestAt < 0) throw new AppError('VALIDATION_FAILED', 'CSV needs a "request" column', 'CSV 첫 줄에 request 열이 있어야 해요 (선택: photo, shop).');
    const specs: JobSpec[] = [];
    for (const [i, row] of rows.entries()) {
      const shopName = shopAt >= 0 ? row[shopAt]?.trim() : '';
      const shop = shopName ? await shopsByName(shopName) : defaultShop;
      if (!shop) throw new AppError('VALIDATION_FAILED', `Row ${i + 2} has no shop`, `${i + 2}번째 줄에 가게가 없어요. shop 열이나 --shop 을 적어 주세요.`);
      const named = photoAt >= 0 ? row[photoAt]?.trim() : '';
      // An absolute path is the owner's own choice; a relative one must stay beside the CSV.
      const photo = !named ? undefined : isAbsolute(named) ? { path: named } : photoInFolder(dirname(source), named);
      specs.push({ label: `#${i + 1}`, shopId: shop.id, text: row[requestAt]?.trim() || request || '', photos: photo ? [photo.path] : [], refused: photo?.refused });
    }
    return specs;
  };
}

export const batch: Command = async (io, args) => {
  const source = args.positionals[0];
  if (!source) throw new AppError('VALIDATION_FAILED', 'Missing folder or CSV', '사진 폴더나 CSV 파일을 적어 주세요.');
  return withCore(io, 'cli', async (core) => {
    const shopFlag = args.flags.get('shop');
    const defaultShop = typeof shopFlag === 'string' ? await findShop(core, shopFlag) : undefined;
    const request = args.flags.get('request');
    const specs = await batchSpecs(resolve(source), defaultShop, typeof request === 'string' ? request : undefined, (name) => findShop(core, name))();
    if (specs.length === 0) throw new AppError('VALIDATION_FAILED', 'Nothing to run', '만들 항목이 없어요. 폴더의 사진이나 CSV의 줄을 확인해 주세요.');
    return runAndReport(core, io, args, specs);
  });
};
