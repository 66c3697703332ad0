import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSqliteTemplates } from './sqlite-templates.js';

declare module 'vitest' {
  interface ProvidedContext {
    /** A SQLite file migrated with `prisma migrate deploy`, never opened again: each test database copies it. */
    sqliteTemplate: string;
    /** The same, seeded with `seed(prisma)`. */
    sqliteSeededTemplate: string;
  }
}

/**
 * Migrates one SQLite file for the whole run, and seeds a copy of it: every test file copies
 * one of the two (a copy takes a millisecond, a `prisma migrate deploy` child about 2.5 s).
 * PostgreSQL does the same with template databases (postgres-global-setup.ts).
 */
export async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'allies-api-templates-'));
  try {
    const templates = await buildSqliteTemplates(dir);
    project.provide('sqliteTemplate', templates.migrated);
    project.provide('sqliteSeededTemplate', templates.seeded);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return () => rmSync(dir, { recursive: true, force: true });
}
