import pg from 'pg';
import { BUSY_TIMEOUT_MS } from './engine.js';
import { utcTimestamps } from './postgres-types.js';
import { numberedPlaceholders, type Sql } from './sql.js';
import type { Tx, WriteConnection } from './write-tx.js';

/**
 * The write connection on PostgreSQL: one pg client, statements with `?` placeholders numbered
 * for it. A lock held by another instance's writer is waited for up to `lockTimeoutMs`
 * (`lock_timeout`, BUSY_TIMEOUT_MS unless a writer with a shorter busy timeout says so), then
 * reported as busy (55P03) like SQLite's locked file.
 */
export async function openPostgresWriteConnection(
  databaseUrl: string,
  lockTimeoutMs = BUSY_TIMEOUT_MS,
): Promise<WriteConnection> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000, types: utcTimestamps });
  let broken = false;
  let open = false;
  // A connection lost while idle must not crash the process; the next write fails and the Writer reopens.
  client.on('error', () => {
    broken = true;
  });
  client.on('end', () => {
    broken = true;
  });
  await client.connect();
  await client.query(`SET lock_timeout = ${Math.max(1, Math.round(lockTimeoutMs))}`);
  const query = (q: Sql) => client.query(numberedPlaceholders(q.text), q.params);
  const tx: Tx = {
    dialect: 'postgresql',
    all: async <Row>(q: Sql) => (await query(q)).rows as Row[],
    get: async <Row>(q: Sql) => (await query(q)).rows[0] as Row | undefined,
    run: async (q) => (await query(q)).rowCount ?? 0,
    dateParam: (date) => date.toISOString(),
  };
  return {
    tx,
    begin: async () => {
      await client.query('BEGIN');
      open = true;
    },
    exec: async (statement) => {
      const ends = statement === 'COMMIT' || statement === 'ROLLBACK';
      try {
        await client.query(statement);
      } finally {
        if (ends) open = false;
      }
    },
    inTransaction: () => open && !broken,
    pragma: async () => {
      throw new Error('PRAGMA is SQLite’s');
    },
    close: async () => {
      // Bounded: ending a client whose socket is dead can wait for a reply that never comes.
      await Promise.race([client.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    },
  };
}
