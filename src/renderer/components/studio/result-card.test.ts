import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../shared/ipc/client';
import type { Generation } from '../../../shared/ipc/generations';
import { resultRecordSchema } from '../../../shared/ipc/generations';
import { defaultSettings } from '../../../shared/ipc/settings';
import type { AppState } from '../../stores/app/store';

// A server render of the card over a store with no client, as job-card.test does.
vi.mock('../../stores/app', async () => {
  const { createAppStore } = await import('../../stores/app/store');
  const { appSelectors } = await import('../../stores/app/selectors');
  const appStore = createAppStore({} as Client);
  return { appStore, appSelectors, useApp: <T>(selector: (state: AppState) => T): T => selector(appStore.getState()) };
});

// A page without Electron's bridge, as the headless host serves it: media URLs are relative.
vi.stubGlobal('window', {});
const { appStore } = await import('../../stores/app');
// Named by a string so the Node typecheck, which has no JSX or DOM, leaves the component to the web one.
const cardModule = './ResultCard.tsx';
const { ResultCard } = (await import(/* @vite-ignore */ cardModule)) as { ResultCard: FunctionComponent<{ generation: Generation }> };

const sha = (n: number): string => n.toString(16).padStart(64, '0');
const output = (variantIndex: number) => ({ id: `01OUTPUT0000000000000000${variantIndex}0`.slice(0, 26), variantIndex, format: '4:5' as const, sha256: sha(variantIndex + 1), posterSha256: null, width: 1080, height: 1350 });

const result = (ranking: { variantIndex: number; score: number }[] | undefined): Generation => ({
  id: '01GENERATION0000000000000A',
  sessionId: '01SESSION00000000000000000',
  shopId: '01SHOP00000000000000000000',
  messageId: null,
  kind: 'image',
  inputText: '바닐라빈 라떼 출시',
  inputMedia: [],
  outputCopy: resultRecordSchema.parse({ headline: '바닐라빈 라떼', industry: 'cafe', ranking: ranking?.map((r) => ({ ...r, terms: { contrast: 1 } })) }),
  imagePrompt: null,
  method: 'template',
  style: null,
  industry: 'cafe',
  seed: 1,
  aspectRatio: '4:5',
  width: 1080,
  height: 1350,
  steps: null,
  modelIds: [],
  timings: {},
  score: ranking?.[0]?.score ?? null,
  parentId: null,
  outputs: [0, 1, 2].map(output),
  createdAt: 0,
});

const shown = (generation: Generation): string => {
  appStore.setState({ settings: { ...defaultSettings, language: 'ko' } });
  return renderToStaticMarkup(createElement(ResultCard, { generation }));
};

describe('result card', () => {
  it('shows the best variant first with its mark, every score on hover, and keeps each variant its own number', () => {
    const html = shown(result([{ variantIndex: 2, score: 0.91 }, { variantIndex: 0, score: 0.74 }, { variantIndex: 1, score: 0.4 }]));
    const order = [...html.matchAll(/alt="광고 시안 (\d)"/g)].map((m) => m[1]);
    expect(order).toEqual(['3', '1', '2']);
    expect(html.match(/추천/g)).toHaveLength(1);
    expect(html.indexOf('추천')).toBeLessThan(html.indexOf('광고 시안 1'));
    expect(html).toContain('title="품질 점수 91점"');
    expect(html).toContain('title="품질 점수 40점"');
  });

  it('keeps the planned order and marks nothing for a result made before ranking', () => {
    const html = shown(result(undefined));
    expect([...html.matchAll(/alt="광고 시안 (\d)"/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    expect(html).not.toContain('추천');
    expect(html).not.toContain('품질 점수');
  });
});
