import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createPrismaClient } from '../src/db/client.js';
import { prepareDatabase } from '../src/db/migrations.js';
import { EXAMPLE_SOURCES, pick, type Examples } from '../src/schemas/examples.js';
import { seed } from '../seed/seed.js';

/** Where to render from: a seeded database to use as it is, or (the default) a fresh temp one seeded here. */
export type RenderOptions = { seededDatabaseUrl?: string };

/** Runs `work` against the app built on a seeded database, then closes it (and removes a temp one). */
async function withSeededApp<T>(
  work: (app: Awaited<ReturnType<typeof buildApp>>) => Promise<T>,
  options: RenderOptions = {},
): Promise<T> {
  const dir = options.seededDatabaseUrl === undefined ? mkdtempSync(path.join(tmpdir(), 'allies-api-openapi-')) : undefined;
  const url = options.seededDatabaseUrl ?? `file:${path.join(dir ?? '', 'spec.db')}`;
  try {
    if (dir !== undefined) {
      prepareDatabase(url);
      const prisma = await createPrismaClient(url);
      await seed(prisma);
      await prisma.$disconnect();
    }
    // No load shedding: on a busy machine the event loop lags past its limit while the app
    // starts, and the examples were then the 503 problem instead of the records.
    const app = await buildApp(
      loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url, RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0' }),
    );
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  } finally {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  }
}

/** Every component example, answered by the API itself on the seeded dataset. */
export function collectExamples(options: RenderOptions = {}): Promise<Examples> {
  return withSeededApp(async (app) => {
    const examples: Examples = {};
    for (const [name, source] of Object.entries(EXAMPLE_SOURCES).sort(([a], [b]) => a.localeCompare(b))) {
      const response = await app.inject({ url: source.url, headers: { accept: 'application/json' } });
      examples[name] = pick(response.json(), source.pick);
    }
    return examples;
  }, options);
}

/** The spec exactly as the running app serves it, rendered as YAML with no run-specific values. */
export function renderOpenApiYaml(options: RenderOptions = {}): Promise<string> {
  return withSeededApp(async (app) => stringify(app.swagger(), { lineWidth: 0 }), options);
}

/** TypeScript types for the spec, for the typed client (openapi-typescript). */
export async function renderClientTypes(yamlSpec: string): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(yamlSpec, { alphabetize: true });
  return `/* Generated from openapi.yaml by \`npm run openapi:generate\`; do not edit. */\n${astToString(ast)}`;
}
