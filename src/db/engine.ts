export type DatabaseEngine = 'sqlite' | 'postgresql';

/** A postgres:// or postgresql:// URL that parses, with a host. */
export function isPostgresUrl(url: string): boolean {
  if (!/^postgres(ql)?:\/\//i.test(url)) return false;
  try {
    return new URL(url).hostname !== '';
  } catch {
    return false;
  }
}

export function databaseEngine(url: string): DatabaseEngine {
  return isPostgresUrl(url) ? 'postgresql' : 'sqlite';
}

/** Where a database is, for messages and logs: host, port and database name, never credentials. */
export function describeDatabase(url: string): string {
  if (!isPostgresUrl(url)) return url.replace(/^file:/, '').replace(/\?.*$/, '');
  const parsed = new URL(url);
  return `postgresql://${parsed.host}${parsed.pathname}`;
}

/** Milliseconds a statement (or a write, retrying) waits for another connection's lock before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * SQLite's page cache per connection, in KiB (`PRAGMA cache_size = -N`). better-sqlite3 builds
 * SQLite with 16 MB a connection, and a connection's cache fills as it reads: on a large file the
 * process's four connections (the reader, the search thread's, the writer's, the generation's) would hold
 * 64 MB of pages the OS already caches, resident for the life of the process (a scan of the 1M-claim
 * file: +16 MB RSS, against +2 MB at 2 MB). The reader, which answers every list, keeps more.
 * The search thread's reads (a search's total and ranked ids, once per generation) cost CPU in
 * bm25, not page reads: at a million claims, 150 first searches of different words took the same
 * time with 2 MB as with 8 MB (p50 44-48 ms, p90 151-156 ms), for 6-7 MB less RSS.
 */
export const SQLITE_CACHE_KIB = { reader: 8192, search: 2048, writer: 2048, other: 1024 } as const;

/** `PRAGMA cache_size` for a connection of `role` (see SQLITE_CACHE_KIB). */
export const cacheSizePragma = (role: keyof typeof SQLITE_CACHE_KIB): string => `cache_size = -${SQLITE_CACHE_KIB[role]}`;

/** File path of a `file:` URL, as better-sqlite3 and the Prisma adapter resolve it. */
export function sqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, '').replace(/\?.*$/, '');
}
