import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { createPrismaClient, type Db } from '../../src/db/client.js';
import type { DatabaseEngine } from '../../src/db/engine.js';
import { prepareDatabase } from '../../src/db/migrations.js';
import { seed } from '../../seed/seed.js';

/** `file` and `dir` are empty on PostgreSQL. `remove` deletes the file or drops the database. */
export type TestDatabase = { url: string; file: string; dir: string; remove: () => void | Promise<void> };

/** The engine this vitest project tests (vitest.config.ts sets it per project). */
export function testEngine(): DatabaseEngine {
  return process.env.TEST_DATABASE_ENGINE === 'postgresql' ? 'postgresql' : 'sqlite';
}

/** A fresh SQLite file in its own temp folder, migrated with `prisma migrate deploy`. */
export function createTestDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'allies-api-test-'));
  const file = path.join(dir, 'test.db');
  const url = `file:${file}`;
  prepareDatabase(url);
  return { url, file, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

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

/**
 * A fresh PostgreSQL database on the run's server. By default a copy of the template the global
 * setup migrated with `prisma migrate deploy` (a copy takes milliseconds, a migration seconds);
 * `{ empty: true }` gives one with nothing in it, for tests of migrating itself.
 */
export async function createPostgresTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  serial += 1;
  const name = `allies_test_${process.pid}_${serial}_${Math.random().toString(36).slice(2, 8)}`;
  const template = options.empty ? 'template0' : inject('postgresTemplate');
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    url: withDatabase(inject('postgresAdminUrl'), name),
    file: '',
    dir: '',
    remove: () => admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

/** A migrated, empty database on this project's engine. */
export async function createEngineTestDatabase(): Promise<TestDatabase> {
  return testEngine() === 'postgresql' ? createPostgresTestDatabase() : createTestDatabase();
}

export async function createSeededDatabase(): Promise<TestDatabase & { prisma: Db }> {
  const database = await createEngineTestDatabase();
  const prisma = await createPrismaClient(database.url);
  await seed(prisma);
  return { ...database, prisma };
}
