import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describeDatabase } from './engine.js';
import { lastLine, migrateDeploy, migrationFolders } from './migrate-deploy.js';
import { PROJECT_ROOT } from '../lib/paths.js';

const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma/postgresql/migrations');

export function bundledPostgresMigrations(): string[] {
  return migrationFolders(MIGRATIONS_DIR);
}

/** Migration names `prisma migrate deploy` reports as applied by this run. */
export function appliedByDeploy(output: string): string[] {
  const at = output.indexOf('have been applied');
  if (at === -1) return [];
  return [...output.slice(at).matchAll(/└─ (\d{14}_[A-Za-z0-9_]+)\//g)].map((m) => m[1] ?? '').filter((m) => m !== '');
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
  for (let attempt = 1; ; attempt++) {
    let pending: string[];
    try {
      const applied = new Set(appliedPostgresMigrations(databaseUrl) ?? []);
      pending = bundledPostgresMigrations().filter((m) => !applied.has(m));
    } catch (error) {
      throw fail(`database ${where} cannot be opened: ${(error as Error).message.split(databaseUrl).join('[url]')}`);
    }
    if (pending.length === 0) return { migrated: [] };
    const { ok, output } = migrateDeploy(databaseUrl);
    if (ok) return { migrated: appliedByDeploy(output) };
    // The schema engine waits only 10 s for the lock; on a slow host another instance's deploy can
    // hold it longer. Waiting again (and then finding nothing pending) is what the lock is for.
    if (!ADVISORY_LOCK_TIMEOUT.test(output) || attempt === LOCK_ATTEMPTS) {
      throw fail(`migrating ${where} failed: ${lastLine(output).split(databaseUrl).join('[url]')}`);
    }
  }
}

/** How `prisma migrate deploy` says another deploy held its advisory lock past its 10 s wait. */
const ADVISORY_LOCK_TIMEOUT = /Timed out trying to acquire a postgres advisory lock/;
/** Deploy attempts before giving up on a held lock: about a minute of waiting. */
const LOCK_ATTEMPTS = 6;
