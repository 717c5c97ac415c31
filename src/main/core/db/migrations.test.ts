import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { appliedMigrationCount, defaultMigrationsDir, knownMigrationCount, openDatabase } from './client';

const work = mkdtempSync(join(tmpdir(), 'adstudio-migrations-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the migrations folder holding only the first `count` of them. */
function firstMigrations(count: number): string {
  const dir = join(work, `first-${count}`);
  cpSync(defaultMigrationsDir(), dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: unknown[] };
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }));
  return dir;
}

const tables = (sqlite: Database.Database): string[] =>
  (sqlite.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  const total = knownMigrationCount();

  it('build the whole schema from an empty file', () => {
    const opened = openDatabase({ path: join(work, 'empty.db') });
    expect(appliedMigrationCount(opened.sqlite)).toBe(total);
    expect(tables(opened.sqlite)).toEqual(
      expect.arrayContaining(['shops', 'sessions', 'messages', 'message_attachments', 'generations', 'generation_inputs', 'generation_outputs', 'media', 'jobs', 'generations_fts']),
    );
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    opened.close();
  });

  for (let applied = 1; applied < knownMigrationCount(); applied += 1) {
    it(`bring a database from migration ${applied} to ${total} and keep its rows`, () => {
      const path = join(work, `from-${applied}.db`);
      const older = openDatabase({ path, migrationsDir: firstMigrations(applied) });
      older.sqlite.prepare("INSERT INTO shops (id, name, industry, created_at, updated_at) VALUES ('018f0000-0000-7000-8000-000000000001', '달빛카페', 'cafe', 1, 1)").run();
      older.close();

      const current = openDatabase({ path });
      expect(appliedMigrationCount(current.sqlite)).toBe(total);
      expect(current.sqlite.prepare('SELECT name FROM shops').all()).toEqual([{ name: '달빛카페' }]);
      current.close();
    });
  }

  it('are applied once: reopening changes nothing', () => {
    const path = join(work, 'twice.db');
    openDatabase({ path }).close();
    const again = openDatabase({ path });
    expect(appliedMigrationCount(again.sqlite)).toBe(total);
    again.close();
  });

  // drizzle-kit wants a relative --out, and exits 0 even when it fails: the log is what tells.
  it('match schema.ts: drizzle-kit finds nothing left to generate', () => {
    const out = join(work, 'kit');
    cpSync(defaultMigrationsDir(), out, { recursive: true });
    const log = execFileSync(
      process.execPath,
      [join('node_modules', 'drizzle-kit', 'bin.cjs'), 'generate', '--dialect', 'sqlite', '--schema', 'src/main/core/db/schema.ts', '--out', relative(process.cwd(), out)],
      { encoding: 'utf8' },
    );
    expect(log).toContain('No schema changes');
  });
});
