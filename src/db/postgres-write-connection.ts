import pg from 'pg';
import { BUSY_TIMEOUT_MS } from './engine.js';
import { numberedPlaceholders, type Sql } from './sql.js';
import type { Tx, WriteConnection } from './write-tx.js';

const TIMESTAMP_OID = 1114;

/**
 * Prisma's columns are `timestamp(3)` without a time zone, holding UTC. pg parses those in the
 * process's local zone by default; the writer reads them as UTC, as Prisma does.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP_OID
      ? (text: string) => new Date(`${text.replace(' ', 'T')}Z`)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * The write connection on PostgreSQL: one pg client, statements with `?` placeholders numbered
 * for it. A lock held by another instance's writer is waited for up to BUSY_TIMEOUT_MS
 * (`lock_timeout`), then reported as busy (55P03) like SQLite's locked file.
 */
export async function openPostgresWriteConnection(databaseUrl: string): Promise<WriteConnection> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000, types });
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
  await client.query(`SET lock_timeout = ${BUSY_TIMEOUT_MS}`);
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
