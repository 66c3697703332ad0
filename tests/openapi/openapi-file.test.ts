import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderOpenApiYaml } from '../../scripts/openapi-document.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

describe('openapi.yaml', () => {
  // Rendered as `npm run openapi:generate` renders it, but on a copy of the run's seeded database
  // rather than on one it migrates and seeds itself; the second rendering below does that.
  let database: TestDatabase;
  let rendered: Promise<string>;
  beforeAll(async () => {
    database = await createTestDatabase({ engine: 'sqlite' });
    rendered = renderOpenApiYaml({ seededDatabaseUrl: database.url });
  });
  afterAll(async () => {
    await rendered?.catch(() => undefined);
    await database?.remove();
  });

  it('is exactly what `npm run openapi:generate` produces from the code (run it and commit if this fails)', async () => {
    const committed = readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8');
    expect(await rendered).toBe(committed);
  });

  it('renders the same bytes twice: no timestamps or run-specific values', async () => {
    // The other rendering on a database of its own, seeded at another time under another path.
    expect(await renderOpenApiYaml()).toBe(await rendered);
  });
});
