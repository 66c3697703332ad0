import fp from 'fastify-plugin';
import { createPrismaClient, type Db } from '../../db/client.js';
import { DatasetGeneration, openVersionReader, type VersionReader } from '../../db/generation.js';
import { bundledMigrations } from '../../db/migrations.js';
import type { SqlReader } from '../../db/sql.js';
import { createSqliteReader } from '../../db/sqlite-reader.js';
import { Writer } from '../../db/writer.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Connection for reads. */
    db: Db;
    /** Raw SQL for the hot reads (lists, counts, search), on a connection of its own. */
    reader: SqlReader;
    /** Changes whenever the dataset does; what caches of reads are keyed by. */
    generation: DatasetGeneration;
    /** The single writer, on a connection (and a thread) of its own (see Writer). */
    writer: Writer;
    /** How many migrations this build ships for the configured engine; /ready wants them all applied. */
    expectedMigrations: number;
  }
}

/**
 * Opens the connections to the configured database: reads on this thread (Prisma, the raw
 * reader, the generation), writes on the Writer's own, so a read can never observe a write
 * transaction that has not committed nor wait for one; closes them all with the app.
 */
export default fp(
  async (app) => {
    const { databaseUrl, databaseEngine, cacheVersionCheckMs } = app.config;
    const db = await createPrismaClient(databaseUrl);
    app.decorate('db', db);
    const writer = await Writer.open(databaseUrl, app.config.writer);
    app.decorate('writer', writer);
    const postgres = databaseEngine === 'postgresql';
    // PostgreSQL's modules load only for a PostgreSQL URL, so the SQLite default starts as before.
    const reader: SqlReader = postgres
      ? (await import('../../db/postgres-reader.js')).createPostgresReader(databaseUrl)
      : createSqliteReader(databaseUrl);
    app.decorate('reader', reader);
    // On PostgreSQL the generation is kept current by LISTEN/NOTIFY and a poll (within 100 ms
    // for other instances' writes), so reading it costs nothing and is never throttled.
    const versions: VersionReader = postgres
      ? await (await import('../../db/postgres-version-watch.js')).openPostgresVersionReader(databaseUrl)
      : openVersionReader(databaseUrl);
    const generation = new DatasetGeneration(versions, postgres ? 0 : cacheVersionCheckMs);
    writer.onCommit((version) => generation.markCommitted(version));
    app.decorate('generation', generation);
    app.decorate('expectedMigrations', bundledMigrations(databaseUrl).length);
    app.addHook('onClose', async () => {
      await Promise.all([db.$disconnect(), writer.close(), reader.close(), generation.close()]);
    });
  },
  { name: 'database' },
);
