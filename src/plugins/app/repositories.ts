import fp from 'fastify-plugin';
import { CursorCodec } from '../../lib/cursor.js';
import { createRepositories, type Repositories } from '../../repositories/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The data layer, on the database plugin's connections: what routes read and write through. */
    repositories: Repositories;
    /** Current dataset version; moves with every acknowledged write. */
    datasetVersion: () => Promise<number>;
  }
}

/** The repositories, built once on the app's connections, for routes to take from the app. */
export default fp(
  async (app) => {
    const repos = createRepositories(
      { reader: app.reader, generation: app.generation, searchReader: app.searchReader },
      new CursorCodec(app.config.cursorSecret),
      app.writer,
    );
    app.decorate('repositories', repos);
    // The generation's last read of it (this process's commits at once, others' within
    // CACHE_VERSION_CHECK_MS, as for the response cache); a read of its own only when that failed.
    app.decorate('datasetVersion', async () => {
      app.generation.now();
      return app.generation.version ?? repos.meta.datasetVersion();
    });
  },
  { name: 'repositories', dependencies: ['database'] },
);
