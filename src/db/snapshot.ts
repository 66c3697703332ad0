import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PROJECT_ROOT } from '../lib/paths.js';
import { sqlitePath } from './engine.js';
import { sql, type SqlReader } from './sql.js';

/**
 * Tables a snapshot leaves out: the curators' replay records (request bodies per curator key)
 * and the migration bookkeeping. Everything public stays, the change feed (Revision) included.
 */
export const SNAPSHOT_EXCLUDED_TABLES = ['IdempotencyRecord', '_prisma_migrations'] as const;

/** The published tables, referenced ones first, as a PostgreSQL snapshot copies them. */
const PUBLISHED_TABLES = [
  'Source',
  'SourceNote',
  'Country',
  'Leader',
  'Claim',
  'ClaimTopic',
  'TradeFigure',
  'DatasetState',
  'Revision',
];

const SQLITE_MIGRATIONS = path.join(PROJECT_ROOT, 'prisma/migrations');

/** The version the snapshot holds, read from the copy itself. */
function snapshotVersion(db: Database.Database): number {
  const row = db.prepare('SELECT version FROM DatasetState WHERE id = 1').get() as { version: number } | undefined;
  return row?.version ?? 0;
}

/**
 * Turns a fresh copy into the published file: curation tables dropped, a rollback journal
 * instead of WAL (one self-contained file), then VACUUM so no page of what was dropped survives
 * in the free list and the layout depends on the rows only.
 */
function finish(file: string): number {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = DELETE');
    for (const table of SNAPSHOT_EXCLUDED_TABLES) db.exec(`DROP TABLE IF EXISTS "${table}"`);
    const version = snapshotVersion(db);
    db.exec('VACUUM');
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`snapshot failed its integrity check: ${String(check)}`);
    return version;
  } finally {
    db.close();
  }
}

/** A SQLite database: SQLite's online backup API, consistent while the service writes. */
async function backupSqlite(databaseUrl: string, file: string): Promise<void> {
  const source = new Database(sqlitePath(databaseUrl), { readonly: true, fileMustExist: true });
  try {
    await source.backup(file);
  } finally {
    source.close();
  }
}

/** SQLite's column types per table of the copy: what the PostgreSQL values are converted to. */
function columnTypes(db: Database.Database, table: string): { name: string; type: string }[] {
  return db.prepare(`SELECT name, type FROM pragma_table_info(?) ORDER BY cid`).all(table) as { name: string; type: string }[];
}

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * PostgreSQL: the SQLite schema from this build's migrations (the same tables, indexes and
 * full-text triggers as a SQLite deployment), filled from the reader in one transaction per
 * table. Timestamps are read as text in UTC and stored as Prisma's SQLite adapter writes them.
 * Returns the dataset version read before and after, which differ if a write landed meanwhile.
 */
async function copyFromPostgres(reader: SqlReader, file: string): Promise<{ before: number; after: number }> {
  const db = new Database(file);
  try {
    for (const folder of readdirSync(SQLITE_MIGRATIONS)
      .filter((f) => /^\d{14}_/.test(f))
      .sort()) {
      db.exec(readFileSync(path.join(SQLITE_MIGRATIONS, folder, 'migration.sql'), 'utf8'));
    }
    const version = async () =>
      Number(
        (await reader.all<{ version: number }>(sql('SELECT "version" FROM "DatasetState" WHERE "id" = 1')))[0]?.version ?? 0,
      );
    const before = await version();
    for (const table of PUBLISHED_TABLES) {
      const columns = columnTypes(db, table);
      const select = columns
        .map((c) =>
          c.type === 'DATETIME'
            ? `to_char(${quoteName(c.name)}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"+00:00"') AS ${quoteName(c.name)}`
            : quoteName(c.name),
        )
        .join(', ');
      const rows = await reader.all<Record<string, unknown>>(sql(`SELECT ${select} FROM ${quoteName(table)} ORDER BY 1, 2`));
      const insert = db.prepare(
        `INSERT INTO ${quoteName(table)} (${columns.map((c) => quoteName(c.name)).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      db.transaction(() => {
        for (const row of rows) {
          insert.run(
            ...columns.map((c) => {
              const value = row[c.name];
              return typeof value === 'boolean' ? Number(value) : (value ?? null);
            }),
          );
        }
      })();
    }
    return { before, after: await version() };
  } finally {
    db.close();
  }
}

/**
 * Writes a snapshot of the dataset into `directory` and returns its file and version. On
 * PostgreSQL a copy that a write overtook is made again (up to three times).
 */
export async function writeSnapshot(
  engine: 'sqlite' | 'postgresql',
  databaseUrl: string,
  reader: SqlReader,
  directory: string,
): Promise<{ file: string; version: number }> {
  for (let attempt = 0; ; attempt += 1) {
    const file = path.join(directory, `building-${randomUUID()}.db`);
    try {
      if (engine === 'sqlite') {
        await backupSqlite(databaseUrl, file);
      } else {
        const { before, after } = await copyFromPostgres(reader, file);
        if (before !== after) {
          if (attempt < 2) continue;
          throw new Error('the dataset kept changing while its snapshot was copied');
        }
      }
      const version = finish(file);
      const final = path.join(directory, `snapshot-v${version}.db`);
      renameSync(file, final);
      return { file: final, version };
    } finally {
      rmSync(file, { force: true });
    }
  }
}
