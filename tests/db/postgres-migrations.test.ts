import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/client.js';
import { DatabaseStartupError, prepareDatabase } from '../../src/db/migrations.js';
import { bundledPostgresMigrations } from '../../src/db/postgres-migrations.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { ROOT } from '../helpers/server-process.js';

const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.remove();
});

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase({ engine: 'postgresql', contents: 'empty' });
  databases.push(database);
  return database;
}

/** A Node child in the project folder; resolves with its exit status and output. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Objects that live only in migrations, never in the models (as on SQLite, see the README). */
const MIGRATION_ONLY_TABLES = ['claim_fts', 'search_country_name', 'trade_figure_fts'];

describe('PostgreSQL migrations', () => {
  // `migrate diff` (a CLI start of a second or two) runs in the background from the start of the
  // file, while the tests before its own one run.
  let diffRun: Promise<{ status: number | null; stdout: string; stderr: string }>;
  beforeAll(async () => {
    const database = await emptyDatabase();
    // The adapter applies the migrations to the database it is given and diffs the result against
    // the models; a fresh empty database stands in for the shadow database.
    diffRun = run(
      [
        'node_modules/prisma/build/index.js',
        'migrate',
        'diff',
        '--from-migrations',
        'prisma/postgresql/migrations',
        '--to-schema-datamodel',
        'prisma/postgresql/schema.prisma',
        '--script',
      ],
      { ...process.env, DATABASE_URL: database.url },
    );
  });
  afterAll(async () => {
    await diffRun?.catch(() => undefined);
  });

  it('start with an init migration that is the models from empty', () => {
    const first = bundledPostgresMigrations()[0] ?? '';
    expect(first).toMatch(/_init$/);
    const sqlite = readFileSync(new URL('../../prisma/migrations/migration_lock.toml', import.meta.url), 'utf8');
    const lock = readFileSync(new URL('../../prisma/postgresql/migrations/migration_lock.toml', import.meta.url), 'utf8');
    expect(sqlite).toContain('provider = "sqlite"');
    expect(lock).toContain('provider = "postgresql"');
  });

  it('are applied by prepareDatabase on an empty database, and not again on the next start', async () => {
    const database = await emptyDatabase();
    expect(prepareDatabase(database.url).migrated).toEqual(bundledPostgresMigrations());
    expect(prepareDatabase(database.url).migrated).toEqual([]);
    const prisma = await createPrismaClient(database.url);
    try {
      const rows = await prisma.$queryRaw<
        { n: bigint }[]
      >`SELECT COUNT(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
      expect(Number(rows[0]?.n)).toBe(bundledPostgresMigrations().length);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('produce exactly the generated schema’s models', async () => {
    const run = await diffRun;
    expect(run.status, run.stderr).toBe(0);
    const statements = run.stdout
      .split(';')
      .map((s) => s.replace(/--[^\n]*\n/g, '').trim())
      .filter((s) => s.length > 0 && s !== '-- This is an empty migration.');
    expect(statements).toEqual(MIGRATION_ONLY_TABLES.map((t) => `DROP TABLE "${t}"`));
  });

  it('stop the start with one line naming the database, never its password, when the server is unreachable', () => {
    const url = 'postgresql://someone:s3cret-password@127.0.0.1:1/nowhere';
    let error: unknown;
    try {
      prepareDatabase(url);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatabaseStartupError);
    const message = (error as Error).message;
    expect(message).toMatch(/^database postgresql:\/\/127\.0\.0\.1:1\/nowhere cannot be opened: /);
    expect(message).not.toContain('s3cret');
    expect(message.split('\n')).toHaveLength(1);
  });
});
