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

/** File path of a `file:` URL, as better-sqlite3 and the Prisma adapter resolve it. */
export function sqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, '').replace(/\?.*$/, '');
}
