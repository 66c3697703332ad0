import fp from 'fastify-plugin';
import { createPrismaClient, type Db } from '../db/client.js';
import { DatasetGeneration, openVersionReader } from '../db/generation.js';
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
  async (app, opts: { databaseUrl: string; versionCheckMs: number }) => {
    const db = await createPrismaClient(opts.databaseUrl);
    // No busy timeout on the write connection: a lock held by another process would freeze every
    // request for up to 5 s; the Writer retries without blocking instead.
    const writeDb = await createPrismaClient(opts.databaseUrl, 0);
    app.decorate('db', db);
    // The Writer may replace its connection after a failed COMMIT (see Writer), so it closes its own.
    const writer = new Writer(writeDb, () => createPrismaClient(opts.databaseUrl, 0));
    app.decorate('writer', writer);
    const reader = createSqliteReader(opts.databaseUrl);
    app.decorate('reader', reader);
    const generation = new DatasetGeneration(openVersionReader(opts.databaseUrl), opts.versionCheckMs);
    writer.onCommit(() => generation.markCommitted());
    app.decorate('generation', generation);
    app.addHook('onClose', async () => {
      generation.close();
      await Promise.all([db.$disconnect(), writer.close(), reader.close()]);
    });
  },
  { name: 'database' },
);
