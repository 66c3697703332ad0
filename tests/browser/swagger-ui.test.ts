import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { ARTIFACTS, launchChromium } from '../helpers/browser.js';

let t: TestApp;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('Swagger UI in a real browser', () => {
  it('renders every operation and runs "Try it out" for North Korea’s claims against this server', async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) external.push(request.url());
    });
    await page.goto(`${baseUrl}/docs`);

    const operation = page.locator('#operations-Countries-listCountryClaims');
    await operation.waitFor({ timeout: 20_000 });
    const spec = (await t.app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, object> };
    const operationCount = Object.values(spec.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    const rendered = await page.locator('.opblock').count();
    expect(rendered).toBeGreaterThanOrEqual(operationCount);

    await operation.locator('.opblock-summary').first().click();
    await operation.locator('button.try-out__btn').click();
    await operation.locator('tr[data-param-name="code"] input').fill('KP');
    await operation.locator('button.execute').click();

    const status = operation.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor({ timeout: 20_000 });
    expect((await status.innerText()).trim()).toBe('200');
    const body = await operation.locator('.live-responses-table .response-col_description pre').first().innerText();
    expect(body).toContain('"name": "North Korea"');
    expect(body).toContain('kp-offered-100000-soldiers');

    mkdirSync(ARTIFACTS, { recursive: true });
    await operation
      .locator('.live-responses-table')
      .first()
      .screenshot({ path: path.join(ARTIFACTS, 'swagger-ui-try-it-out.png') });
    expect(external).toEqual([]);
    await page.close();
  });
});
