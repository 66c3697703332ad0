import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createPrismaClient } from '../../src/db/client.js';

export type QueryCost = { query: string; prismaMicros: number; rawMicros: number; rows: number };

async function time(iterations: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < Math.min(50, iterations); i += 1) await fn();
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) await fn();
  return ((performance.now() - start) * 1000) / iterations;
}

/**
 * What the database part of an uncached list costs in-process, one call at a time: the queries
 * the repositories send through Prisma (a page with its two relations, plus the count) against
 * one prepared better-sqlite3 statement returning the same rows and total, serialised.
 * Evidence for where a cold request's time goes; not a measure of the HTTP API.
 */
export async function measureQueryCost(databaseUrl: string, scale = 1): Promise<QueryCost[]> {
  const prisma = await createPrismaClient(databaseUrl);
  const raw = new Database(databaseUrl.replace(/^file:/, ''), { fileMustExist: true, readonly: true });
  const iterations = Math.max(20, Math.round(300 * scale));
  const include = { country: { select: { code: true, name: true } }, source: { select: { id: true, title: true } } } as const;
  const select = `SELECT c.*, co.name AS countryName, s.title AS sourceTitle, COUNT(*) OVER () AS total
    FROM Claim c JOIN Country co ON co.code = c.countryCode JOIN Source s ON s.id = c.sourceId`;
  const filtered = raw.prepare(
    `${select} WHERE c.countryCode IN (?) AND c.status = 'active' ORDER BY c.countryCode, c.id LIMIT 21`,
  );
  const searched = raw.prepare(
    `${select} WHERE c.id IN (SELECT k.claim_id FROM claim_fts f JOIN claim_fts_key k ON k.key = f.rowid WHERE claim_fts MATCH ?) AND c.status = 'active' ORDER BY c.countryCode, c.id LIMIT 21`,
  );
  const shape = (rows: Record<string, unknown>[]) =>
    JSON.stringify(
      rows.map(({ countryName, sourceTitle, total: _total, ...c }) => ({
        ...c,
        country: { code: c.countryCode, name: countryName },
        source: { id: c.sourceId, title: sourceTitle },
      })),
    );
  try {
    const where = { AND: [{ countryCode: { in: ['KP'] } }, { status: 'active' }] };
    const prismaList = () =>
      Promise.all([
        prisma.claim.findMany({ where, orderBy: [{ countryCode: 'asc' }, { id: 'asc' }], take: 21, include }),
        prisma.claim.count({ where }),
      ]).then(([rows]) => JSON.stringify(rows));
    const ftsIds = async () =>
      (
        await prisma.$queryRaw<
          { claim_id: string }[]
        >`SELECT k.claim_id FROM claim_fts f JOIN claim_fts_key k ON k.key = f.rowid WHERE claim_fts MATCH ${'"drones"*'}`
      ).map((r) => r.claim_id);
    const prismaSearch = async () => {
      const ids = await ftsIds();
      const w = { AND: [{ id: { in: ids } }, { status: 'active' }] };
      const [rows] = await Promise.all([
        prisma.claim.findMany({ where: w, orderBy: [{ countryCode: 'asc' }, { id: 'asc' }], take: 21, include }),
        prisma.claim.count({ where: w }),
      ]);
      return JSON.stringify(rows);
    };
    return [
      {
        query: 'filtered page (country=KP) + total',
        prismaMicros: await time(iterations, prismaList),
        rawMicros: await time(iterations * 10, () => shape(filtered.all('KP') as Record<string, unknown>[])),
        rows: (filtered.all('KP') as unknown[]).length,
      },
      {
        query: 'search page (q=drones) + total',
        prismaMicros: await time(iterations, prismaSearch),
        rawMicros: await time(iterations * 10, () => shape(searched.all('"drones"*') as Record<string, unknown>[])),
        rows: (searched.all('"drones"*') as unknown[]).length,
      },
    ];
  } finally {
    raw.close();
    await prisma.$disconnect();
  }
}
