import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { prepareDatabase } from '../src/db/migrations.js';

/** The spec exactly as the running app serves it, rendered as YAML with no run-specific values. */
export async function renderOpenApiYaml(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'allies-api-openapi-'));
  const url = `file:${path.join(dir, 'spec.db')}`;
  try {
    prepareDatabase(url);
    const app = await buildApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url }));
    try {
      return stringify(app.swagger(), { lineWidth: 0 });
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
