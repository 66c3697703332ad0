import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Worker } from 'node:worker_threads';
import type { Sql, SqlReader } from './sql.js';
import { sqliteDateParam } from './sqlite-reader.js';
import { startWorker } from './worker-thread.js';

export type ReadSetup = { databaseUrl: string };
export type ReadRequest = { id: number; query: Sql };
export type ReadReply = { id: number; rows: unknown[] } | { id: number; error: string };

/**
 * SqlReader on a thread of its own (src/db/read-worker.ts, its own read-only connection, the
 * reader of createSqliteReader there), for reads too long to hold the event loop with: a search
 * ranking every match of a common word (at 1M claims, 30-50 ms a word in 6% of them, far more
 * for one in most) stopped every other request meanwhile, and fifty of them queued past the load
 * shedder's limit. Each read costs a message each way (tens of µs), so short reads stay on the
 * event loop's reader. Reads run one at a time, in the order sent; each sees the last committed
 * state, as on any read connection in WAL mode. A thread that dies fails the reads it held, and
 * the next read starts another.
 */
export function createSqliteThreadReader(databaseUrl: string): SqlReader {
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, { resolve: (rows: unknown[]) => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  const thread = (): Worker => {
    if (worker !== null) return worker;
    const started = startWorker('read-worker', { databaseUrl } satisfies ReadSetup);
    started.on('message', (reply: ReadReply) => {
      const w = waiting.get(reply.id);
      if (w === undefined) return;
      waiting.delete(reply.id);
      if ('error' in reply) w.reject(new Error(reply.error));
      else w.resolve(reply.rows);
    });
    const lost = (error: Error) => {
      if (worker === started) worker = null;
      failAll(error);
    };
    started.on('error', lost);
    started.on('exit', (code) => lost(new Error(`the read thread exited with code ${code}`)));
    // Idle, it keeps no process alive: a server's own handles do.
    started.unref();
    worker = started;
    return started;
  };
  return {
    dialect: 'sqlite',
    all<Row>(query: Sql): Promise<Row[]> {
      const id = (next += 1);
      return new Promise<Row[]>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (rows: unknown[]) => void, reject });
        thread().postMessage({ id, query } satisfies ReadRequest);
      });
    },
    dateParam: sqliteDateParam,
    close: async () => {
      const running = worker;
      worker = null;
      if (running !== null) await running.terminate();
      failAll(new Error('the read thread was closed'));
    },
  };
}

/** How often the file's size is looked at again, so a dataset that grows moves its searches onto the thread. */
const SIZE_RECHECK_MS = 10_000;

/** Whether the SQLite file at `file` is at least `minBytes`, looked at once every `recheckMs` at most. */
export function fileAtLeast(file: string, minBytes: number, recheckMs = SIZE_RECHECK_MS): () => boolean {
  let checkedAt = -Infinity;
  let large = false;
  return () => {
    const now = performance.now();
    if (now - checkedAt >= recheckMs) {
      checkedAt = now;
      large = (statSync(file, { throwIfNoEntry: false })?.size ?? 0) >= minBytes;
    }
    return large;
  };
}

/**
 * `thread` for the reads of a large database, `inline` for a small one (`SEARCH_THREAD_MIN_MB`,
 * 32 MB by default, about 30k claims): at the seed's size a search is tens of microseconds, and
 * the thread would cost a message each way and about 15 MB of resident memory (its V8 isolate and
 * connection, measured in the bench's memory run). The thread starts on the first read sent to
 * it, so a small dataset never starts it.
 */
export function sizeGatedReader(inline: SqlReader, thread: SqlReader, large: () => boolean): SqlReader {
  return {
    dialect: inline.dialect,
    all: <Row>(query: Sql) => (large() ? thread.all<Row>(query) : inline.all<Row>(query)),
    dateParam: inline.dateParam,
    close: () => thread.close(),
  };
}
