import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createPrismaClient } from '../../src/db/client.js';
import { openVersionReader } from '../../src/db/generation.js';

export type VersionReadCost = { method: string; iterations: number; microsecondsPerRead: number };

function time(iterations: number, fn: () => void): number {
  for (let i = 0; i < Math.min(1000, iterations); i += 1) fn();
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) fn();
  return ((performance.now() - start) * 1000) / iterations;
}

async function timeAsync(iterations: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(200, iterations); i += 1) await fn();
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) await fn();
  return ((performance.now() - start) * 1000) / iterations;
}

/**
 * What one read of the dataset version costs, the ways the response cache could do it: the
 * plugin's own prepared statement, SQLite's PRAGMA data_version (changes on any other
 * connection's commit, so it cannot tell a dataset write from any other), and Prisma.
 */
export async function measureVersionRead(databaseUrl: string, scale = 1): Promise<VersionReadCost[]> {
  const file = databaseUrl.replace(/^file:/, '');
  const reader = openVersionReader(databaseUrl);
  const raw = new Database(file, { fileMustExist: true });
  const dataVersion = raw.prepare('PRAGMA data_version').pluck();
  const prisma = await createPrismaClient(databaseUrl);
  const fast = Math.max(1000, Math.round(100_000 * scale));
  const slow = Math.max(200, Math.round(3000 * scale));
  try {
    return [
      {
        method: 'better-sqlite3 prepared SELECT (the plugin)',
        iterations: fast,
        microsecondsPerRead: time(fast, () => reader.read()),
      },
      {
        method: 'better-sqlite3 PRAGMA data_version',
        iterations: fast,
        microsecondsPerRead: time(fast, () => dataVersion.get()),
      },
      {
        method: 'Prisma $queryRaw SELECT',
        iterations: slow,
        microsecondsPerRead: await timeAsync(slow, () => prisma.$queryRaw`SELECT version FROM DatasetState WHERE id = 1`),
      },
      {
        method: 'Prisma datasetState.findUnique',
        iterations: slow,
        microsecondsPerRead: await timeAsync(slow, () =>
          prisma.datasetState.findUnique({ where: { id: 1 }, select: { version: true } }),
        ),
      },
    ];
  } finally {
    reader.close();
    raw.close();
    await prisma.$disconnect();
  }
}
