import { isPostgresUrl } from './engine.js';
import { openSqliteWriteConnection } from './sqlite-write-connection.js';
import type { WriteConnection } from './write-tx.js';

/** The write connection for `databaseUrl`'s engine (PostgreSQL's driver loads only for a PostgreSQL URL). */
export async function openWriteConnection(databaseUrl: string): Promise<WriteConnection> {
  if (!isPostgresUrl(databaseUrl)) return openSqliteWriteConnection(databaseUrl);
  const { openPostgresWriteConnection } = await import('./postgres-write-connection.js');
  return openPostgresWriteConnection(databaseUrl);
}
