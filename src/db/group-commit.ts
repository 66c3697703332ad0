import { setTimeout as sleep } from 'node:timers/promises';
import { StorageUnavailableError } from '../domain/errors.js';
import { BUSY_TIMEOUT_MS } from './engine.js';
import { postgresStorageFailure } from './postgres-errors.js';
import { sql } from './sql.js';
import type { Tx, WriteConnection } from './write-tx.js';

/** The failures a write is answered 503 for (busy, disk full, connection lost), from any driver's error. */
export function storageFailure(error: unknown): StorageUnavailableError | null {
  if (error instanceof StorageUnavailableError) return error;
  const text = `${(error as { message?: string })?.message ?? ''} ${JSON.stringify((error as { meta?: unknown })?.meta ?? '')} ${String((error as { code?: string })?.code ?? '')}`;
  if (/SQLITE_BUSY|database is locked|SocketTimeout|P1008|Socket timeout/i.test(text))
    return new StorageUnavailableError('busy', { cause: error });
  if (/SQLITE_FULL|database or disk is full/i.test(text)) return new StorageUnavailableError('full', { cause: error });
  const postgres = postgresStorageFailure(text);
  return postgres === null ? null : new StorageUnavailableError(postgres, { cause: error });
}

/**
 * What a unit returns when it changed nothing (a PATCH that sets every field to its current
 * value): its savepoint is rolled back, and the dataset version bump with it, so nothing is
 * committed for it and no cache is invalidated.
 */
export class Unchanged<T> {
  constructor(readonly value: T) {}
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** The work of one queued write: its reads and writes through `tx`, with the dataset version it makes. */
export type Execute<Req, Res> = (tx: Tx, request: Req, datasetVersion: number) => Promise<Res | Unchanged<Res>>;

/**
 * Where a batch's outcomes go: `version` is the dataset version after the commit (null when the
 * batch changed nothing), reported before any outcome so that caches are invalidated before a
 * write is acknowledged.
 */
export type Deliver<Ticket, Res> = (version: number | null, outcomes: [Ticket, Settled<Res>][]) => void;

export type GroupCommitOptions = {
  /** Most writes in one transaction; 1 turns group commit off. */
  maxBatch: number;
  /** How long a batch retries a locked database before its writes are answered 503 (default BUSY_TIMEOUT_MS). */
  busyTimeoutMs?: number;
};

type Entry<Req, Ticket> = { request: Req; ticket: Ticket };

/** A unit's error ended the whole transaction (SQLite does on SQLITE_FULL, I/O errors): that write fails, the others run again. */
class TransactionLost<Req, Ticket> extends Error {
  constructor(
    readonly entry: Entry<Req, Ticket>,
    readonly failure: unknown,
  ) {
    super('the transaction ended with its unit');
  }
}

const BUMP_VERSION =
  'INSERT INTO "DatasetState" ("id", "version", "updatedAt") VALUES (1, 1, ?) ' +
  'ON CONFLICT ("id") DO UPDATE SET "version" = "DatasetState"."version" + 1, "updatedAt" = excluded."updatedAt" RETURNING "version"';

async function bumpVersion(tx: Tx): Promise<number> {
  const row = await tx.get<{ version: number }>(sql(BUMP_VERSION, [tx.dateParam(new Date())]));
  if (row === undefined) throw new Error('DatasetState was not updated');
  return Number(row.version);
}

/**
 * The single writer's engine: writes queue here and run one batch at a time, each batch one
 * transaction on the one write connection, so readers never see uncommitted rows and the
 * commit's fsync is paid once for the whole batch (group commit). A batch is whatever queued
 * while the previous one ran, up to `maxBatch`: one write alone commits at once, and under load
 * batches grow with the queue.
 *
 * Each write runs in a SAVEPOINT of its own and first bumps the dataset version (on PostgreSQL
 * that takes the DatasetState row lock, which serializes the writers of several instances
 * before anything is read). A write that fails (a 404, a version conflict, a quote not found,
 * a disk too full for it) is rolled back to its savepoint alone; the others commit. Every
 * outcome is delivered only after COMMIT: when COMMIT fails, every write of the batch fails
 * with it and nothing was written. A locked database (SQLITE_BUSY, a PostgreSQL lock or
 * serialization failure) fails the whole attempt, which is retried, asleep in between, for up
 * to `busyTimeoutMs`: retrying is safe because a failed attempt was rolled back whole.
 */
export class GroupCommitter<Req, Res, Ticket> {
  private readonly queue: Entry<Req, Ticket>[] = [];
  private running: Promise<void> | null = null;
  private connection: WriteConnection | null = null;
  private readonly maxBatch: number;
  private readonly busyTimeoutMs: number;

  constructor(
    private readonly open: () => WriteConnection | Promise<WriteConnection>,
    private readonly execute: Execute<Req, Res>,
    private readonly deliver: Deliver<Ticket, Res>,
    options: GroupCommitOptions,
  ) {
    this.maxBatch = Math.max(1, Math.floor(options.maxBatch));
    this.busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  }

  /** Opens the connection now (a bad URL or unreadable file fails here, at start, rather than at the first write). */
  async connect(): Promise<void> {
    await this.current();
  }

  enqueue(ticket: Ticket, request: Req): void {
    this.queue.push({ request, ticket });
    // Started on the next turn of the event loop, so writes that arrive together commit together.
    this.running ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.drain());
  }

  /** A maintenance statement on the write connection, between batches. */
  async pragma(statement: string): Promise<unknown> {
    await this.idle();
    return (await this.current()).pragma(statement);
  }

  /** Waits for every queued write to be delivered, then closes the connection. */
  async close(): Promise<void> {
    await this.idle();
    const connection = this.connection;
    this.connection = null;
    await connection?.close();
  }

  private async idle(): Promise<void> {
    while (this.running !== null) await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.runBatch(this.queue.splice(0, this.maxBatch));
    } finally {
      this.running = null;
    }
  }

  private async current(): Promise<WriteConnection> {
    this.connection ??= await this.open();
    return this.connection;
  }

  /** Drops a connection that broke (PostgreSQL's lost mid-transaction); the next batch opens a new one. */
  private async replace(): Promise<void> {
    const broken = this.connection;
    this.connection = null;
    await broken?.close().catch(() => undefined);
  }

  private async runBatch(batch: Entry<Req, Ticket>[]): Promise<void> {
    const deadline = Date.now() + this.busyTimeoutMs;
    let entries = batch;
    for (let delay = 5; ;) {
      try {
        const { version, outcomes } = await this.attempt(entries);
        this.deliver(version, outcomes);
        return;
      } catch (error) {
        if (error instanceof TransactionLost) {
          this.deliver(null, [[error.entry.ticket, { ok: false, error: storageFailure(error.failure) ?? error.failure }]]);
          entries = entries.filter((e) => e !== error.entry);
          if (entries.length === 0) return;
          continue;
        }
        const failure = storageFailure(error);
        const left = deadline - Date.now();
        // The last sleep is cut to the deadline, so a write waits the whole busy timeout (giving
        // up when the next doubling would overshoot it answered up to 100 ms early).
        if (failure?.reason === 'busy' && left > 0) {
          await sleep(Math.min(delay, left));
          delay = Math.min(delay * 2, 100);
          continue;
        }
        this.deliver(
          null,
          entries.map((e) => [e.ticket, { ok: false, error: failure ?? error }]),
        );
        return;
      }
    }
  }

  private async attempt(entries: Entry<Req, Ticket>[]): Promise<{ version: number | null; outcomes: [Ticket, Settled<Res>][] }> {
    const connection = await this.current();
    try {
      await connection.begin();
      const outcomes: [Ticket, Settled<Res>][] = [];
      let version: number | null = null;
      for (const entry of entries) {
        await connection.exec('SAVEPOINT write');
        try {
          const datasetVersion = await bumpVersion(connection.tx);
          const result = await this.execute(connection.tx, entry.request, datasetVersion);
          if (result instanceof Unchanged) {
            await connection.exec('ROLLBACK TO write');
            outcomes.push([entry.ticket, { ok: true, value: result.value }]);
          } else {
            version = datasetVersion;
            outcomes.push([entry.ticket, { ok: true, value: result }]);
          }
        } catch (error) {
          const failure = storageFailure(error);
          // A lock or a lost connection concerns the whole batch, not this write.
          if (failure !== null && failure.reason !== 'full') throw failure;
          if (!connection.inTransaction()) throw new TransactionLost(entry, error);
          await connection.exec('ROLLBACK TO write');
          outcomes.push([entry.ticket, { ok: false, error: failure ?? error }]);
        }
        await connection.exec('RELEASE write');
      }
      // Every write was rolled back to its savepoint (failed or changed nothing): there is
      // nothing to commit, and a ROLLBACK leaves the file, so every cache, as it was (a COMMIT
      // would still write to the WAL and move data_version).
      await connection.exec(version === null ? 'ROLLBACK' : 'COMMIT');
      return { version, outcomes };
    } catch (error) {
      if (connection.inTransaction()) await connection.exec('ROLLBACK').catch(() => undefined);
      if (storageFailure(error)?.reason === 'unavailable') await this.replace();
      throw error;
    }
  }
}
