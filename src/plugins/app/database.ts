import path from 'node:path';
import fp from 'fastify-plugin';
import { sqlitePath } from '../../db/engine.js';
import { DatasetGeneration, openVersionReader, type VersionReader } from '../../db/generation.js';
import { checkIntegrity, type IntegrityState } from '../../db/integrity.js';
import { bundledMigrations } from '../../db/migrations.js';
import type { SqlReader } from '../../db/sql.js';
import { createSqliteReader } from '../../db/sqlite-reader.js';
import { createSqliteThreadReader, fileAtLeast, sizeGatedReader } from '../../db/sqlite-thread-reader.js';
import { Writer } from '../../db/writer.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Raw SQL for every read (lists, records, counts, search), on a connection of its own. */
    reader: SqlReader;
    /**
     * Where a search's long reads go (its totals and ranked page ids): on SQLite a connection on
     * a thread of its own, so they never hold the event loop; on PostgreSQL `reader`, whose
     * reads already wait off it.
     */
    searchReader: SqlReader;
    /** Changes whenever the dataset does; what caches of reads are keyed by. */
    generation: DatasetGeneration;
    /** The single writer, on a connection (and a thread) of its own (see Writer). */
    writer: Writer;
    /** How many migrations this build ships for the configured engine; /ready wants them all applied. */
    expectedMigrations: number;
    /**
     * The database file's check of every page: `unchecked` until `verifyIntegrity` runs (the
     * server starts it once listening), then `checking`, `ok` or the check's report; /ready
     * is 503 once it failed.
     */
    integrity: IntegrityState;
    verifyIntegrity(): Promise<void>;
  }
}

/**
 * Opens the connections to the configured database: reads on this thread (the raw reader, the
 * generation), writes on the Writer's own, so a read can never observe a write transaction that
 * has not committed nor wait for one; closes them all with the app. No Prisma client is kept
 * here: its query compiler held about 40 MB of this process's memory for a dozen record reads.
 */
export default fp(
  async (app) => {
    const { databaseUrl, databaseEngine, cacheVersionCheckMs, searchThreadMinMb } = app.config;
    const writer = await Writer.open(databaseUrl, app.config.writer);
    app.decorate('writer', writer);
    const postgres = databaseEngine === 'postgresql';
    // PostgreSQL's modules load only for a PostgreSQL URL, so the SQLite default starts as before.
    const reader: SqlReader = postgres
      ? (await import('../../db/postgres-reader.js')).createPostgresReader(databaseUrl)
      : createSqliteReader(databaseUrl);
    app.decorate('reader', reader);
    // A search's long reads on a thread of their own once the file is large (sqlite-thread-reader.ts).
    const searchReader = postgres
      ? reader
      : sizeGatedReader(
          reader,
          createSqliteThreadReader(databaseUrl),
          fileAtLeast(path.resolve(sqlitePath(databaseUrl)), searchThreadMinMb * 1024 * 1024),
        );
    app.decorate('searchReader', searchReader);
    // On PostgreSQL the generation is kept current by LISTEN/NOTIFY and a poll (within 100 ms
    // for other instances' writes), so reading it costs nothing and is never throttled.
    const versions: VersionReader = postgres
      ? await (await import('../../db/postgres-version-watch.js')).openPostgresVersionReader(databaseUrl)
      : openVersionReader(databaseUrl);
    const generation = new DatasetGeneration(versions, postgres ? 0 : cacheVersionCheckMs);
    writer.onCommit((version) => generation.markCommitted(version));
    app.decorate('generation', generation);
    app.decorate('expectedMigrations', bundledMigrations(databaseUrl).length);
    app.decorate<IntegrityState>('integrity', { state: 'unchecked' });
    app.decorate('verifyIntegrity', async () => {
      app.integrity = { state: 'checking' };
      const result = await checkIntegrity(databaseUrl);
      app.integrity = result.ok ? { state: 'ok' } : { state: 'failed', report: result.report };
      if (!result.ok)
        app.log.error(
          `database failed its integrity check (PRAGMA quick_check: ${result.report}); /ready answers 503. ` +
            'Restore the file from a backup or from a /v1/downloads SQLite snapshot, or salvage it with `sqlite3 <file> .recover`',
        );
    });
    app.addHook('onClose', async () => {
      const readers = searchReader === reader ? [reader] : [reader, searchReader];
      await Promise.all([writer.close(), ...readers.map((r) => r.close()), generation.close()]);
    });
  },
  { name: 'database' },
);
