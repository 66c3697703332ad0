import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { ARTIFACTS, launchChromium, TEST_HOST as LAN_HOST } from '../helpers/browser.js';

let t: TestApp;
let browser: Browser;
let port: number;

beforeAll(async () => {
  t = await createTestApp();
  // 127.0.0.1 only: the LAN name reaches it through the browser's resolver rule, not the network.
  const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = Number(new URL(address).port);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe.each([
  { origin: 'loopback', host: '127.0.0.1', secure: true },
  // What a colleague on the LAN, or anyone reaching a container on 0.0.0.0, opens: plain HTTP
  // from a non-loopback host, where the page must not ask for its assets over HTTPS.
  { origin: 'non-loopback', host: LAN_HOST, secure: false },
])('Swagger UI in a real browser, from a $origin origin', ({ origin, host, secure }) => {
  it('renders every operation and runs "Try it out" for North Korea’s claims against this server', async () => {
    const baseUrl = `http://${host}:${port}`;
    const page = await browser.newPage();
    const external: string[] = [];
    const failed: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) external.push(request.url());
    });
    page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
    await page.goto(`${baseUrl}/docs`);
    expect(await page.evaluate(() => (globalThis as unknown as { isSecureContext: boolean }).isSecureContext)).toBe(secure);

    const operation = page.locator('#operations-Countries-listCountryClaims');
    await operation.waitFor({ timeout: 20_000 }).catch((error: unknown) => {
      throw new Error(`Swagger UI did not render from ${baseUrl}; failed requests: ${failed.join(', ') || 'none'}`, {
        cause: error,
      });
    });
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
    // The request went to the origin the page came from, over plain HTTP.
    const requestUrl = await operation.locator('.request-url pre').first().innerText();
    expect(requestUrl).toContain(`${baseUrl}/v1/countries/KP/claims`);

    mkdirSync(ARTIFACTS, { recursive: true });
    await operation
      .locator('.live-responses-table')
      .first()
      .screenshot({ path: path.join(ARTIFACTS, `swagger-ui-try-it-out-${origin}.png`) });
    expect(external).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  }, 90_000);
});
