import fp from 'fastify-plugin';
import { createPrismaClient, type Db } from '../db/client.js';
import { Writer } from '../db/writer.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Connection for reads. */
    db: Db;
    /** The single writer, on a connection of its own (see Writer). */
    writer: Writer;
  }
}

/**
 * Opens two connections to the configured database, one for reads and one for writes, so a
 * read can never observe a write transaction that has not committed, and closes both with the app.
 */
export default fp(
  async (app, opts: { databaseUrl: string }) => {
    const db = await createPrismaClient(opts.databaseUrl);
    // No busy timeout on the write connection: a lock held by another process would freeze every
    // request for up to 5 s; the Writer retries without blocking instead.
    const writeDb = await createPrismaClient(opts.databaseUrl, 0);
    app.decorate('db', db);
    // The Writer may replace its connection after a failed COMMIT (see Writer), so it closes its own.
    const writer = new Writer(writeDb, () => createPrismaClient(opts.databaseUrl, 0));
    app.decorate('writer', writer);
    app.addHook('onClose', async () => {
      await Promise.all([db.$disconnect(), writer.close()]);
    });
  },
  { name: 'database' },
);
