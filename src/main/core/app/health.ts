import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Health } from '../../../shared/ipc/app';
import type { SettingsStore } from '../settings/settings-store';

type Check = Health['checks'][number];

async function check(name: Check['name'], probe: () => Promise<string>): Promise<Check> {
  try {
    return { name, ok: true, detail: await probe() };
  } catch (error) {
    return { name, ok: false, detail: String(error) };
  }
}

async function probeWritable(dir: string): Promise<string> {
  const file = join(dir, `.health-${randomBytes(4).toString('hex')}`);
  await writeFile(file, 'ok');
  await rm(file);
  return `${dir} is writable`;
}

export async function runHealthChecks(dataDir: string, logsDir: string, settings: SettingsStore, startedAt: number): Promise<Omit<Health, 'storage'>> {
  const checks = await Promise.all([
    check('dataDir', () => probeWritable(dataDir)),
    check('logs', () => probeWritable(logsDir)),
    check('settings', async () => {
      await settings.load();
      return `${settings.location} is readable`;
    }),
  ]);
  return {
    ok: checks.every((c) => c.ok),
    uptimeSeconds: (Date.now() - startedAt) / 1000,
    checks,
  };
}
