import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Db } from '../../src/db/client.js';
import { createSeededDatabase, type TestDatabase } from './database.js';

export type TestApp = { app: FastifyInstance; prisma: Db; database: TestDatabase; config: Config; close: () => Promise<void> };

export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): Config {
  // Rate limiting and load shedding are off unless a test turns them on: suites send far more than
  // a client would, and a slow test step would otherwise count as the app's event-loop delay.
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    RATE_LIMIT_MAX: '0',
    MAX_EVENT_LOOP_DELAY_MS: '0',
    // Tests write through other connections and read at once: no window in which that is unseen.
    CACHE_VERSION_CHECK_MS: '0',
    ...overrides,
  });
}

/** A seeded database of its own and an app on it; `close` removes both. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createSeededDatabase();
  const config = testConfig(database.url, env);
  const app = await buildApp(config);
  return {
    app,
    prisma: database.prisma,
    database,
    config,
    close: async () => {
      await app.close();
      await database.prisma.$disconnect();
      await database.remove();
    },
  };
}
