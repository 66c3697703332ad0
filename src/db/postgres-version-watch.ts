import pg from 'pg';
import type { Generation } from './generation.js';

export type PostgresVersionReader = {
  /** The current generation, from memory: never waits. Null while the watch is not connected. */
  read(): Generation | null;
  /** A write this instance committed: it is the current version from now on, with no round trip. */
  noteCommitted(version: number): void;
  close(): Promise<void>;
};

export type PostgresVersionReaderOptions = {
  /** Milliseconds between fallback polls of DatasetState (default 100). */
  pollMs?: number;
  /** LISTEN for the migration's notifications (default true; tests turn it off to prove the poll). */
  listen?: boolean;
  /** Milliseconds before reconnecting after the connection is lost (default 500). */
  reconnectMs?: number;
};

export const VERSION_CHANNEL = 'allies_dataset_version';

/**
 * The dataset generation for the response cache when several instances share one PostgreSQL
 * database. The cache reads it synchronously for every request, so it is kept in memory and
 * updated from one dedicated connection:
 *
 * - LISTEN on allies_dataset_version, which a trigger on DatasetState notifies with the new
 *   version at every commit (migration 20261125000200_dataset_version_notify): another
 *   instance's write is seen as soon as the notification arrives, typically within milliseconds;
 * - a poll of DatasetState every `pollMs` as a fallback, so even a lost notification is seen
 *   within `pollMs` plus one query;
 * - `noteCommitted` for this instance's own writes, seen at once.
 *
 * Bound: a write committed anywhere is reflected in read() within `pollMs` plus one round trip
 * of its commit. While the connection is down read() returns null, so the cache serves nothing
 * it cannot vouch for; after reconnecting `dataVersion` moves, because notifications may have
 * been missed. `dataVersion` also moves on a notification without a version (a manual
 * `NOTIFY allies_dataset_version` after fixing data by hand empties every instance's cache).
 */
export async function openPostgresVersionReader(
  databaseUrl: string,
  options: PostgresVersionReaderOptions = {},
): Promise<PostgresVersionReader> {
  const pollMs = options.pollMs ?? 100;
  const reconnectMs = options.reconnectMs ?? 500;
  const listen = options.listen ?? true;

  let client: pg.Client | null = null;
  let connected = false;
  let closed = false;
  let version = -1;
  let dataVersion = 0;
  let polling = false;
  let reconnectTimer: NodeJS.Timeout | undefined;

  const observe = (seen: number) => {
    if (seen === version) return;
    // A smaller version means the dataset was replaced (a restore, a reset): a new generation too.
    if (seen < version) dataVersion += 1;
    version = seen;
  };

  async function readVersion(c: pg.Client): Promise<number> {
    const result = await c.query<{ version: number }>('SELECT "version" FROM "DatasetState" WHERE "id" = 1');
    return result.rows[0]?.version ?? -1;
  }

  function lost(c: pg.Client) {
    if (client !== c) return;
    connected = false;
    client = null;
    c.removeAllListeners('notification');
    c.end().catch(() => undefined);
    if (!closed) reconnectTimer ??= setTimeout(reconnect, reconnectMs).unref() as NodeJS.Timeout;
  }

  async function connect(): Promise<void> {
    const c = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
    c.on('error', () => lost(c));
    c.on('end', () => lost(c));
    await c.connect();
    if (listen) {
      c.on('notification', (message) => {
        if (message.channel !== VERSION_CHANNEL) return;
        const announced = Number(message.payload);
        if (message.payload !== undefined && message.payload !== '' && Number.isInteger(announced)) {
          if (announced > version) version = announced;
        } else {
          dataVersion += 1;
        }
      });
      await c.query(`LISTEN ${VERSION_CHANNEL}`);
    }
    // Read after LISTEN: a commit between the two is then seen by one or the other.
    const current = await readVersion(c);
    client = c;
    connected = true;
    observe(current);
  }

  function reconnect() {
    reconnectTimer = undefined;
    if (closed) return;
    connect().then(
      () => {
        // Anything may have been committed while we were away.
        dataVersion += 1;
      },
      () => {
        if (!closed) reconnectTimer ??= setTimeout(reconnect, reconnectMs).unref() as NodeJS.Timeout;
      },
    );
  }

  await connect();

  const poller = setInterval(() => {
    const c = client;
    if (c === null || polling) return;
    polling = true;
    readVersion(c)
      .then(observe, () => lost(c))
      .finally(() => {
        polling = false;
      });
  }, pollMs).unref();

  return {
    read: () => (connected ? { version, dataVersion } : null),
    noteCommitted: (committed) => {
      if (committed > version) version = committed;
    },
    close: async () => {
      closed = true;
      clearInterval(poller);
      if (reconnectTimer !== undefined) clearTimeout(reconnectTimer);
      const c = client;
      client = null;
      connected = false;
      await c?.end().catch(() => undefined);
    },
  };
}
