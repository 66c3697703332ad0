import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bundledMigrations, prepareDatabase } from '../../src/db/migrations.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('allies-api-server-');

describe('migrations', () => {
  it('apply to an empty file, creating every table and the full-text index', () => {
    const file = path.join(tempDir(), 'nested', 'fresh.db');
    const { migrated } = prepareDatabase(`file:${file}`);
    expect(migrated).toEqual(bundledMigrations());
    const db = new Database(file, { readonly: true });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (r) => r.name,
    );
    const applied = db.prepare('SELECT COUNT(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL').get() as {
      n: number;
    };
    db.close();
    expect(tables).toEqual(
      expect.arrayContaining(['Source', 'Country', 'Leader', 'Claim', 'TradeFigure', 'SourceNote', 'claim_fts']),
    );
    expect(applied.n).toBe(bundledMigrations().length);
  });

  it('are skipped when already applied', () => {
    const url = `file:${path.join(tempDir(), 'twice.db')}`;
    prepareDatabase(url);
    expect(prepareDatabase(url).migrated).toEqual([]);
  });
});
