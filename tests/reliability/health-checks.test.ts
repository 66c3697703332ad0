import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, createLoggedApp, expectNoSecretsInLogs, send, type LoggedApp } from '../helpers/reliability.js';

/**
 * Issue 19: health checks are not rate-limited. Behind a proxy without TRUST_PROXY every client
 * shares one address; once the limit tripped, /health and /ready answered 429 and a load
 * balancer would have taken a healthy instance out. /ready reads the database, so its answer is
 * reused for a second: exempt from the limit, it still cannot load the database.
 */

let t: LoggedApp;
let base: string;

beforeAll(async () => {
  t = await createLoggedApp({ RATE_LIMIT_MAX: '5', RATE_LIMIT_WINDOW_MS: '60000' });
  base = await t.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await t?.close();
  expectNoSecretsInLogs();
  await cleanup();
});

describe('health checks', () => {
  it('keep answering 200 after the address has run out of requests, while the API answers 429', async () => {
    for (let i = 0; i < 8; i += 1) await send(base, 'GET', '/v1/countries');
    expect((await send(base, 'GET', '/v1/countries')).status).toBe(429);
    for (let i = 0; i < 20; i += 1) {
      for (const path of ['/health', '/ready', '/health?probe=lb', '/ready?from=k8s']) {
        const res = await send(base, 'GET', path);
        expect(res.status, `${path} #${i}`).toBe(200);
        expect(res.headers['x-ratelimit-remaining'], path).toBeUndefined();
      }
      expect((await send(base, 'HEAD', '/health')).status).toBe(200);
    }
    // Only those two paths: a lookalike is counted like any request.
    for (const path of ['/healthz', '/health/x', '/readyz', '/v1/countries?x=/health']) {
      expect((await send(base, 'GET', path)).status, path).toBe(429);
    }
  });

  it('read the database at most once a second for /ready, however often it is asked', async () => {
    const unlimited = await createLoggedApp();
    const meta = unlimited.app.repositories.meta;
    const original = meta.migrationsApplied.bind(meta);
    let reads = 0;
    meta.migrationsApplied = () => {
      reads += 1;
      return original();
    };
    try {
      const answers = await Promise.all(Array.from({ length: 50 }, () => unlimited.app.inject({ method: 'GET', url: '/ready' })));
      expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
      expect(answers[0]?.json()).toEqual({
        status: 'ready',
        checks: { database: true, migrations: true, seed: true, integrity: true },
      });
      // One read, or a few on a machine slow enough to take seconds over 50 requests.
      expect(reads).toBeGreaterThanOrEqual(1);
      expect(reads).toBeLessThanOrEqual(3);
    } finally {
      meta.migrationsApplied = original;
      await unlimited.close();
    }
  });
});
