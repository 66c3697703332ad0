import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PROJECT_ROOT } from '../lib/paths.js';
import { isPostgresUrl, sqlitePath } from './engine.js';
import { lastLine, migrateDeploy, migrationFolders } from './migrate-deploy.js';
import { bundledPostgresMigrations, preparePostgresDatabase } from './postgres-migrations.js';

const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma/migrations');

export class DatabaseStartupError extends Error {
  override name = 'DatabaseStartupError';
}

/** Migration folder names shipped with this build for the engine of `databaseUrl` (SQLite by default), in order. */
export function bundledMigrations(databaseUrl?: string): string[] {
  if (databaseUrl !== undefined && isPostgresUrl(databaseUrl)) return bundledPostgresMigrations();
  return migrationFolders(MIGRATIONS_DIR);
}

function appliedMigrations(file: string): string[] {
  if (!existsSync(file)) return [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (table === undefined) return [];
    return (
      db.prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL').all() as {
        migration_name: string;
      }[]
    ).map((r) => r.migration_name);
  } finally {
    db.close();
  }
}

/**
 * mkdir -p one level at a time: Node's recursive mkdirSync spins forever on some paths
 * (under /proc, for instance) instead of failing.
 */
function makeDirectory(dir: string): void {
  if (existsSync(dir)) return;
  const parent = path.dirname(dir);
  if (parent !== dir) makeDirectory(parent);
  mkdirSync(dir);
}

/**
 * What to do about a permission error, in the words of the commonest case: a folder (often a
 * Docker bind mount) owned by root while the service runs as another user.
 */
function permissionHint(error: unknown, dir: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if ((code !== 'EACCES' && code !== 'EPERM') || process.getuid === undefined || process.getgid === undefined) return '';
  let folder = dir;
  while (!existsSync(folder) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  const owner = `${process.getuid()}:${process.getgid()}`;
  return (
    `; the service runs as uid ${process.getuid()}, so make ${folder} writable by it (\`chown -R ${owner} ${folder}\`)` +
    ` or set DATABASE_URL to a folder it can write; in Docker, chown the host folder of a bind mount to ${owner}` +
    ` or run the container with --user set to the folder's owner`
  );
}

/**
 * Makes the database file usable: creates its folder, checks it is writable, applies pending
 * migrations with `prisma migrate deploy` (skipped when none are pending, which keeps restarts
 * fast) and refreshes planner statistics. Throws a one-line DatabaseStartupError otherwise. The
 * check of every page (`PRAGMA quick_check`, seconds at scale) runs once the service listens:
 * `checkIntegrity` in src/db/integrity.ts, started by src/server.ts.
 */
export function prepareDatabase(databaseUrl: string): { migrated: string[] } {
  if (isPostgresUrl(databaseUrl)) return preparePostgresDatabase(databaseUrl, (message) => new DatabaseStartupError(message));
  const file = path.resolve(sqlitePath(databaseUrl));
  const dir = path.dirname(file);
  try {
    makeDirectory(dir);
    accessSync(dir, constants.W_OK);
    if (existsSync(file)) accessSync(file, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw new DatabaseStartupError(`database ${file} is not writable: ${(error as Error).message}${permissionHint(error, dir)}`);
  }

  let pending: string[];
  try {
    const applied = new Set(appliedMigrations(file));
    pending = bundledMigrations().filter((m) => !applied.has(m));
  } catch (error) {
    throw new DatabaseStartupError(`database ${file} cannot be opened: ${(error as Error).message}`);
  }
  if (pending.length > 0) {
    const { ok, output } = migrateDeploy(`file:${file}`);
    if (!ok) throw new DatabaseStartupError(`migrating ${file} failed: ${lastLine(output)}`);
  }

  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    // Planner statistics, refreshed when a table grew or shrank a lot since the last run: without
    // them SQLite filters a search by status and scans, instead of starting from the FTS matches.
    db.pragma('analysis_limit = 1000');
    db.pragma('optimize = 0x10002');
  } catch (error) {
    throw new DatabaseStartupError(`database ${file} cannot be read: ${(error as Error).message}`);
  } finally {
    db?.close();
  }
  return { migrated: pending };
}
