import fp from 'fastify-plugin';
import { createPrismaClient, type Db } from '../db/client.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

/** Opens the Prisma client for the configured database and closes it with the app. */
export default fp(
  async (app, opts: { databaseUrl: string }) => {
    const db = await createPrismaClient(opts.databaseUrl);
    app.decorate('db', db);
    app.addHook('onClose', async () => {
      await db.$disconnect();
    });
  },
  { name: 'database' },
);
