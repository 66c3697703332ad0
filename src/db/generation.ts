import Database from 'better-sqlite3';
import { cacheSizePragma, sqlitePath } from './engine.js';

/**
 * What cached reads are valid for: the dataset version and SQLite's `data_version`, read
 * together by one prepared statement. `data_version` moves whenever any other connection
 * commits, so a change written without bumping the dataset version (a script, a test, a manual
 * fix) still invalidates instead of leaving caches stale; the dataset version names the state.
 */
export type Generation = { version: number; dataVersion: number };

export type VersionReader = {
  read: () => Generation | null;
  /** Told of this process's commits, for readers that do not see them by reading (PostgreSQL's watch). */
  noteCommitted?: (version: number) => void;
  close: () => void | Promise<void>;
};

/** Reads the generation on a read-only connection of its own; null when it cannot be read. */
export function openVersionReader(databaseUrl: string): VersionReader {
  const db = new Database(sqlitePath(databaseUrl), { fileMustExist: true, timeout: 5000 });
  db.pragma('query_only = ON');
  db.pragma(cacheSizePragma('other'));
  let statement: Database.Statement | null = null;
  return {
    read: () => {
      try {
        statement ??= db
          .prepare('SELECT (SELECT version FROM DatasetState WHERE id = 1), data_version FROM pragma_data_version()')
          .raw();
        const row = statement.get() as [number | bigint | null, number | bigint] | undefined;
        if (row === undefined) return null;
        return { version: row[0] === null ? -1 : Number(row[0]), dataVersion: Number(row[1]) };
      } catch {
        // Not migrated yet, or unreadable: serve uncached rather than risk a stale answer.
        statement = null;
        return null;
      }
    },
    close: () => {
      db.close();
    },
  };
}

/**
 * A number that changes whenever the dataset does, for caches of reads (responses, totals).
 * Reading the generation costs a SQLite read transaction (about 10 µs under load, the largest
 * part of a cache hit), so a read is reused for `recheckMs` unless forced or this process
 * committed since: this process's commits are seen at once, other processes' within recheckMs.
 */
export class DatasetGeneration {
  private current: Generation | null = null;
  private counter = 0;
  private readAt = -Infinity;
  private committed = false;

  constructor(
    private readonly reader: VersionReader,
    private readonly recheckMs: number,
  ) {}

  /** Called after every commit by this process, before the write is acknowledged. */
  markCommitted(version: number): void {
    this.reader.noteCommitted?.(version);
    this.committed = true;
  }

  /** The generation number now, or null when the dataset cannot be read (then nothing may be cached). */
  now(force = false): number | null {
    const at = performance.now();
    if (!force && !this.committed && this.current !== null && at - this.readAt < this.recheckMs) return this.counter;
    this.committed = false;
    this.readAt = at;
    const read = this.reader.read();
    if (read === null) {
      this.current = null;
      return null;
    }
    if (this.current === null || read.version !== this.current.version || read.dataVersion !== this.current.dataVersion) {
      this.current = read;
      this.counter += 1;
    }
    return this.counter;
  }

  /** The dataset version of the last read (null before one succeeded). */
  get version(): number | null {
    return this.current?.version ?? null;
  }

  async close(): Promise<void> {
    await this.reader.close();
  }
}
