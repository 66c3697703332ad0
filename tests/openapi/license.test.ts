import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { ROOT } from '../helpers/server-process.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('The licence', () => {
  it('is stated identically by GET /v1, the spec’s info.license and the README: code MIT, data CC0-1.0', async () => {
    const dataset = (await t.app.inject({ url: '/v1' })).json() as {
      license: { code: string; data: string; spdx: string; statement: string };
    };
    const spec = (await t.app.inject({ url: '/openapi.json' })).json() as {
      info: { license: { name: string; identifier: string } };
    };
    const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { license: string };

    expect(dataset.license.code).toBe(pkg.license);
    expect(dataset.license.code).toBe('MIT');
    expect(dataset.license.data).toBe('CC0-1.0');
    expect(spec.info.license.identifier).toBe(dataset.license.spdx);
    expect(spec.info.license.identifier).toBe('MIT AND CC0-1.0');
    expect(spec.info.license.name).toBe(dataset.license.statement);
    expect(dataset.license.statement).toMatch(/Code: MIT\. Data: CC0-1\.0/);
    expect(readFileSync(`${ROOT}/README.md`, 'utf8')).toContain(dataset.license.statement);
  });
});
