import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../shared/ipc/client';
import { defaultSettings } from '../../../shared/ipc/settings';
import { createTempCore } from '../../../main/core/testing/temp-core';
import { connectBridge } from '../../bridge';
import { createAppStore } from './store';
import { seedShopSession } from '../../../main/core/testing/seed';
import { insertMessage } from '../../../main/core/sessions/messages-repo';

// The store runs over the real core, joined in-process the way a transport joins them.
const core = createTempCore();
afterAll(() => core.dispose());
const client = createClient({ call: (method, input) => core.call(method, input), subscribe: (listener) => core.events.subscribe(listener) });

describe('app store', () => {
  it('loads settings and system info from the core', async () => {
    const store = createAppStore(client);
    await Promise.all([store.getState().loadSettings(), store.getState().loadSystem()]);
    expect(store.getState().settings).toEqual(defaultSettings);
    expect(store.getState().info?.dataDir).toBe(core.dataDir);
    expect(store.getState().health?.ok).toBe(true);
  });

  it('keeps the Korean validation error of a refused save beside the form', async () => {
    const store = createAppStore(client);
    await store.getState().loadSettings();
    expect(await store.getState().saveSettings({ idleUnloadMinutes: Number('열') })).toBe(false);
    expect(store.getState().settingsError).toMatchObject({ code: 'VALIDATION_FAILED', userMessage: expect.stringMatching(/[가-힣]/) });
    expect(store.getState().settings).toEqual(defaultSettings);
    expect(await store.getState().saveSettings({ idleUnloadMinutes: 20 })).toBe(true);
    expect(store.getState().settingsError).toBeUndefined();
  });

  it('mirrors settings changed elsewhere through the bridge', async () => {
    const store = createAppStore(client);
    const disconnect = connectBridge(client, store);
    await core.call('settings.set', { language: 'en' });
    expect(store.getState().settings?.language).toBe('en');
    disconnect();
  });

  it('opens the newest chat and pages older messages in, oldest first, until there are none', async () => {
    const { shop, session } = seedShopSession(core.database.db());
    const start = Date.now() - 100_000;
    for (let i = 0; i < 70; i += 1) insertMessage(core.database.db(), { sessionId: session.id, role: i % 2 ? 'assistant' : 'user', text: `메시지 ${i}` }, start + i * 1000);
    const store = createAppStore(client);
    store.setState({ shopId: shop.id });
    await store.getState().loadSessions();
    expect(store.getState().sessionId).toBe(session.id);
    expect(store.getState().messages.map((m) => m.text).slice(0, 2)).toEqual(['메시지 40', '메시지 41']);
    expect(await store.getState().loadOlderMessages()).toBe(true);
    expect(store.getState().messages).toHaveLength(60);
    await store.getState().loadOlderMessages();
    expect(store.getState().messages.map((m) => m.text)).toEqual(Array.from({ length: 70 }, (_, i) => `메시지 ${i}`));
    expect(store.getState().messagesCursor).toBeNull();
    expect(await store.getState().loadOlderMessages()).toBe(false);
  });
});
