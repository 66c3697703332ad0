import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { createPrismaClient } from '../src/db/client.js';
import { sqlitePath } from '../src/db/engine.js';
import { prepareDatabase } from '../src/db/migrations.js';
import { seed } from '../seed/seed.js';

/** Deletes the database file (and its WAL files), then migrates and seeds a fresh one. */
const config = loadConfig();
if (config.databaseEngine !== 'sqlite') {
  process.stderr.write('db:reset works on SQLite files only; on PostgreSQL use pg_dump, or drop and recreate the database\n');
  process.exit(1);
}
const file = path.resolve(sqlitePath(config.databaseUrl));
for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
prepareDatabase(config.databaseUrl);
const prisma = await createPrismaClient(config.databaseUrl);
try {
  await seed(prisma);
  process.stdout.write(`reset ${file}\n`);
} finally {
  await prisma.$disconnect();
}
