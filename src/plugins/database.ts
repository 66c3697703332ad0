import fp from 'fastify-plugin';
import { createPrismaClient, type Db } from '../db/client.js';
import type { DatabaseEngine } from '../db/engine.js';
import { DatasetGeneration, openVersionReader, type VersionReader } from '../db/generation.js';
import type { SqlReader } from '../db/sql.js';
import { createSqliteReader } from '../db/sqlite-reader.js';
import { Writer } from '../db/writer.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Connection for reads. */
    db: Db;
    /** Raw SQL for the hot reads (lists, counts, search), on a connection of its own. */
    reader: SqlReader;
    /** Changes whenever the dataset does; what caches of reads are keyed by. */
    generation: DatasetGeneration;
    /** The single writer, on a connection of its own (see Writer). */
    writer: Writer;
  }
}

/**
 * Opens two connections to the configured database, one for reads and one for writes, so a
 * read can never observe a write transaction that has not committed, and closes both with the app.
 */
export default fp(
  async (app, opts: { databaseUrl: string; engine: DatabaseEngine; versionCheckMs: number }) => {
    const db = await createPrismaClient(opts.databaseUrl);
    // No busy timeout on the write connection: a lock held by another process would freeze every
    // request for up to 5 s; the Writer retries without blocking instead.
    const writeDb = await createPrismaClient(opts.databaseUrl, 0);
    app.decorate('db', db);
    // The Writer may replace its connection after a failed COMMIT (see Writer), so it closes its own.
    const writer = new Writer(writeDb, () => createPrismaClient(opts.databaseUrl, 0));
    app.decorate('writer', writer);
    const postgres = opts.engine === 'postgresql';
    // PostgreSQL's modules load only for a PostgreSQL URL, so the SQLite default starts as before.
    const reader: SqlReader = postgres
      ? (await import('../db/postgres-reader.js')).createPostgresReader(opts.databaseUrl)
      : createSqliteReader(opts.databaseUrl);
    app.decorate('reader', reader);
    // On PostgreSQL the generation is kept current by LISTEN/NOTIFY and a poll (within 100 ms
    // for other instances' writes), so reading it costs nothing and is never throttled.
    const versions: VersionReader = postgres
      ? await (await import('../db/postgres-version-watch.js')).openPostgresVersionReader(opts.databaseUrl)
      : openVersionReader(opts.databaseUrl);
    const generation = new DatasetGeneration(versions, postgres ? 0 : opts.versionCheckMs);
    writer.onCommit((version) => generation.markCommitted(version));
    app.decorate('generation', generation);
    app.addHook('onClose', async () => {
      await Promise.all([db.$disconnect(), writer.close(), reader.close(), generation.close()]);
    });
  },
  { name: 'database' },
);
