import { setTimeout as sleep } from 'node:timers/promises';
import { BUSY_TIMEOUT_MS, type Db } from './client.js';
import { StorageUnavailableError } from '../domain/errors.js';
import { postgresStorageFailure } from './postgres-errors.js';

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

function storageFailure(error: unknown): StorageUnavailableError | null {
  const text = `${(error as { message?: string })?.message ?? ''} ${JSON.stringify((error as { meta?: unknown })?.meta ?? '')} ${String((error as { code?: string })?.code ?? '')}`;
  if (/SQLITE_BUSY|database is locked|SocketTimeout|P1008|Socket timeout/i.test(text))
    return new StorageUnavailableError('busy', { cause: error });
  if (/SQLITE_FULL|database or disk is full/i.test(text)) return new StorageUnavailableError('full', { cause: error });
  const postgres = postgresStorageFailure(text);
  return postgres === null ? null : new StorageUnavailableError(postgres, { cause: error });
}

/**
 * The single writer. Every write runs here, one at a time, in one transaction on a connection
 * reserved for writes, so readers never see uncommitted rows. The transaction starts by
 * bumping the dataset version, which takes SQLite's write lock before anything else happens:
 * a locked database fails fast, before any work. After any failure a defensive ROLLBACK runs
 * before the next write: Prisma's better-sqlite3 adapter can leave the connection inside a
 * transaction when COMMIT fails with SQLITE_BUSY (prisma/prisma#29933), which would silently
 * swallow every later "successful" write.
 *
 * The ROLLBACK alone is not enough: when COMMIT (or BEGIN) fails, Prisma 6.19 never calls the
 * adapter's commit()/rollback(), so the adapter's transaction mutex stays held and every later
 * $transaction waits on it forever (maxWait does not cancel that wait): all writes hang. So
 * after a failure that did not come from the write's own code, the connection is replaced by a
 * fresh one from `reopen` (tests/write-api/busy-database.test.ts reproduces this on a
 * rollback-journal file, where COMMIT waits for readers; in WAL mode COMMIT does not).
 */
export class Writer {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly committed: Array<(datasetVersion: number) => void> = [];

  constructor(
    private db: Db,
    private readonly reopen?: () => Promise<Db>,
  ) {}

  /** Closes the current write connection (it may have replaced the one given at construction). */
  async close(): Promise<void> {
    await this.db.$disconnect();
  }

  /** Runs `listener` with the new dataset version after every commit, before the write is acknowledged. */
  onCommit(listener: (datasetVersion: number) => void): void {
    this.committed.push(listener);
  }

  run<T>(work: (tx: Tx, datasetVersion: number) => Promise<T>): Promise<T> {
    const result = this.tail.then(() => this.execute(work));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /**
   * Waits for another process's lock up to BUSY_TIMEOUT_MS by retrying, asleep in between: the
   * connection's own busy timeout would block the event loop, and every read with it. Retrying
   * is safe because a failed attempt was rolled back whole.
   */
  private async execute<T>(work: (tx: Tx, datasetVersion: number) => Promise<T>): Promise<T> {
    const deadline = Date.now() + BUSY_TIMEOUT_MS;
    for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
      try {
        const { result, datasetVersion } = await this.attempt(work);
        for (const listener of this.committed) listener(datasetVersion);
        return result;
      } catch (error) {
        if (!(error instanceof StorageUnavailableError && error.reason === 'busy') || Date.now() + delay > deadline) throw error;
        await sleep(delay);
      }
    }
  }

  private async attempt<T>(work: (tx: Tx, datasetVersion: number) => Promise<T>): Promise<{ result: T; datasetVersion: number }> {
    let failedInside = false;
    try {
      return await this.db.$transaction(
        async (tx) => {
          try {
            const state = await tx.datasetState.upsert({
              where: { id: 1 },
              create: { id: 1, version: 1 },
              update: { version: { increment: 1 }, updatedAt: new Date() },
            });
            return { result: await work(tx, state.version), datasetVersion: state.version };
          } catch (error) {
            failedInside = true;
            throw error;
          }
        },
        { maxWait: 10_000, timeout: 20_000 },
      );
    } catch (error) {
      await this.db.$executeRawUnsafe('ROLLBACK').catch(() => undefined);
      const failure = storageFailure(error);
      // Prisma rolled back a failure inside the transaction properly; one at BEGIN or COMMIT left the adapter locked.
      // A PostgreSQL connection lost mid-transaction is never handed back to its pool, whose
      // $disconnect would then wait for it forever: that client is replaced too.
      if (!failedInside || failure?.reason === 'unavailable') await this.replaceConnection();
      throw failure ?? error;
    }
  }

  private async replaceConnection(): Promise<void> {
    if (this.reopen === undefined) return;
    const broken = this.db;
    try {
      this.db = await this.reopen();
    } catch {
      return; // Keep the old one; the next write fails (rather than hangs) or the next failure retries this.
    }
    // Bounded: a client whose pool holds a dead connection never finishes disconnecting.
    await Promise.race([broken.$disconnect().catch(() => undefined), sleep(1000)]);
  }
}
