import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { describeWindow } from '../../src/plugins/external/rate-limit.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

const apps: TestApp[] = [];
afterAll(async () => {
  for (const t of apps) await t.close();
});

describe('The rate-limit problem', () => {
  it('names the configured window, and gives the time left in the window as Retry-After', async () => {
    const t = await createTestApp({ RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '10000' });
    apps.push(t);
    expect((await t.app.inject({ url: '/v1/countries' })).statusCode).toBe(200);
    // Part of the window goes by, so the time left is no longer the window.
    await sleep(2100);
    expect((await t.app.inject({ url: '/v1/countries' })).statusCode).toBe(200);
    const limited = await t.app.inject({ url: '/v1/countries' });
    expect(limited.statusCode).toBe(429);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(8);
    const { detail } = limited.json() as { detail: string };
    expect(detail).toContain('The rate limit is 2 requests per 10 seconds per client');
    expect(detail).toContain(`retry in ${retryAfter} second`);
  });

  it('states windows exactly, in plain words', () => {
    expect(describeWindow(60_000)).toBe('1 minute');
    expect(describeWindow(90_000)).toBe('90 seconds');
    expect(describeWindow(3_600_000)).toBe('1 hour');
    expect(describeWindow(1500)).toBe('1500 milliseconds');
  });
});
