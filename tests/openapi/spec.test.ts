import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { validate } from '@readme/openapi-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server-process.js';
import { createTestApp, useTestApp } from '../helpers/app.js';

const run = promisify(execFile);
type Spec = { paths: Record<string, Record<string, Record<string, unknown>>>; info: Record<string, unknown> };

let spec: Spec;
const t = useTestApp();
beforeAll(async () => {
  spec = (await t.app.inject({ url: '/openapi.json' })).json();
});

/** Fastify's `:param` in the OpenAPI `{param}` form. */
const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z]+)/g, '{$1}');

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await validate(structuredClone(spec) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('lints clean under Spectral’s spectral:oas ruleset, warnings included', async () => {
    const result = await run(
      process.execPath,
      [`${ROOT}/node_modules/@stoplight/spectral-cli/dist/index.js`, 'lint', 'openapi.yaml', '--fail-severity=warn'],
      { cwd: ROOT },
    ).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result.stdout).toMatch(/No results with a severity of 'warn' or higher found/);
    expect(result.code).toBe(0);
  });

  it('documents exactly the routes the app registers: no undocumented route, no ghost path', () => {
    const registered = new Set(
      t.app.registeredRoutes.filter((r) => r.documented && r.method !== 'HEAD').map((r) => `${r.method} ${toOpenApiPath(r.url)}`),
    );
    const documented = new Set(
      Object.entries(spec.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`)),
    );
    expect([...documented].sort()).toEqual([...registered].sort());
    // Only the spec itself, Swagger UI's assets and the CORS preflight handler stay out of the spec.
    const hidden = t.app.registeredRoutes.filter((r) => !r.documented);
    const allowed = (r: { method: string; url: string }) =>
      r.url.startsWith('/docs') || r.url.startsWith('/openapi.') || (r.method === 'OPTIONS' && r.url === '*');
    expect(hidden.filter((r) => !allowed(r))).toEqual([]);
  });

  it('gives every operation a camelCase operationId, summary, description and tags', () => {
    const ids: string[] = [];
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(op.operationId, where).toMatch(/^[a-z][A-Za-z0-9]+$/);
        expect(op.summary, where).toEqual(expect.any(String));
        expect(op.description, where).toEqual(expect.any(String));
        expect((op.tags as string[]).length, where).toBeGreaterThan(0);
        ids.push(op.operationId as string);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes info.version from package.json and names a licence', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string };
    expect(spec.info.version).toBe(pkg.version);
    expect(spec.info.license).toMatchObject({ identifier: 'MIT AND CC0-1.0' });
  });

  it('lists the configured servers, or this server when none are configured', async () => {
    expect((spec as unknown as { servers: unknown[] }).servers).toEqual([{ url: '/', description: 'This server' }]);
    const other = await createTestApp({ OPENAPI_SERVERS: 'https://api.example.org,http://localhost:3000' });
    try {
      const served = (await other.app.inject({ url: '/openapi.json' })).json() as { servers: unknown[] };
      expect(served.servers).toEqual([{ url: 'https://api.example.org' }, { url: 'http://localhost:3000' }]);
    } finally {
      await other.close();
    }
  });

  it('is served as YAML too, with the same content', async () => {
    const { parse } = await import('yaml');
    const response = await t.app.inject({ url: '/openapi.yaml' });
    expect(response.headers['content-type']).toMatch(/^application\/yaml/);
    expect(parse(response.body)).toEqual(spec);
  });
});
