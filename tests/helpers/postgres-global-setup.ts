import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { seed } from '../../seed/seed.js';
import { createPrismaClient } from '../../src/db/client.js';
import { migrateDeploy } from '../../src/db/migrate-deploy.js';
import { ROOT } from './server-process.js';

declare module 'vitest' {
  interface ProvidedContext {
    /** Superuser URL of the run's PostgreSQL server (its `postgres` database). */
    postgresAdminUrl: string;
    /** A migrated, empty database that each test file's database is copied from. */
    postgresTemplate: string;
    /** The same, seeded with `seed(prisma)`. */
    postgresSeededTemplate: string;
  }
}

export const TEMPLATE_DATABASE = 'allies_test_template';
export const SEEDED_TEMPLATE_DATABASE = 'allies_test_seeded';

/** `url` with its database replaced. */
export function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Starts one throwaway PostgreSQL server for the run (or uses TEST_POSTGRES_URL), migrates a
 * template database with `prisma migrate deploy`, seeds a copy of it as a second template, and
 * stops the server afterwards. vitest.config.ts only schedules the PostgreSQL project when a
 * server can be started here; if starting it still fails, the run fails with the server's own
 * words rather than passing without PostgreSQL.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  let adminUrl = process.env.TEST_POSTGRES_URL;
  let dir: string | undefined;
  if (!adminUrl) {
    dir = mkdtempSync(path.join(tmpdir(), 'allies-api-pg-'));
    const started = spawnSync('bash', ['scripts/postgres.sh', 'start', dir], { cwd: ROOT, encoding: 'utf8' });
    if (started.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`PostgreSQL did not start for the tests:\n${started.stderr}`);
    }
    adminUrl = started.stdout.trim().split('\n').pop() ?? '';
  }

  const stop = () => {
    if (dir !== undefined) spawnSync('bash', ['scripts/postgres.sh', 'stop', dir], { cwd: ROOT });
  };
  try {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      for (const name of [SEEDED_TEMPLATE_DATABASE, TEMPLATE_DATABASE])
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
      const migrated = migrateDeploy(databaseUrl(adminUrl, TEMPLATE_DATABASE));
      if (!migrated.ok) throw new Error(`migrating the PostgreSQL test template failed:\n${migrated.output}`);
      await admin.query(`CREATE DATABASE ${SEEDED_TEMPLATE_DATABASE} TEMPLATE ${TEMPLATE_DATABASE}`);
    } finally {
      await admin.end();
    }
    const prisma = await createPrismaClient(databaseUrl(adminUrl, SEEDED_TEMPLATE_DATABASE));
    try {
      await seed(prisma);
    } finally {
      await prisma.$disconnect();
    }
  } catch (error) {
    stop();
    throw error;
  }
  project.provide('postgresAdminUrl', adminUrl);
  project.provide('postgresTemplate', TEMPLATE_DATABASE);
  project.provide('postgresSeededTemplate', SEEDED_TEMPLATE_DATABASE);

  return async () => stop();
}
