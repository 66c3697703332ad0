import { afterAll, describe, expect, it } from 'vitest';
import {
  CURATOR_KEY,
  SECOND_KEY,
  WRONG_KEY,
  bearer,
  cleanup,
  collectedLogs,
  createLoggedApp,
  expectNoSecretsInLogs,
  send,
  sourceBody,
  startChild,
} from '../helpers/reliability.js';

/**
 * Issue 7, test 11: no key and no Authorization value reaches a log. Every reliability test file
 * checks its own logs (child servers' output and in-process apps' streams) in afterAll; this one
 * runs the requests most likely to leak, at the most verbose level, on both kinds of server.
 */

afterAll(async () => {
  await cleanup();
});

/** Requests that carry keys every way a client might, right and wrong, plus errors around them. */
async function tempt(base: string): Promise<void> {
  const json = { 'content-type': 'application/json' };
  const requests: [string, string, Record<string, string>, string?][] = [
    ['POST', '/v1/sources', { ...json, authorization: bearer() }, JSON.stringify(sourceBody('logs'))],
    ['POST', '/v1/sources', { ...json, authorization: bearer(SECOND_KEY) }, JSON.stringify(sourceBody('logs'))],
    ['POST', '/v1/sources', { ...json, authorization: bearer(WRONG_KEY) }, JSON.stringify(sourceBody('logs'))],
    ['POST', '/v1/sources', { ...json, authorization: `Bearer  ${CURATOR_KEY}` }, '{}'],
    ['POST', '/v1/sources', { ...json, authorization: CURATOR_KEY }, '{}'],
    ['POST', '/v1/sources', { ...json, 'x-api-key': CURATOR_KEY, cookie: `session=${CURATOR_KEY}` }, '{}'],
    ['POST', `/v1/sources?key=${CURATOR_KEY}`, json, '{}'],
    ['POST', `/v1/sources?api_key=${WRONG_KEY}&x=1`, json, '{}'],
    ['PATCH', `/v1/countries/KP?access_token=${SECOND_KEY}`, { ...json, 'if-match': '*' }, '{"reason":"x"}'],
    [
      'DELETE',
      `/v1/claims/kp-offered-100000-soldiers?Authorization=${encodeURIComponent(bearer(WRONG_KEY))}`,
      json,
      '{"reason":"x"}',
    ],
    ['GET', `/v1/claims?token=${CURATOR_KEY}`, {}],
    ['GET', `/v1/claims?q=${CURATOR_KEY}`, {}],
    ['GET', `/v1/claims/${CURATOR_KEY}`, {}],
    ['GET', `/v1/claims?cursor=${encodeURIComponent(CURATOR_KEY)}`, {}],
    ['GET', `/no-such-route/${CURATOR_KEY}?secret=${WRONG_KEY}`, {}],
    // Errors with keys around: a bad body, a refused body type, a too-large one, a bad URL.
    ['POST', '/v1/sources', { ...json, authorization: bearer() }, `{"kind":"${CURATOR_KEY}"`],
    ['POST', '/v1/sources', { 'content-type': 'text/plain', authorization: bearer() }, CURATOR_KEY],
    [
      'POST',
      '/v1/sources',
      { ...json, authorization: bearer() },
      JSON.stringify({ ...sourceBody('logs'), title: CURATOR_KEY.repeat(100) }),
    ],
    ['GET', `/v1/claims/%ED%A0%80${CURATOR_KEY}`, { authorization: bearer() }],
    ['GET', `/v1/claims/${'a'.repeat(300)}${CURATOR_KEY}`, { authorization: bearer() }],
  ];
  for (const [method, path, headers, body] of requests) {
    const res = await send(base, method, path, headers, body);
    expect(res.status, `${method} ${path}`).toBeLessThan(500);
  }
}

function lines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('logs', () => {
  it('of an in-process app at trace level hold no key and no Authorization value', async () => {
    const t = await createLoggedApp({ LOG_LEVEL: 'trace' });
    try {
      await tempt(await t.app.listen({ host: '127.0.0.1', port: 0 }));
    } finally {
      await t.close();
    }
    const logged = lines(t.logs());
    // The check is not vacuous: every request was logged, with its URL, keys taken out.
    expect(logged.filter((l) => l.msg === 'incoming request').length).toBeGreaterThanOrEqual(20);
    expect(t.logs()).toContain('[redacted]');
    expect(t.logs()).toContain('/v1/sources?key=[redacted]');
    // Request-scoped lines carry the request id.
    expect(logged.filter((l) => (l.req !== undefined || l.res !== undefined) && typeof l.reqId !== 'string')).toEqual([]);
    expectNoSecretsInLogs();
  });

  it('of the real server process at trace level hold no key and no Authorization value', async () => {
    const server = await startChild({ LOG_LEVEL: 'trace' });
    await tempt(server.url);
    expect(await server.stop()).toBe(0);
    const logged = lines(server.output());
    expect(logged.filter((l) => l.msg === 'incoming request').length).toBeGreaterThanOrEqual(20);
    expect(server.output()).toContain('?key=[redacted]');
    expectNoSecretsInLogs();
    expect(collectedLogs().length).toBe(2);
  });
});
