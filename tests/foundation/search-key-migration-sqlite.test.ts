import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/client.js';
import { bundledMigrations } from '../../src/db/migrations.js';
import { PROJECT_ROOT } from '../../src/lib/paths.js';
import { seed } from '../../seed/seed.js';

/** The full-text key migration applied to a database that was seeded before it existed. */

const KEYS = '20261126000000_full_text_search_keys';
const dir = mkdtempSync(path.join(tmpdir(), 'allies-api-fts-keys-'));
const file = path.join(dir, 'upgraded.db');

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function migrationSql(name: string): string {
  return readFileSync(path.join(PROJECT_ROOT, 'prisma/migrations', name, 'migration.sql'), 'utf8');
}

describe('the full-text key migration on a seeded database', () => {
  it('keys every existing record’s full-text row with its text, keeps searches answering the same, and later edits follow', async () => {
    const names = bundledMigrations();
    const at = names.indexOf(KEYS);
    expect(at).toBeGreaterThan(0);
    const db = new Database(file);
    try {
      for (const name of names.slice(0, at)) db.exec(migrationSql(name));
      const prisma = await createPrismaClient(`file:${file}`);
      try {
        await seed(prisma);
      } finally {
        await prisma.$disconnect();
      }
      const searchBefore = (word: string) =>
        db.prepare('SELECT claim_id FROM claim_fts WHERE claim_fts MATCH ? ORDER BY claim_id').pluck().all(word);
      const words = ['bielorusses', 'drones', 'poutine', 'chine'];
      const before = words.map(searchBefore);
      expect(before.flat().length).toBeGreaterThan(0);

      db.exec(migrationSql(KEYS));

      const search = (word: string) =>
        db
          .prepare(
            'SELECT k.claim_id FROM claim_fts f JOIN claim_fts_key k ON k.key = f.rowid WHERE claim_fts MATCH ? ORDER BY k.claim_id',
          )
          .pluck()
          .all(word);
      expect(words.map(search)).toEqual(before);
      const count = (text: string) => Number(db.prepare(text).pluck().get());
      const claims = count('SELECT COUNT(*) FROM Claim');
      expect(claims).toBeGreaterThan(0);
      expect(count('SELECT COUNT(*) FROM claim_fts')).toBe(claims);
      expect(
        count(`SELECT COUNT(*) FROM claim_fts f JOIN claim_fts_key k ON k.key = f.rowid JOIN Claim c ON c.id = k.claim_id
               WHERE f.statement = c.statement AND f.quote = c.quote AND f.claimant = c.claimantName`),
      ).toBe(claims);
      const figures = count('SELECT COUNT(*) FROM TradeFigure');
      expect(figures).toBeGreaterThan(0);
      expect(
        count(`SELECT COUNT(*) FROM trade_figure_fts f JOIN trade_figure_fts_key k ON k.key = f.rowid
               JOIN TradeFigure t ON t.id = k.trade_figure_id
               WHERE f.quote = t.quote AND f.caveat = COALESCE(t.caveat, '') AND f.stated_by = t.statedByName`),
      ).toBe(figures);
      for (const table of ['claim_fts', 'trade_figure_fts'])
        db.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run();

      const edited = before[0]?.[0] as string;
      db.prepare('UPDATE Claim SET statement = ? WHERE id = ?').run('Now it says glimmerstone.', edited);
      expect(search('glimmerstone')).toEqual([edited]);
      db.prepare('DELETE FROM Claim WHERE id = ?').run(edited);
      expect(search('glimmerstone')).toEqual([]);
      expect(count('SELECT COUNT(*) FROM claim_fts_key')).toBe(claims - 1);
    } finally {
      db.close();
    }
  });
});
