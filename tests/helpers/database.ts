import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient, type Db } from '../../src/db/client.js';
import { prepareDatabase } from '../../src/db/migrations.js';
import { seed } from '../../seed/seed.js';

export type TestDatabase = { url: string; file: string; dir: string; remove: () => void };

/** A fresh SQLite file in its own temp folder, migrated with `prisma migrate deploy`. */
export function createTestDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'allies-api-test-'));
  const file = path.join(dir, 'test.db');
  const url = `file:${file}`;
  prepareDatabase(url);
  return { url, file, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function createSeededDatabase(): Promise<TestDatabase & { prisma: Db }> {
  const database = createTestDatabase();
  const prisma = await createPrismaClient(database.url);
  await seed(prisma);
  return { ...database, prisma };
}
