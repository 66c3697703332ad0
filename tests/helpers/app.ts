import type { Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Db } from '../../src/db/client.js';
import type { DatabaseEngine } from '../../src/db/engine.js';
import { createSeededDatabase, type TestDatabase } from './database.js';

export type TestApp = { app: FastifyInstance; prisma: Db; database: TestDatabase; config: Config; close: () => Promise<void> };

export type TestAppOptions = {
  /** Where the app logs (at `LOG_LEVEL`), for tests that read what it would log. */
  logStream?: { write(line: string): void };
  /** The engine of its database, when not this project's (see testEngine). */
  engine?: DatabaseEngine;
};

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

/** A seeded database of its own and an app on it (ready, not listening); `close` closes the app and removes the database. */
export async function createTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const { engine, ...appOptions } = options;
  const database = await createSeededDatabase(engine === undefined ? {} : { engine });
  const config = testConfig(database.url, env);
  const test: TestApp = {
    app: await buildApp(config, appOptions),
    prisma: database.prisma,
    database,
    config,
    // The app in `app` when closing: a test may have replaced it with one built on the same database.
    close: async () => {
      await test.app.close();
      await database.remove();
    },
  };
  return test;
}

/** The app of a test file, reachable once its beforeAll has run. */
export type SharedTestApp = TestApp & {
  /** The app's HTTP server, for supertest (which listens on it as needed). */
  server: Server;
  get: (url: string) => request.Test;
  head: (url: string) => request.Test;
};

/**
 * One app for the tests of the file (or of the describe block) this is called in: built in
 * beforeAll by createTestApp, closed in afterAll. Hooks of the caller registered after this call
 * run after the app is ready.
 */
export function useTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): SharedTestApp {
  let current: TestApp | undefined;
  const ready = (): TestApp => {
    if (current === undefined) throw new Error('useTestApp: the app is only there once beforeAll has run');
    return current;
  };
  beforeAll(async () => {
    current = await createTestApp(env, options);
  });
  afterAll(async () => {
    await current?.close();
  });
  return {
    get app() {
      return ready().app;
    },
    set app(app: FastifyInstance) {
      ready().app = app;
    },
    get prisma() {
      return ready().prisma;
    },
    get database() {
      return ready().database;
    },
    get config() {
      return ready().config;
    },
    get server() {
      return ready().app.server;
    },
    close: () => ready().close(),
    get: (url: string) => request(ready().app.server).get(url),
    head: (url: string) => request(ready().app.server).head(url),
  };
}
