import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';
import { ROOT } from '../helpers/server-process.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'tests/artifacts');

let browser: Browser;
let baseUrl: string;

const t = useTestApp();
beforeAll(async () => {
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  // Playwright gives each launch a fresh, empty profile of its own.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('Swagger UI in a real browser', () => {
  // A browser and the app share the machine with the rest of the suite: room for a slow start.
  it(
    'renders every operation and runs "Try it out" for North Korea’s claims against this server',
    { timeout: 60_000 },
    async () => {
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
    },
  );
});
