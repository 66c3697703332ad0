import type { Worker } from 'node:worker_threads';
import { startWorker } from './worker-thread.js';
import { StorageUnavailableError } from '../domain/errors.js';
import type { WriteRequest } from '../repositories/versioned.js';
import type { WriteResult } from '../repositories/write.js';
import { runWrite } from '../repositories/writes.js';
import { GroupCommitter } from './group-commit.js';
import { openWriteConnection } from './write-connection.js';
import { decodeError, type FromWorker, type ToWorker, type WorkerSetup } from './write-protocol.js';

/** Where the single writer runs: a thread of its own (the default), or the main thread. */
export type WriterThread = 'worker' | 'main';

export type WriterOptions = {
  thread: WriterThread;
  /** Most writes committed in one transaction (1 turns group commit off). */
  maxBatch: number;
  /**
   * How long the writer's thread is kept with nothing to write before it exits; the next write
   * starts it again (about 0.1-0.2 s). An idle thread holds its own V8 heap, its SQLite page
   * cache and its malloc arena, 10-20 MB of RSS a read-only load (most of the time) never uses.
   * Undefined: kept for as long as the writer is open.
   */
  idleMs?: number | undefined;
};

type Result = WriteResult<unknown>;
type Waiter<T> = { resolve: (value: T) => void; reject: (error: unknown) => void };

/** How writes reach the group committer: on this thread, or posted to the writer's thread. */
type Transport = {
  write(request: WriteRequest): Promise<Result>;
  pragma(statement: string): Promise<unknown>;
  close(): Promise<void>;
  readonly connected: boolean;
};

/**
 * The single writer (see GroupCommitter in group-commit.ts for the transaction rules). Writes are
 * plain data (WriteRequest); on the writer's thread each becomes its unit of work, runs in a
 * savepoint of a group commit, and its outcome comes back after COMMIT, the dataset version first:
 * `onCommit` listeners (the dataset generation, so the response cache) run with it before any
 * write of the batch is acknowledged.
 *
 * Why a thread: better-sqlite3 is synchronous, and a write's statements and its commit (fsync
 * included) on the main thread stalled every read and /health behind it (issue 19). Why raw SQL
 * rather than Prisma: Prisma's query compiler and adapter cost a few hundred µs of CPU per
 * statement, about 3 ms per claim written, against tens of µs for the same statements here.
 * Prisma keeps the schema, the migrations and the seed.
 */
export class Writer {
  private readonly committed: Array<(datasetVersion: number) => void> = [];

  private constructor(private transport: Transport | null) {}

  /** Opens the write connection (on its thread, unless `thread` is 'main'); fails if it cannot be opened. */
  static async open(databaseUrl: string, options: WriterOptions): Promise<Writer> {
    const writer = new Writer(null);
    const notify = (version: number) => {
      for (const listener of writer.committed) listener(version);
    };
    writer.transport =
      options.thread === 'main'
        ? await inThisThread(databaseUrl, options.maxBatch, notify)
        : await WorkerTransport.start({ databaseUrl, maxBatch: options.maxBatch }, notify, options.idleMs);
    return writer;
  }

  /** Runs `listener` with the new dataset version after every commit, before its writes are acknowledged. */
  onCommit(listener: (datasetVersion: number) => void): void {
    this.committed.push(listener);
  }

  write(request: WriteRequest): Promise<Result> {
    if (this.transport === null) return Promise.reject(new Error('the writer is closed'));
    return this.transport.write(request);
  }

  /** Whether the write connection is open now (false on a thread that exited while idle, until the next write). */
  get connected(): boolean {
    return this.transport?.connected ?? false;
  }

  /** A maintenance statement (a SQLite PRAGMA) on the write connection, between batches; its result. */
  pragma(statement: string): Promise<unknown> {
    if (this.transport === null) return Promise.reject(new Error('the writer is closed'));
    return this.transport.pragma(statement);
  }

  /** Waits for the writes already queued, then closes the write connection (and its thread). */
  async close(): Promise<void> {
    const transport = this.transport;
    this.transport = null;
    await transport?.close();
  }
}

/** The group committer on the main thread: for measuring against the thread, or where a thread cannot be started. */
async function inThisThread(databaseUrl: string, maxBatch: number, notify: (version: number) => void): Promise<Transport> {
  const committer = new GroupCommitter<WriteRequest, Result, Waiter<Result>>(
    () => openWriteConnection(databaseUrl),
    runWrite,
    (version, outcomes) => {
      if (version !== null) notify(version);
      for (const [waiter, outcome] of outcomes) {
        if (outcome.ok) waiter.resolve(outcome.value);
        else waiter.reject(outcome.error);
      }
    },
    { maxBatch },
  );
  await committer.connect();
  return {
    connected: true,
    write: (request) => new Promise<Result>((resolve, reject) => committer.enqueue({ resolve, reject }, request)),
    pragma: (statement) => committer.pragma(statement),
    close: () => committer.close(),
  };
}

class WorkerTransport implements Transport {
  private worker: Worker | null = null;
  private starting: Promise<Worker> | null = null;
  private nextId = 1;
  private readonly writes = new Map<number, Waiter<Result>>();
  private readonly pragmas = new Map<number, Waiter<unknown>>();
  private closing = false;
  private idleTimer: NodeJS.Timeout | null = null;
  /** Threads told to exit while idle, each until it has, with its exit: close() waits for them too. */
  private readonly retiring = new Map<Worker, Promise<void>>();

  private constructor(
    private readonly setup: WorkerSetup,
    private readonly notify: (version: number) => void,
    private readonly idleMs: number | undefined,
  ) {}

  /** Starts the thread once, so a write connection that cannot be opened fails the start-up. */
  static async start(setup: WorkerSetup, notify: (version: number) => void, idleMs?: number): Promise<WorkerTransport> {
    const transport = new WorkerTransport(setup, notify, idleMs);
    await transport.live();
    transport.idleSoon();
    return transport;
  }

  get connected(): boolean {
    return this.worker !== null;
  }

  /** With nothing in flight, lets the thread exit after idleMs; the next post starts another. */
  private idleSoon(): void {
    if (this.idleMs === undefined || this.writes.size > 0 || this.pragmas.size > 0) return;
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      const worker = this.worker;
      if (worker === null || this.closing || this.writes.size > 0 || this.pragmas.size > 0) return;
      // Detached first: a write posted from now on starts a new thread, and this one's exit is
      // not a lost batch (it had none in flight).
      this.worker = null;
      this.retiring.set(worker, new Promise<void>((resolve) => worker.once('exit', () => resolve())));
      worker.postMessage({ type: 'close' } satisfies ToWorker<WriteRequest>);
    }, this.idleMs);
    this.idleTimer.unref();
  }

  write(request: WriteRequest): Promise<Result> {
    const id = this.nextId++;
    const done = new Promise<Result>((resolve, reject) => this.writes.set(id, { resolve, reject }));
    this.post({ type: 'write', id, request }).catch((error: unknown) => this.settle(this.writes, id, error));
    return done;
  }

  pragma(statement: string): Promise<unknown> {
    const id = this.nextId++;
    const done = new Promise<unknown>((resolve, reject) => this.pragmas.set(id, { resolve, reject }));
    this.post({ type: 'pragma', id, statement }).catch((error: unknown) => this.settle(this.pragmas, id, error));
    return done;
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    await Promise.all(this.retiring.values());
    const worker = this.worker ?? (await this.starting?.catch(() => null)) ?? null;
    if (worker === null) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ type: 'close' } satisfies ToWorker<WriteRequest>);
    await exited;
  }

  /** Posts in call order: straight away while the thread runs, after it is (re)started otherwise. */
  private async post(message: ToWorker<WriteRequest>): Promise<void> {
    if (this.closing) throw new Error('the writer is closed');
    if (this.idleTimer !== null) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    const worker = this.worker ?? (await this.live());
    // Held while writes are in flight, so the process waits for their answers; idle, it may exit.
    worker.ref();
    worker.postMessage(message);
  }

  private settle<T>(waiters: Map<number, Waiter<T>>, id: number, error: unknown): void {
    waiters.get(id)?.reject(error);
    waiters.delete(id);
  }

  private live(): Promise<Worker> {
    this.starting ??= new Promise<Worker>((resolve, reject) => {
      const worker = startWorker('write-worker', this.setup);
      let ready = false;
      worker.on('message', (message: FromWorker<Result>) => {
        switch (message.type) {
          case 'ready':
            ready = true;
            this.worker = worker;
            this.starting = null;
            resolve(worker);
            return;
          case 'failed':
            reject(decodeError(message.error));
            void worker.terminate();
            return;
          case 'batch':
            if (message.version !== null) this.notify(message.version);
            for (const outcome of message.outcomes) {
              const waiter = this.writes.get(outcome.id);
              this.writes.delete(outcome.id);
              if (outcome.ok) waiter?.resolve(outcome.value);
              else waiter?.reject(decodeError(outcome.error));
            }
            if (this.writes.size === 0 && this.pragmas.size === 0) {
              worker.unref();
              this.idleSoon();
            }
            return;
          case 'pragma': {
            const waiter = this.pragmas.get(message.id);
            this.pragmas.delete(message.id);
            if (message.ok) waiter?.resolve(message.value);
            else waiter?.reject(decodeError(message.error));
            this.idleSoon();
            return;
          }
          case 'closed':
            return;
        }
      });
      worker.once('error', (error) => {
        if (!ready) reject(error);
      });
      worker.once('exit', () => {
        if (this.worker === worker) this.worker = null;
        if (this.retiring.delete(worker)) return;
        if (!ready) {
          this.starting = null;
          reject(new Error('the writer thread exited before it was ready'));
          return;
        }
        // A thread that died mid-batch may or may not have committed it: say so, as for a lost connection.
        const lost = new StorageUnavailableError('unavailable', { cause: new Error('the writer thread stopped') });
        for (const waiters of [this.writes, this.pragmas] as Map<number, Waiter<unknown>>[]) {
          for (const waiter of waiters.values()) waiter.reject(lost);
          waiters.clear();
        }
      });
    });
    return this.starting;
  }
}
