import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/prisma/client.js';
import { BUSY_TIMEOUT_MS, cacheSizePragma, isPostgresUrl } from './engine.js';
import { createPostgresClient } from './postgres-client.js';

export type Db = PrismaClient;

/**
 * `busyTimeoutMs` blocks the whole event loop while it waits (better-sqlite3 is synchronous);
 * the writer passes 0 and waits for locks asynchronously instead (see Writer).
 */
export async function createPrismaClient(databaseUrl: string, busyTimeoutMs = BUSY_TIMEOUT_MS): Promise<Db> {
  if (isPostgresUrl(databaseUrl)) return createPostgresClient(databaseUrl);
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl, timeout: busyTimeoutMs });
  const prisma = new PrismaClient({ adapter });
  // WAL lets readers proceed during a write and keeps acknowledged commits durable across a crash.
  await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  // FULL: a commit is on disk before the API acknowledges it, even across power loss.
  await prisma.$executeRawUnsafe('PRAGMA synchronous = FULL');
  await prisma.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  await prisma.$executeRawUnsafe(`PRAGMA busy_timeout = ${busyTimeoutMs}`);
  await prisma.$executeRawUnsafe(`PRAGMA ${cacheSizePragma('other')}`);
  return prisma;
}
