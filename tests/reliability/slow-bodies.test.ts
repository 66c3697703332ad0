import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  cleanup,
  createLoggedApp,
  expectNoSecretsInLogs,
  rawConnection,
  sleep,
  type LoggedApp,
} from '../helpers/reliability.js';

/**
 * Issue 19: a request body trickled in is cut at REQUEST_TIMEOUT_MS like trickled headers, and a
 * request the server answered from its head alone gets no second response (a 408) when its body
 * then times out.
 */

const REQUEST_TIMEOUT_MS = 1500;
/** Node checks deadlines every second at most (src/fastify-options.ts); slack for a loaded machine. */
const CUT_WITHIN_MS = REQUEST_TIMEOUT_MS + 3000;

let t: LoggedApp;
let base: string;

beforeAll(async () => {
  t = await createLoggedApp({ REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) });
  base = await t.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await t?.close();
  expectNoSecretsInLogs();
  await cleanup();
});

/**
 * Sends `head` (with a Content-Length of 200) and then one body byte every `gapMs`, until the
 * server closes the connection or 15 s pass; resolves with what came back and when it closed.
 */
async function trickle(head: string, gapMs = 400) {
  const c = rawConnection(base);
  await c.connected;
  const started = Date.now();
  await c.write(`${head}Content-Length: 200\r\n\r\n`);
  let closedAt: number | null = null;
  void c.closed.then((at) => (closedAt = at));
  for (let i = 0; i < 200 && closedAt === null && Date.now() - started < 15_000; i += 1) {
    await c.write('{');
    await sleep(gapMs);
  }
  c.socket.destroy();
  return { received: c.received(), afterMs: closedAt === null ? Number.POSITIVE_INFINITY : closedAt - started };
}

const statusLines = (received: string) => received.match(/HTTP\/1\.1 \d{3}/g) ?? [];

describe('a slowly sent body', () => {
  it('is cut at the request timeout with a 408 problem when the route waits for it', async () => {
    const { received, afterMs } = await trickle(
      `POST /v1/sources HTTP/1.1\r\nHost: x\r\nAuthorization: ${bearer()}\r\nContent-Type: application/json\r\n`,
    );
    expect(afterMs, 'the connection was held past the request timeout').toBeLessThan(CUT_WITHIN_MS);
    expect(afterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect(statusLines(received)).toEqual(['HTTP/1.1 408']);
    expect(received).toMatch(/content-type: application\/problem\+json/i);
  }, 30_000);

  for (const [label, head, status] of [
    ['a write without a key (401)', 'POST /v1/sources HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n', '401'],
    [
      'a body that is not JSON (415)',
      `POST /v1/sources HTTP/1.1\r\nHost: x\r\nAuthorization: ${bearer()}\r\nContent-Type: text/plain\r\n`,
      '415',
    ],
    ['a GET, which ignores its body (200)', 'GET /v1/countries HTTP/1.1\r\nHost: x\r\n', '200'],
  ] as const) {
    it(`gets one response only, and the connection is cut at the timeout, after ${label}`, async () => {
      const { received, afterMs } = await trickle(head);
      expect(statusLines(received), received.slice(0, 300)).toEqual([`HTTP/1.1 ${status}`]);
      expect(afterMs, 'the connection was held past the request timeout').toBeLessThan(CUT_WITHIN_MS);
    }, 30_000);
  }
});
