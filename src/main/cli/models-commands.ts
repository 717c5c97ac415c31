import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { filesBytes, bundleFeatureSchema, type DownloadState, type ModelRole, type RecommendReason } from '../../shared/ipc/models';
import type { Core } from '../core/core';
import { call, withCore, type CliIo, type Command } from './core-access';
import { bar } from './progress-board';
import { formatBytes } from '../../shared/format-bytes';

const verdictText = { fits: '맞음', tight: '빠듯함', 'wont-fit': '안 맞음' } as const;
const reasonText: Record<RecommendReason, string> = { commercial: '상업적 사용 가능', preferred: '이 용도 1순위', headroom: '메모리 여유 있음', gpu: '그래픽 카드에서 실행' };
const roleOrder = ['llm', 'diffusion', 'vae', 'cutout', 'scorer'] as const satisfies readonly ModelRole[];

async function list(io: CliIo, core: Core): Promise<number> {
  const [catalog, installed, hardware] = await Promise.all([call(core, 'models.catalog', {}), call(core, 'models.installed', {}), call(core, 'hardware.info', {})]);
  io.out('Installed:');
  if (installed.items.length === 0) io.out('  (none — the built-in copywriter and backdrops are used)');
  for (const model of installed.items) io.out(`  ${model.active ? '*' : ' '} ${model.id.padEnd(34)} ${model.role.padEnd(9)} ${formatBytes(model.sizeBytes).padStart(9)}  ${model.path}`);
  io.out('');
  io.out(`Catalog (v${catalog.version}, ${catalog.updated}) — fit on this computer:`);
  for (const entry of [...catalog.entries].sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role))) {
    const fit = hardware.fits.find((f) => f.modelId === entry.id);
    const recommended = hardware.recommended[entry.role] === entry.id;
    const total = filesBytes(entry.files);
    io.out(`  ${entry.id.padEnd(34)} ${entry.role.padEnd(9)} ${(entry.bundled ? 'bundled' : formatBytes(total)).padStart(9)}  ${verdictText[fit?.verdict ?? 'fits']}${recommended ? ' ★' : ''}  ${entry.licence}${entry.commercialUse ? '' : ' (비상업용)'}`);
    io.out(`      ${entry.descriptionKo}${entry.notice ? ` — ${entry.notice}` : ''}`);
    if (recommended) io.out(`      ★ 추천: ${hardware.recommendedWhy[entry.role].map((reason) => reasonText[reason]).join(' · ')}`);
    if (entry.hub) io.out(`      ${entry.hub.repo}@${entry.hub.revision.slice(0, 12)} · ${entry.licenceTermsKo}`);
  }
  io.out('');
  io.out('Bundles (adstudio models bundle <feature>):');
  for (const plan of hardware.bundles) {
    const time = plan.secondsPerPicture === null ? '' : `, 한 장에 약 ${plan.secondsPerPicture}초`;
    io.out(`  ${plan.feature.padEnd(14)} ${plan.modelIds.join(' + ')} — ${formatBytes(plan.totalBytes)}, ${verdictText[plan.verdict]}${time}`);
  }
  return 0;
}

/** Downloads with a bar redrawn in place on a terminal, a line per 10 % elsewhere. */
async function pull(io: CliIo, core: Core, id: string, start: () => Promise<unknown> = () => call(core, 'models.download', { id })): Promise<number> {
  let lastTenth = -1;
  const show = (state: DownloadState) => {
    if (state.modelId !== id) return;
    const percent = state.totalBytes > 0 ? (state.receivedBytes / state.totalBytes) * 100 : 0;
    const speed = state.bytesPerSecond > 0 ? ` ${formatBytes(state.bytesPerSecond)}/s` : '';
    const eta = state.etaSeconds !== null && state.status === 'downloading' ? ` 남은 시간 ${Math.ceil(state.etaSeconds)}초` : '';
    const line = `${bar(percent)} ${formatBytes(state.receivedBytes)} / ${formatBytes(state.totalBytes)}${speed}${eta} ${state.status === 'verifying' ? '확인 중' : ''}`;
    if (io.interactive) io.out(`\x1b[1A\x1b[2K${line}`);
    else if (Math.floor(percent / 10) !== lastTenth) io.out(line);
    lastTenth = Math.floor(percent / 10);
  };
  if (io.interactive) io.out('');
  const unsubscribe = core.events.subscribe((event) => {
    if (event.name === 'models.progress') show(event.payload);
  });
  try {
    await start();
    await core.models.downloads.settled(id);
  } finally {
    unsubscribe();
  }
  const state = await core.models.downloads.state(id);
  if (core.models.registry.find(id)) {
    io.out(`Installed ${id}.`);
    return 0;
  }
  io.err(`${state.error?.userMessage ?? '내려받지 못했어요.'}\n(${state.error?.code ?? state.status}: ${state.error?.message ?? ''})`);
  return 1;
}

export const models: Command = async (io, args) => {
  const [action = 'list', target] = args.positionals;
  const need = (what: string) => {
    if (!target) throw new AppError('VALIDATION_FAILED', `models ${action} needs ${what}`, `${what}을(를) 적어 주세요.`);
    return target;
  };
  return withCore(io, 'cli', async (core) => {
    if (action === 'list') return list(io, core);
    if (action === 'pull') return pull(io, core, need('모델 id'));
    if (action === 'bundle') {
      const feature = bundleFeatureSchema.safeParse(need('기능 이름 (ai-background)'));
      if (!feature.success) throw new AppError('VALIDATION_FAILED', `Unknown bundle ${target}`, `묶음 이름은 ${bundleFeatureSchema.options.join(', ')} 중 하나예요.`);
      // Every model starts at once; the bars then follow each in turn.
      const { items } = await call(core, 'models.downloadBundle', { feature: feature.data });
      let code = 0;
      for (const state of items) code = Math.max(code, await pull(io, core, state.modelId, async () => undefined));
      return code;
    }
    if (action === 'import') {
      const model = await call(core, 'models.import', { path: resolve(need('파일이나 폴더 경로')) });
      io.out(`Imported ${model.id} (${model.role}, ${formatBytes(model.sizeBytes)})${model.active ? ', now active' : ''}.`);
      return 0;
    }
    if (action === 'rm') {
      await call(core, 'models.remove', { id: need('모델 id') });
      io.out(`Removed ${target}.`);
      return 0;
    }
    throw new AppError('VALIDATION_FAILED', `Unknown models action "${action}"`, 'adstudio models list | pull <id> | bundle <기능> | import <경로> | rm <id> 중 하나를 써 주세요.');
  });
};
