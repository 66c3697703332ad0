import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectExamples } from '../../scripts/openapi-document.js';
import { EXAMPLE_SOURCES, EXAMPLES_FILE, WRITE_EXAMPLES } from '../../src/schemas/examples.js';
import { useTestApp } from '../helpers/app.js';
import { createTestDatabase } from '../helpers/database.js';

const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;
const KEY = 'example-curator-key-0123456789';

type Spec = { components: { schemas: Record<string, { examples?: unknown[] }> } };

let spec: Spec;
const t = useTestApp({ API_KEYS: `examples:${KEY}` });
beforeAll(async () => {
  spec = (await t.app.inject({ url: '/openapi.json' })).json();
});

describe('OpenAPI examples', () => {
  it('are exactly what the API answers today on the seeded data (run `npm run openapi:generate` if not)', async () => {
    const committed = JSON.parse(readFileSync(EXAMPLES_FILE, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(committed).sort()).toEqual(Object.keys(EXAMPLE_SOURCES).sort());
    // On a seeded database of its own: the app below takes writes in the last test.
    const database = await createTestDatabase({ engine: 'sqlite' });
    try {
      expect(await collectExamples({ seededDatabaseUrl: database.url })).toEqual(committed);
    } finally {
      await database.remove();
    }
  });

  it('are attached to their components in the served spec', () => {
    for (const name of [...Object.keys(EXAMPLE_SOURCES), ...Object.keys(WRITE_EXAMPLES).map((body) => `${body}Input`)]) {
      expect(spec.components.schemas[name]?.examples?.length, name).toBe(1);
    }
  });

  it('each validate against the schema they illustrate', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(spec as object, 'spec');
    for (const [name, schema] of Object.entries(spec.components.schemas)) {
      for (const example of schema.examples ?? []) {
        const validate = ajv.compile({ $ref: `spec#/components/schemas/${name}` });
        expect(validate(example) ? [] : validate.errors, name).toEqual([]);
      }
    }
  });

  it('for request bodies, are accepted by the API as written', async () => {
    const server = t.app.server;
    const auth = { Authorization: `Bearer ${KEY}` };
    const source = await request(server)
      .post('/v1/sources')
      .set(auth)
      .send(WRITE_EXAMPLES.SourceCreate as object);
    expect(source.status).toBe(201);
    const claim = await request(server)
      .post('/v1/claims')
      .set(auth)
      .send(WRITE_EXAMPLES.ClaimCreate as object);
    expect(claim.status).toBe(201);
    const patched = await request(server)
      .patch(`/v1/claims/${claim.body.data.id as string}`)
      .set({ ...auth, 'If-Match': claim.headers.etag as string })
      .send(WRITE_EXAMPLES.ClaimPatch as object);
    expect(patched.status).toBe(200);
    const figure = await request(server)
      .post('/v1/trade-figures')
      .set(auth)
      .send(WRITE_EXAMPLES.TradeFigureCreate as object);
    expect(figure.status).toBe(201);
  });
});
