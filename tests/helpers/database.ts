import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { createPrismaClient, type Db } from '../../src/db/client.js';
import type { DatabaseEngine } from '../../src/db/engine.js';
import { buildSqliteTemplates, type SqliteTemplates } from './sqlite-templates.js';

/** `file` and `dir` are empty on PostgreSQL. `remove` deletes the folder or drops the database. */
export type TestDatabase = { url: string; file: string; dir: string; remove: () => void | Promise<void> };

/**
 * What a new test database holds: the seed (the default), only the migrated schema, or nothing
 * at all (for tests of migrating itself; on SQLite, a path where no file exists yet).
 */
export type DatabaseContents = 'seeded' | 'migrated' | 'empty';

export type DatabaseOptions = { contents?: DatabaseContents; engine?: DatabaseEngine };

/** The engine this vitest project tests (vitest.config.ts sets it per project). */
export function testEngine(): DatabaseEngine {
  return process.env.TEST_DATABASE_ENGINE === 'postgresql' ? 'postgresql' : 'sqlite';
}

/**
 * A database of its own for one test file, on this project's engine unless `engine` says
 * otherwise: a copy of a template that global setup migrated (and seeded) once per run
 * (sqlite-global-setup.ts, postgres-global-setup.ts), which takes milliseconds where migrating
 * takes seconds.
 */
export async function createTestDatabase(options: DatabaseOptions = {}): Promise<TestDatabase> {
  const contents = options.contents ?? 'seeded';
  return (options.engine ?? testEngine()) === 'postgresql' ? createPostgresDatabase(contents) : createSqliteDatabase(contents);
}

/** A seeded test database (see createTestDatabase) with a client on it; `remove` disconnects it first. */
export async function createSeededDatabase(options: { engine?: DatabaseEngine } = {}): Promise<TestDatabase & { prisma: Db }> {
  const database = await createTestDatabase({ ...options, contents: 'seeded' });
  const prisma = await createPrismaClient(database.url);
  return {
    ...database,
    prisma,
    remove: async () => {
      await prisma.$disconnect();
      await database.remove();
    },
  };
}

/**
 * A write straight to the database, standing in for the write path: like every real write it
 * moves the dataset version, which response caches and validators key on.
 */
export async function changeData(prisma: Db, write: () => Promise<unknown>): Promise<void> {
  await write();
  await prisma.datasetState.update({ where: { id: 1 }, data: { version: { increment: 1 }, updatedAt: new Date() } });
  // This is another connection's commit: on PostgreSQL the app learns of it by NOTIFY, within the
  // documented 100 ms poll bound plus a round trip; on SQLite from data_version on its next read.
  if (testEngine() === 'postgresql') await new Promise((resolve) => setTimeout(resolve, 250));
}

// ---- SQLite ---------------------------------------------------------------------------------

let localTemplates: Promise<SqliteTemplates> | undefined;

/**
 * The run's templates, or, where no global setup made them (the PostgreSQL project, which
 * still opens a SQLite file now and then), templates made once by this worker.
 */
function sqliteTemplates(): Promise<SqliteTemplates> {
  const migrated = inject('sqliteTemplate');
  const seeded = inject('sqliteSeededTemplate');
  if (migrated !== undefined && seeded !== undefined) return Promise.resolve({ migrated, seeded });
  localTemplates ??= (async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'allies-api-templates-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return buildSqliteTemplates(dir);
  })();
  return localTemplates;
}

async function createSqliteDatabase(contents: DatabaseContents): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'allies-api-test-'));
  const file = path.join(dir, 'test.db');
  try {
    if (contents !== 'empty') {
      const templates = await sqliteTemplates();
      copyFileSync(contents === 'seeded' ? templates.seeded : templates.migrated, file);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { url: `file:${file}`, file, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// ---- PostgreSQL -----------------------------------------------------------------------------

let serial = 0;

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('postgresAdminUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database on the run's server, copied from a template (CREATE DATABASE … TEMPLATE). */
async function createPostgresDatabase(contents: DatabaseContents): Promise<TestDatabase> {
  serial += 1;
  const name = `allies_test_${process.pid}_${serial}_${Math.random().toString(36).slice(2, 8)}`;
  const template =
    contents === 'empty' ? 'template0' : contents === 'seeded' ? inject('postgresSeededTemplate') : inject('postgresTemplate');
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    url: withDatabase(inject('postgresAdminUrl'), name),
    file: '',
    dir: '',
    remove: () => admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}
