import type { Db } from './client.js';

/** Connections per client. The app opens two clients (reads, writes) per instance. */
const POOL_SIZE = 10;

/**
 * A Prisma client on PostgreSQL through @prisma/adapter-pg. Its generated client
 * (src/generated/prisma-pg) comes from prisma/postgresql/schema.prisma, which is generated from
 * the same models as the SQLite one (scripts/generate-postgres-schema.ts), so both clients
 * have the same model API. TypeScript still refuses the assignment because `$transaction`'s
 * isolationLevel option differs (SQLite knows only Serializable; this code never passes one), so
 * the cast to the SQLite client's type is that claim; the seed and API tests check it on a real
 * server (the postgresql vitest project).
 */
export async function createPostgresClient(databaseUrl: string): Promise<Db> {
  // Loaded on first use: a SQLite deployment never pays for the second client and the pg driver.
  const [{ PrismaPg }, { PrismaClient: PostgresPrismaClient }] = await Promise.all([
    import('@prisma/adapter-pg'),
    import('../generated/prisma-pg/client.js'),
  ]);
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: POOL_SIZE });
  const client = new PostgresPrismaClient({ adapter });
  await client.$connect();
  const db = client as unknown as Db;
  postgresClients.add(db);
  return db;
}

const postgresClients = new WeakSet<Db>();

/** True for a client made by createPostgresClient: code shared by both engines asks this before engine-specific SQL. */
export function isPostgresClient(db: Db): boolean {
  return postgresClients.has(db);
}

/**
 * Key of the transaction-scoped advisory lock the seed takes on PostgreSQL, so instances
 * starting together on an empty database seed it once (the second waits, then finds every
 * record present). Any fixed bigint works; this one spells the project's date.
 */
export const SEED_LOCK_KEY = 2026_11_23;
