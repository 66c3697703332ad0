import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { seed } from '../../seed/seed.js';
import { createPrismaClient } from '../../src/db/client.js';
import { prepareDatabase } from '../../src/db/migrations.js';

async function backup(from: string, to: string): Promise<void> {
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(to);
  } finally {
    source.close();
  }
}

export type SqliteTemplates = { migrated: string; seeded: string };

/**
 * Two SQLite files in `dir`, made the way a test database used to be made each time: one
 * prepared by `prepareDatabase` (migrations, integrity check, planner statistics), and a copy of
 * it seeded by `seed(prisma)`. Both are closed whole (no -wal file), so a plain file copy of
 * either is a complete database.
 */
export async function buildSqliteTemplates(dir: string): Promise<SqliteTemplates> {
  const migrated = path.join(dir, 'migrated.db');
  prepareDatabase(`file:${migrated}`);

  const work = path.join(dir, 'seeding.db');
  await backup(migrated, work);
  const prisma = await createPrismaClient(`file:${work}`);
  try {
    await seed(prisma);
  } finally {
    await prisma.$disconnect();
  }
  // The backup API writes one self-contained file whatever is left in the work file's WAL.
  const seeded = path.join(dir, 'seeded.db');
  await backup(work, seeded);
  for (const file of [migrated, seeded]) {
    if (existsSync(`${file}-wal`)) throw new Error(`${file} was left with a write-ahead log; a copy of it would be incomplete`);
  }
  return { migrated, seeded };
}
