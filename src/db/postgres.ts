import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Db } from './client.js';
import { describeDatabase } from './engine.js';
import { PROJECT_ROOT } from '../lib/paths.js';

const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma/postgresql/migrations');

/** Connections per client. The app opens two clients (reads, writes) per instance. */
const POOL_SIZE = 10;

/**
 * A Prisma client on PostgreSQL through @prisma/adapter-pg. Its generated client
 * (src/generated/prisma-pg) comes from prisma/postgresql/schema.prisma, which is generated from
 * the same models as the SQLite one (scripts/generate-postgres-schema.ts), so both clients
 * have the same model API. TypeScript still refuses the assignment because `$transaction`'s
 * isolationLevel option differs (SQLite knows only Serializable; this code never passes one), so
 * the cast to the SQLite client's type is that claim; the seed and API tests check it on a real
 * server (the postgresql vitest project).
 */
export async function createPostgresClient(databaseUrl: string): Promise<Db> {
  // Loaded on first use: a SQLite deployment never pays for the second client and the pg driver.
  const [{ PrismaPg }, { PrismaClient: PostgresPrismaClient }] = await Promise.all([
    import('@prisma/adapter-pg'),
    import('../generated/prisma-pg/client.js'),
  ]);
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: POOL_SIZE });
  const client = new PostgresPrismaClient({ adapter });
  await client.$connect();
  const db = client as unknown as Db;
  postgresClients.add(db);
  return db;
}

const postgresClients = new WeakSet<Db>();

/** True for a client made by createPostgresClient: code shared by both engines asks this before engine-specific SQL. */
export function isPostgresClient(db: Db): boolean {
  return postgresClients.has(db);
}

/**
 * Key of the transaction-scoped advisory lock the seed takes on PostgreSQL, so instances
 * starting together on an empty database seed it once (the second waits, then finds every
 * record present). Any fixed bigint works; this one spells the project's date.
 */
export const SEED_LOCK_KEY = 2026_11_23;

export function bundledPostgresMigrations(): string[] {
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Migration names `prisma migrate deploy` reports as applied by this run. */
export function appliedByDeploy(output: string): string[] {
  const at = output.indexOf('have been applied');
  if (at === -1) return [];
  return [...output.slice(at).matchAll(/└─ (\d{14}_[A-Za-z0-9_]+)\//g)].map((m) => m[1] ?? '').filter((m) => m !== '');
}

function lastLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0 && !l.startsWith('npm warn') && !/^\d+: |^at |^with /.test(l))
      .pop() ?? 'no output'
  );
}

/**
 * Names of the migrations recorded as finished, or null when the database has no migrations
 * table yet. Synchronous like the SQLite path (prepareDatabase runs before anything listens), so
 * it asks from a short child process.
 */
function appliedPostgresMigrations(databaseUrl: string): string[] | null {
  const script = `
    const pg = require('pg');
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 10000 });
    client.connect()
      .then(() => client.query("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present"))
      .then((r) => r.rows[0].present
        ? client.query('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL').then((m) => m.rows.map((row) => row.migration_name))
        : null)
      .then((names) => { process.stdout.write(JSON.stringify(names)); return client.end(); })
      .catch((error) => { process.stderr.write(String(error && error.message)); process.exit(1); });
  `;
  const run = spawnSync(process.execPath, ['-e', script], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (run.status !== 0) throw new Error(lastLine(run.stderr ?? '') || 'no answer');
  return JSON.parse(run.stdout) as string[] | null;
}

/**
 * Applies pending migrations with `prisma migrate deploy` (prisma.config.ts picks the PostgreSQL
 * schema and migrations from the URL), skipped when none are pending: the CLI takes seconds to
 * start, a look at `_prisma_migrations` milliseconds. Deploy takes an advisory lock, so two
 * instances starting together do not migrate twice. `fail` builds the caller's startup error.
 */
export function preparePostgresDatabase(databaseUrl: string, fail: (message: string) => Error): { migrated: string[] } {
  const where = describeDatabase(databaseUrl);
  let pending: string[];
  try {
    const applied = new Set(appliedPostgresMigrations(databaseUrl) ?? []);
    pending = bundledPostgresMigrations().filter((m) => !applied.has(m));
  } catch (error) {
    throw fail(`database ${where} cannot be opened: ${(error as Error).message.split(databaseUrl).join('[url]')}`);
  }
  if (pending.length === 0) return { migrated: [] };
  const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  const run = spawnSync(process.execPath, [cli, 'migrate', 'deploy'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
  if (run.status !== 0) {
    throw fail(`migrating ${where} failed: ${lastLine(output).split(databaseUrl).join('[url]')}`);
  }
  return { migrated: appliedByDeploy(output) };
}
