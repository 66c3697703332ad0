import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledMigrations } from '../../src/db/migrations.js';
import { describeDatabase } from '../../src/lib/startup-report.js';
import { articleDataset } from '../../seed/data/article.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startServer } from '../helpers/server-process.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'allies-api-startup-'));
  dirs.push(dir);
  return dir;
}
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  for (const database of databases) await database.remove();
});

type Line = { level: number; msg: string };
const jsonLines = (output: string): Line[] =>
  output
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Line);

describe('start-up says, once and in plain words, what it did and where to go', () => {
  it('on a fresh SQLite file: its path, the migrations applied, the seed, the URL and the /docs URL, as JSON lines in production', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'data', 'app.db');
    const server = await startServer({ DATABASE_URL: `file:${file}` });
    try {
      const lines = jsonLines(server.output());
      const database = lines.filter((l) => l.msg.startsWith('Database: '));
      expect(database).toHaveLength(1);
      const all = bundledMigrations().length;
      expect(database[0]?.msg).toBe(
        `Database: SQLite file ${file}; applied migrations: ${all} of ${all}, up to ${bundledMigrations().at(-1)}; ` +
          `seeded the dataset: ${articleDataset.sources.length} source, ${articleDataset.countries.length} countries, ` +
          `${articleDataset.leaders.length} people, ${articleDataset.claims.length} claims, ` +
          `${articleDataset.tradeFigures.length} trade figures.`,
      );
      const listening = lines.filter((l) => l.msg.startsWith('Server listening at'));
      expect(listening.map((l) => l.msg)).toEqual([`Server listening at ${server.url}; Swagger UI at ${server.url}/docs`]);
      const docs = await fetch(`${server.url}/docs`);
      expect(docs.status).toBe(200);
      expect(await docs.text()).toContain('swagger');
    } finally {
      expect(await server.stop()).toBe(0);
    }
    const again = await startServer({ DATABASE_URL: `file:${file}` });
    try {
      const database = jsonLines(again.output()).filter((l) => l.msg.startsWith('Database: '));
      expect(database.map((l) => l.msg)).toEqual([
        `Database: SQLite file ${file}; no migrations pending (${bundledMigrations().length} migrations already applied); the dataset was already seeded and was left as it is.`,
      ]);
    } finally {
      await again.stop();
    }
  }, 180_000);

  it("on a database an earlier release seeded: applies this release's corrections once, says so, and then leaves it", async () => {
    // A seeded file, as a first start leaves it (the test above starts on a fresh one).
    const seeded = await createTestDatabase({ engine: 'sqlite' });
    databases.push(seeded);
    const file = seeded.file;
    // What the earlier release stored for this claim: the period its figures cover, as a date.
    const db = new Database(file);
    db.prepare('UPDATE Claim SET claimedAt = ?, dateNote = ? WHERE id = ?').run(
      '2021',
      'The figures are for 2021 as stated; when they were published is not said.',
      'cn-trade-with-russia-grew-2021',
    );
    db.close();

    const upgraded = await startServer({ DATABASE_URL: `file:${file}` });
    try {
      const database = jsonLines(upgraded.output()).filter((l) => l.msg.startsWith('Database: '));
      expect(database.map((l) => l.msg)).toEqual([
        `Database: SQLite file ${file}; no migrations pending (${bundledMigrations().length} migrations already applied); the dataset was already seeded; applied 1 correction of this release to records still as first seeded.`,
      ]);
      const claim = (await (await fetch(`${upgraded.url}/v1/claims/cn-trade-with-russia-grew-2021`)).json()) as {
        data: { claimedAt: string | null; version: number };
      };
      expect(claim.data.claimedAt).toBeNull();
      const revisions = (await (await fetch(`${upgraded.url}/v1/claims/cn-trade-with-russia-grew-2021/revisions`)).json()) as {
        data: { actor: string; action: string }[];
      };
      expect(revisions.data.at(-1)).toMatchObject({ actor: 'seed', action: 'update' });
    } finally {
      expect(await upgraded.stop()).toBe(0);
    }
    const again = await startServer({ DATABASE_URL: `file:${file}` });
    try {
      expect(jsonLines(again.output()).some((l) => l.msg.endsWith('the dataset was already seeded and was left as it is.'))).toBe(
        true,
      );
    } finally {
      await again.stop();
    }
  }, 180_000);

  it('logs for people in development (pino-pretty), not JSON', async () => {
    const seeded = await createTestDatabase({ engine: 'sqlite' });
    databases.push(seeded);
    const server = await startServer({ NODE_ENV: 'development', DATABASE_URL: seeded.url });
    try {
      await fetch(`${server.url}/v1`);
      const lines = server
        .output()
        .split('\n')
        .filter((l) => l.trim() !== '');
      expect(lines.some((l) => l.trim().startsWith('{'))).toBe(false);
      expect(lines.filter((l) => /INFO.*: Database: SQLite file /.test(l))).toHaveLength(1);
      expect(lines.filter((l) => /INFO.*: Server listening at .*; Swagger UI at .*\/docs$/.test(l))).toHaveLength(1);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 120_000);

  it('names a PostgreSQL database without its password', () => {
    expect(describeDatabase('postgresql://allies:s3cr%40t@db.internal:5432/allies?sslmode=require&sslpassword=x')).toBe(
      'PostgreSQL postgresql://allies:[redacted]@db.internal:5432/allies?sslmode=require&sslpassword=[redacted]',
    );
    expect(describeDatabase('postgres://db/allies')).toBe('PostgreSQL postgres://db/allies');
    expect(describeDatabase('file:./data/app.db')).toBe(`SQLite file ${path.resolve('data/app.db')}`);
  });
});
