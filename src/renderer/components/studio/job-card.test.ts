import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../shared/ipc/client';
import { defaultSettings } from '../../../shared/ipc/settings';
import type { JobCard } from '../../stores/app/chat-slice';
import type { AppState } from '../../stores/app/store';

// The window's store sits on a socket client, and a server render reads only a store's first
// state: here a store over no client, read as it is now.
vi.mock('../../stores/app', async () => {
  const { createAppStore } = await import('../../stores/app/store');
  const { appSelectors } = await import('../../stores/app/selectors');
  const appStore = createAppStore({} as Client);
  return { appStore, appSelectors, useApp: <T>(selector: (state: AppState) => T): T => selector(appStore.getState()) };
});

const { appStore } = await import('../../stores/app');
// Named by a string so the Node typecheck, which has no JSX or DOM, leaves the component to the web one.
const cardModule = './JobCardView.tsx';
const { JobCardView } = (await import(/* @vite-ignore */ cardModule)) as { JobCardView: FunctionComponent<{ job: JobCard }> };

const drawing: JobCard = {
  jobId: '01JOBCARD00000000000000000',
  sessionId: null,
  text: '소금빵 광고 만들어줘',
  attachments: [],
  stage: 'generating',
  percent: 60,
  step: { code: 'drawing', params: { done: 2, total: 4 } },
  queuePosition: null,
  copyText: '',
  previews: [],
  updates: 3,
};

const shown = (language: 'ko' | 'en'): string => {
  appStore.setState({ settings: { ...defaultSettings, language } });
  return renderToStaticMarkup(createElement(JobCardView, { job: drawing }));
};

describe('job card', () => {
  it('words the step from its code in English', () => {
    const html = shown('en');
    expect(html).toContain('Drawing the ad images (2/4)');
    expect(html).not.toMatch(/[가-힣]+ 있어요/);
  });

  it('reads in Korean as the core words it', () => {
    expect(shown('ko')).toContain('광고 이미지를 그리고 있어요 (2/4)');
  });
});
