import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/client.js';
import { bundledMigrations } from '../../src/db/migrations.js';
import { PROJECT_ROOT } from '../../src/lib/paths.js';
import { seed } from '../../seed/seed.js';
import { FULL_TEXT_TABLES, fullTextCountsSql } from '../helpers/full-text.js';

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
      // Today's seed writes the columns and tables later migrations add (claim topics, field
      // bases); those go in before the keys. The search names migration rebuilds claim_fts on
      // the keys, so it needs them and is left out, with the spellings and key status migrations
      // built on it: this checks the keys migration alone.
      const onKeys = /_search_name(s|_spellings)$|_search_key_status$/;
      for (const name of names.slice(at + 1).filter((n) => !onKeys.test(n))) db.exec(migrationSql(name));
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
      for (const spec of FULL_TEXT_TABLES) {
        const counts = db.prepare(fullTextCountsSql(spec)).get() as Record<'rows' | 'keys' | 'records' | 'same', number>;
        expect(counts.records, spec.table).toBeGreaterThan(0);
        expect(counts, spec.table).toEqual({
          rows: counts.records,
          keys: counts.records,
          records: counts.records,
          same: counts.records,
        });
      }
      for (const { table } of FULL_TEXT_TABLES) db.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run();

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
