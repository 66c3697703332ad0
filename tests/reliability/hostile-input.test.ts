import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/schemas/common.js';
import {
  bearer,
  cleanup,
  createLoggedApp,
  expectNoSecretsInLogs,
  rawConnection,
  send,
  sleep,
  type LoggedApp,
  type Sent,
} from '../helpers/reliability.js';

/**
 * Issue 7, test 7: hostile and malformed input, over real HTTP, always answered with a 4xx
 * problem+json (or, where the input is legitimate, a 2xx), never a 5xx.
 */

let t: LoggedApp;
let base: string;

beforeAll(async () => {
  t = await createLoggedApp();
  base = await t.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await t?.close();
  expectNoSecretsInLogs();
  await cleanup();
});

type Case = {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  expect?: number | 'ok-or-4xx';
};

const JSON_WRITE = { authorization: bearer(), 'content-type': 'application/json' };
const validSource = {
  kind: 'other',
  title: 'Hostile input probe',
  language: 'en',
  dateNote: 'n',
  retrievedAt: '2026-01-01T00:00:00Z',
  textNote: 'n',
  text: 'Some text.',
};
const withSource = (extra: Record<string, unknown>) => JSON.stringify({ ...validSource, ...extra });
const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const enc = encodeURIComponent;

/** Percent-encoded bytes that are not UTF-8: a lone surrogate (CESU), an overlong slash, a stray continuation byte. */
const BAD_UTF8 = ['%ED%A0%80', '%C0%AF', '%80', '%FF%FE'];

const cases: Case[] = [
  // Bodies
  { name: 'malformed JSON', method: 'POST', path: '/v1/sources', headers: JSON_WRITE, body: '{"kind":', expect: 400 },
  {
    name: 'JSON with a trailing comma',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: '{"kind":"other",}',
    expect: 400,
  },
  { name: 'empty JSON body', method: 'POST', path: '/v1/sources', headers: JSON_WRITE, body: '', expect: 400 },
  { name: 'JSON null', method: 'POST', path: '/v1/sources', headers: JSON_WRITE, body: 'null', expect: 400 },
  { name: 'JSON array', method: 'POST', path: '/v1/sources', headers: JSON_WRITE, body: '[]', expect: 400 },
  { name: 'JSON string', method: 'POST', path: '/v1/sources', headers: JSON_WRITE, body: '"source"', expect: 400 },
  { name: '100k-deep nesting', method: 'POST', path: '/v1/sources', headers: JSON_WRITE, body: deep(100_000), expect: 400 },
  {
    name: 'BOM before JSON',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: `\uFEFF${withSource({})}`,
    expect: 'ok-or-4xx',
  },
  {
    name: '__proto__ payload',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: '{"__proto__":{"admin":true},"kind":"other"}',
    expect: 400,
  },
  {
    name: 'nested __proto__',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: withSource({ x: 1 }).replace('"x":1', '"a":{"__proto__":{"polluted":1}}'),
    expect: 400,
  },
  {
    name: 'constructor.prototype payload',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: '{"constructor":{"prototype":{"admin":true}}}',
    expect: 400,
  },
  {
    name: 'unknown field',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: withSource({ id: 'chosen-by-client' }),
    expect: 400,
  },
  {
    name: 'wrong types',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: withSource({ kind: 5, title: ['x'], text: { a: 1 } }),
    expect: 400,
  },
  {
    name: 'huge number',
    method: 'POST',
    path: '/v1/trade-figures',
    headers: JSON_WRITE,
    body: '{"value":1e999999}',
    expect: 400,
  },
  {
    name: 'NUL byte in a field',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: withSource({ title: 'nul\u0000byte' }),
    expect: 400,
  },
  {
    // PostgreSQL's text cannot hold U+0000: this was a 500 there (found by the fuzz test).
    name: 'NUL in a source text',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: withSource({ text: 'before \u0000 after' }),
    expect: 400,
  },
  {
    name: 'lone surrogate in a field',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: withSource({ title: 'lone \ud800 surrogate' }),
    expect: 400,
  },
  {
    name: 'lone low surrogate in the text',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: withSource({ text: 'a \udfff b' }),
    expect: 400,
  },
  {
    name: 'lone surrogate in a key',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: '{"\\ud800":1}',
    expect: 400,
  },
  {
    name: 'escaped surrogate pair',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: withSource({ title: 'pair' }).replace('pair', '\\ud83d\\ude00 pair'),
    expect: 201,
  },
  {
    name: 'escaped backslash before u',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: withSource({ title: 'C:\\ud800' }),
    expect: 201,
  },
  {
    name: 'invalid UTF-8 bytes in the body',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: Buffer.concat([Buffer.from('{"kind":"'), Buffer.from([0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from('"}')]),
    expect: 400,
  },
  {
    name: 'emoji and combining marks in fields',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: withSource({ title: '🇷🇺💥 e\u0301\u0301\u0301 Z\u0335\u0321\u0354a\u0337lgo', text: '👩‍👩‍👧 text' }),
    expect: 201,
  },
  {
    name: 'oversized body',
    method: 'POST',
    path: '/v1/sources',
    headers: JSON_WRITE,
    body: withSource({ text: 'x'.repeat(1_100_000) }),
    expect: 413,
  },
  {
    name: 'text/plain body',
    method: 'POST',
    path: '/v1/sources',
    headers: { ...JSON_WRITE, 'content-type': 'text/plain' },
    body: withSource({}),
    expect: 415,
  },
  {
    name: 'form body',
    method: 'POST',
    path: '/v1/sources',
    headers: { ...JSON_WRITE, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'kind=other',
    expect: 415,
  },
  {
    name: 'multipart body',
    method: 'POST',
    path: '/v1/sources',
    headers: { ...JSON_WRITE, 'content-type': 'multipart/form-data; boundary=x' },
    body: '--x--',
    expect: 415,
  },
  {
    name: 'body without a content type',
    method: 'POST',
    path: '/v1/sources',
    headers: { authorization: bearer() },
    body: withSource({}),
    expect: 415,
  },
  {
    name: 'JSON in UTF-16',
    method: 'POST',
    path: '/v1/sources',
    headers: { ...JSON_WRITE, 'content-type': 'application/json; charset=utf-16' },
    body: Buffer.from(withSource({}), 'utf16le'),
    expect: 'ok-or-4xx',
  },
  {
    name: 'garbage If-Match',
    method: 'PATCH',
    path: '/v1/countries/KP',
    headers: { ...JSON_WRITE, 'if-match': '"garbage, W/"", *, "v-1' },
    body: '{"reason":"x","name":"y"}',
    expect: 412,
  },
  {
    name: 'PATCH without If-Match',
    method: 'PATCH',
    path: '/v1/countries/KP',
    headers: JSON_WRITE,
    body: '{"reason":"x","name":"y"}',
    expect: 428,
  },
  // Query parameters
  { name: 'huge limit', path: '/v1/claims?limit=99999999999999999999999', expect: 400 },
  { name: 'negative limit', path: '/v1/claims?limit=-1', expect: 400 },
  { name: 'zero limit', path: '/v1/claims?limit=0', expect: 400 },
  { name: 'fractional limit', path: '/v1/claims?limit=1.5', expect: 400 },
  // Accepted as 16 by z.coerce.number: lenient, harmless.
  { name: 'hex limit', path: '/v1/claims?limit=0x10', expect: 'ok-or-4xx' },
  { name: 'NaN limit', path: '/v1/claims?limit=NaN', expect: 400 },
  { name: 'empty limit', path: '/v1/claims?limit=', expect: 400 },
  { name: 'repeated limit', path: '/v1/claims?limit=1&limit=2', expect: 400 },
  { name: 'limit on the change feed', path: '/v1/changes?limit=1e9', expect: 400 },
  { name: 'garbage cursor', path: '/v1/claims?cursor=garbage', expect: 400 },
  {
    name: 'base64 JSON cursor',
    path: `/v1/claims?cursor=${Buffer.from('{"k":["x"],"id":"y"}').toString('base64url')}`,
    expect: 400,
  },
  { name: 'NUL cursor', path: '/v1/claims?cursor=%00', expect: 400 },
  { name: 'over-long cursor', path: `/v1/claims?cursor=${'A'.repeat(5000)}`, expect: 400 },
  { name: 'cursor with a lone surrogate', path: '/v1/claims?cursor=%ED%A0%80', expect: 400 },
  { name: '10k-character search', path: `/v1/claims?q=${'a'.repeat(10_000)}`, expect: 400 },
  { name: 'control-character search', path: `/v1/claims?q=${enc('\u0001\u0002\u001b[31m\u007f')}`, expect: 'ok-or-4xx' },
  { name: 'NUL byte search', path: '/v1/claims?q=%00', expect: 'ok-or-4xx' },
  { name: 'NUL inside a search word', path: '/v1/claims?q=sol%00diers', expect: 'ok-or-4xx' },
  { name: 'lone surrogate search', path: '/v1/claims?q=%ED%A0%80', expect: 'ok-or-4xx' },
  { name: 'emoji search', path: `/v1/claims?q=${enc('🇷🇺💥👩‍👩‍👧')}`, expect: 200 },
  { name: 'combining marks search', path: `/v1/claims?q=${enc('e\u0301\u0301\u0301\u0301 Z\u0335\u0321\u0354')}`, expect: 200 },
  { name: 'FTS5 syntax in a search', path: `/v1/claims?q=${enc('" NEAR( * OR ^ -a AND NOT :')}`, expect: 'ok-or-4xx' },
  { name: 'SQL in a search', path: `/v1/claims?q=${enc("'; DROP TABLE Claim; --")}`, expect: 'ok-or-4xx' },
  { name: 'search on trade figures', path: `/v1/trade-figures?q=${enc('"unterminated')}`, expect: 'ok-or-4xx' },
  { name: 'SQL in a filter', path: `/v1/claims?country=${enc("KP' OR '1'='1")}`, expect: 'ok-or-4xx' },
  { name: 'unknown sort field', path: '/v1/claims?sort=__proto__', expect: 400 },
  { name: 'empty sort fields', path: '/v1/claims?sort=,,-,', expect: 400 },
  { name: '__proto__ as a parameter', path: '/v1/claims?__proto__=x&constructor=y', expect: 'ok-or-4xx' },
  { name: 'bracketed __proto__ parameter', path: '/v1/claims?__proto__[polluted]=1', expect: 'ok-or-4xx' },
  { name: 'facet on __proto__', path: '/v1/claims?facet=__proto__', expect: 400 },
  { name: 'path traversal as a format', path: '/v1/claims?format=..%2F..%2Fetc%2Fpasswd', expect: 400 },
  { name: 'bad value filter', path: '/v1/trade-figures?value[gte]=1e999', expect: 'ok-or-4xx' },
  { name: 'impossible date', path: '/v1/claims?claimedAt[from]=2024-13-45', expect: 'ok-or-4xx' },
  { name: 'bad since', path: '/v1/changes?since=9999999999999999999999', expect: 400 },
  ...BAD_UTF8.map((bytes): Case => ({
    name: `undecodable query ${bytes}`,
    path: `/v1/claims?country=${bytes}`,
    expect: 'ok-or-4xx',
  })),
  // Path parameters
  { name: 'over-long id', path: `/v1/claims/${'a'.repeat(5000)}`, expect: 'ok-or-4xx' },
  { name: 'id just over the documented length', path: `/v1/claims/${'a'.repeat(121)}`, expect: 400 },
  { name: 'NUL in a path parameter', path: '/v1/claims/%00', expect: 400 },
  { name: 'encoded slash in an id', path: '/v1/claims/a%2F..%2F..%2Fsources', expect: 400 },
  { name: 'emoji country code', path: `/v1/countries/${enc('🇷🇺')}`, expect: 400 },
  { name: 'combining marks in a code', path: `/v1/countries/${enc('K\u0301P')}`, expect: 400 },
  { name: 'lower-case code', path: '/v1/countries/kp', expect: 'ok-or-4xx' },
  ...BAD_UTF8.map((bytes): Case => ({ name: `undecodable path ${bytes}`, path: `/v1/claims/${bytes}`, expect: 400 })),
  { name: 'broken percent-encoding in the path', path: '/v1/claims/%E0%A4%A', expect: 400 },
  {
    name: 'over-long write path',
    method: 'PATCH',
    path: `/v1/claims/${'a'.repeat(5000)}`,
    headers: { ...JSON_WRITE, 'if-match': '"v1"' },
    body: '{"reason":"x"}',
    expect: 'ok-or-4xx',
  },
  // Methods and negotiation
  {
    name: 'unknown method on a collection',
    method: 'PUT',
    path: '/v1/claims',
    headers: JSON_WRITE,
    body: '{}',
    expect: 'ok-or-4xx',
  },
  { name: 'unsupported Accept', path: '/v1/claims', headers: { accept: 'application/xml' }, expect: 406 },
  { name: 'garbage Accept', path: '/v1/claims', headers: { accept: ';;;q=abc,, */*;q=x, \\\\' }, expect: 'ok-or-4xx' },
  { name: 'insane request id', path: '/v1/claims', headers: { 'x-request-id': `${'x'.repeat(500)} <script>\t` }, expect: 200 },
];

function check(c: Case, res: Sent): string[] {
  const faults: string[] = [];
  if (res.status >= 500) faults.push(`answered ${res.status}`);
  if (typeof c.expect === 'number' && res.status !== c.expect)
    faults.push(`answered ${res.status}, expected ${c.expect}: ${res.text.slice(0, 200)}`);
  if (c.expect === 'ok-or-4xx' && !((res.status >= 200 && res.status < 300) || (res.status >= 400 && res.status < 500)))
    faults.push(`answered ${res.status}`);
  if (res.status >= 400) {
    if (!/^application\/problem\+json/.test(String(res.headers['content-type'])))
      faults.push(`content type ${String(res.headers['content-type'])}`);
    try {
      const problem = problemSchema.parse(JSON.parse(res.text));
      if (problem.status !== res.status) faults.push(`problem status ${problem.status}`);
      if (/at .*\.(ts|js):\d+|SQLITE|Prisma|node_modules/i.test(res.text)) faults.push('internals leaked');
    } catch {
      faults.push(`not a problem document: ${res.text.slice(0, 200)}`);
    }
  }
  if (res.headers['x-request-id'] === undefined) faults.push('no X-Request-Id');
  return faults;
}

describe('hostile input', () => {
  it(`answers each of ${cases.length} malformed or hostile requests with a 4xx problem+json (or a 2xx where legitimate), never a 5xx`, async () => {
    const faults: string[] = [];
    for (const c of cases) {
      const res = await send(base, c.method ?? 'GET', c.path, c.headers ?? {}, c.body);
      for (const fault of check(c, res)) faults.push(`${c.name}: ${fault}`);
    }
    expect(faults).toEqual([]);
  });

  it('answers requests that are not valid HTTP with a problem+json too', async () => {
    const raw = async (text: string) => {
      const c = rawConnection(base);
      await c.connected;
      await c.write(text);
      await Promise.race([c.closed, sleep(5000)]);
      c.socket.destroy();
      return c.received();
    };
    const malformed: [string, string, number][] = [
      ['a non-numeric Content-Length', 'POST /v1/sources HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n', 400],
      [
        'Content-Length and chunked together',
        'POST /v1/sources HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
        400,
      ],
      [
        'a bad chunk size',
        `POST /v1/sources HTTP/1.1\r\nHost: x\r\nAuthorization: ${bearer()}\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
        400,
      ],
      ['a garbage request line', '\u0001\u0002 NOT HTTP\r\n\r\n', 400],
      ['a NUL in a header', 'GET /v1/claims HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n', 400],
      ['32 KB of headers', `GET /v1/claims HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(32_000)}\r\n\r\n`, 431],
    ];
    const faults: string[] = [];
    for (const [name, text, status] of malformed) {
      const received = await raw(text);
      const [head = '', body = ''] = received.split('\r\n\r\n');
      if (!head.startsWith(`HTTP/1.1 ${status} `)) faults.push(`${name}: ${head.split('\r\n')[0]}`);
      else if (!/content-type: application\/problem\+json/i.test(head)) faults.push(`${name}: not problem+json: ${head}`);
      else if ((JSON.parse(body) as { status: number }).status !== status) faults.push(`${name}: ${body}`);
    }
    expect(faults).toEqual([]);
  });

  it('never writes a second response when the body turns out malformed after the route answered', async () => {
    // Without a key the write is refused from its head; the bad chunk comes after that 401.
    const c = rawConnection(base);
    await c.connected;
    await c.write(
      'POST /v1/sources HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
    );
    await Promise.race([c.closed, sleep(5000)]);
    c.socket.destroy();
    const statusLines = c.received().match(/HTTP\/1\.1 \d{3}/g) ?? [];
    expect(statusLines).toEqual(['HTTP/1.1 401']);
  });

  it('lets no payload pollute Object.prototype', async () => {
    await send(base, 'POST', '/v1/sources', JSON_WRITE, '{"__proto__":{"polluted":true}}');
    await send(base, 'GET', '/v1/claims?__proto__[polluted]=1');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('still answers normally afterwards', async () => {
    const res = await send(base, 'GET', '/v1/claims?limit=1');
    expect(res.status).toBe(200);
  });
});
