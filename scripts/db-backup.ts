import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../src/config.js';
import { sqlitePath } from '../src/db/engine.js';

/**
 * Online backup with SQLite's backup API: consistent, and safe while the service is serving
 * and writing. Usage: npm run db:backup [-- <destination file>]
 */
const config = loadConfig();
if (config.databaseEngine !== 'sqlite') {
  process.stderr.write('db:backup works on SQLite files only; on PostgreSQL use pg_dump, or drop and recreate the database\n');
  process.exit(1);
}
const source = path.resolve(sqlitePath(config.databaseUrl));
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const destination = path.resolve(process.argv[2] ?? path.join(path.dirname(source), 'backups', `app-${stamp}.db`));
mkdirSync(path.dirname(destination), { recursive: true });

const db = new Database(source, { fileMustExist: true, readonly: true });
try {
  await db.backup(destination);
} finally {
  db.close();
}
const copy = new Database(destination, { readonly: true });
try {
  const check = copy.pragma('integrity_check', { simple: true });
  if (check !== 'ok') throw new Error(`backup failed its integrity check: ${String(check)}`);
} finally {
  copy.close();
}
process.stdout.write(`${destination}\n`);
