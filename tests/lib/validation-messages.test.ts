import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERIFICATIONS } from '../../src/domain/vocabulary.js';
import { CLAIM_SORT_FIELDS, COUNTRY_SORT_FIELDS } from '../../src/schemas/list-fields.js';
import { problemSchema } from '../../src/schemas/common.js';
import { WRITE_EXAMPLES } from '../../src/schemas/examples.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

/**
 * Every 400 speaks plain words: it names the parameter, header or body field, says what was
 * received and what is accepted, in `detail`, with `errors[]` (location, detail, received,
 * accepted, allowed) beside it. One table of bad inputs across the routes, read and write.
 */

const KEY = 'messages-key-0123456789abcdef';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ API_KEYS: `messages:${KEY}` });
});
afterAll(async () => {
  await t?.close();
});

const CLAIM = '/v1/claims/kp-offered-100000-soldiers';
const json = { 'content-type': 'application/json', authorization: `Bearer ${KEY}` };
const write = { ...json, 'if-match': '*' };

type Case = {
  name: string;
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  /** A body sent as is, not as JSON. */
  rawBody?: string;
  headers?: Record<string, string>;
  /** Where the fault is, as one of errors[] names it. */
  at: { parameter?: string; pointer?: string; header?: string };
  /** What that error's `received` must be (undefined: nothing was sent). */
  received?: string;
  /** Phrases `detail` must contain. */
  says: (string | RegExp)[];
  /** That error's `allowed`, when the accepted values are a list. */
  allowed?: readonly string[];
};

const CASES: Case[] = [
  {
    name: 'a limit that is not a number',
    url: '/v1/claims?limit=abc',
    at: { parameter: 'limit' },
    received: 'abc',
    says: ['Query parameter limit', '"abc"', /integer.*1.*100/],
  },
  {
    name: 'a limit out of range',
    url: '/v1/countries?limit=0',
    at: { parameter: 'limit' },
    received: '0',
    says: ['limit', '"0"', /1.*100/],
  },
  {
    name: 'an unknown sort field',
    url: '/v1/claims?sort=bogus',
    at: { parameter: 'sort' },
    received: 'bogus',
    says: ['sort', '"bogus"', ...CLAIM_SORT_FIELDS],
    allowed: CLAIM_SORT_FIELDS,
  },
  {
    name: 'an unknown sort field among known ones',
    url: '/v1/countries?sort=name,-colour',
    at: { parameter: 'sort' },
    received: 'name,-colour',
    says: ['"colour"', ...COUNTRY_SORT_FIELDS],
    allowed: COUNTRY_SORT_FIELDS,
  },
  {
    name: 'an unknown enum value',
    url: '/v1/claims?status=gone',
    at: { parameter: 'status' },
    received: 'gone',
    says: ['Query parameter status', '"gone"', 'active, retracted, all'],
    allowed: ['active', 'retracted', 'all'],
  },
  {
    name: 'an unknown format',
    url: '/v1/leaders?format=xml',
    at: { parameter: 'format' },
    received: 'xml',
    says: ['"xml"', 'json, csv, ndjson'],
    allowed: ['json', 'csv', 'ndjson'],
  },
  {
    name: 'an unknown value in a comma list',
    url: '/v1/claims?verification=verified,maybe',
    at: { parameter: 'verification' },
    received: 'verified,maybe',
    says: ['verification', '"verified,maybe"', ...VERIFICATIONS],
  },
  {
    name: 'an unknown include',
    url: '/v1/countries/KP?include=everything',
    at: { parameter: 'include' },
    received: 'everything',
    says: ['include', 'claims, tradeFigures, leaders'],
  },
  {
    name: 'an unknown query parameter',
    url: '/v1/trade-figures?colour=red',
    at: { parameter: 'colour' },
    received: 'red',
    says: ['Query parameter colour is not accepted', 'indicator', 'limit'],
  },
  {
    name: 'a credential in an unknown parameter is not echoed',
    url: '/v1/claims?api_key=do-not-echo-me',
    at: { parameter: 'api_key' },
    received: '[redacted]',
    says: ['api_key'],
  },
  {
    name: 'a bad partial date',
    url: '/v1/claims?claimedAt%5Bfrom%5D=yesterday',
    at: { parameter: 'claimedAt[from]' },
    received: 'yesterday',
    says: ['claimedAt[from]', '"yesterday"', 'YYYY, YYYY-MM or YYYY-MM-DD'],
  },
  {
    name: 'a bad number filter',
    url: '/v1/trade-figures?value%5Bgte%5D=lots',
    at: { parameter: 'value[gte]' },
    received: 'lots',
    says: ['value[gte]', '"lots"', 'number'],
  },
  {
    name: 'a since that is neither a change id nor a timestamp',
    url: '/v1/changes?since=yesterday',
    at: { parameter: 'since' },
    received: 'yesterday',
    says: ['since', '"yesterday"', 'change id', 'ISO 8601'],
  },
  {
    name: 'a search text too long',
    url: `/v1/claims?q=${'x'.repeat(600)}`,
    at: { parameter: 'q' },
    received: `${'x'.repeat(120)}…`,
    says: ['Query parameter q', 'at most 500 characters', '600 characters'],
  },
  {
    name: 'a bad country code in the path',
    url: '/v1/countries/KPX/claims',
    at: { parameter: 'code' },
    received: 'KPX',
    says: ['Path parameter code', '"KPX"', 'ISO 3166-1 alpha-2'],
  },
  {
    name: 'a bad cursor',
    url: '/v1/claims?cursor=forged',
    at: { parameter: 'cursor' },
    received: 'forged',
    says: ['Query parameter cursor', 'meta.nextCursor'],
  },
  {
    name: 'a DELETE without a body',
    method: 'DELETE',
    url: CLAIM,
    headers: { authorization: `Bearer ${KEY}`, 'if-match': '*' },
    at: { pointer: '/' },
    says: ['a reason is required', '"reason"'],
  },
  {
    name: 'a DELETE with an empty object',
    method: 'DELETE',
    url: CLAIM,
    body: {},
    headers: write,
    at: { pointer: '/reason' },
    says: ['Body field reason is required', '1 to 1000 characters'],
  },
  {
    name: 'a PATCH without a body',
    method: 'PATCH',
    url: CLAIM,
    headers: { authorization: `Bearer ${KEY}`, 'if-match': '*' },
    at: { pointer: '/' },
    says: ['a reason and at least one field to change are required'],
  },
  {
    name: 'a PATCH that changes nothing',
    method: 'PATCH',
    url: CLAIM,
    body: { reason: 'x' },
    headers: write,
    at: { pointer: '/' },
    received: '{"reason":"x"}',
    says: ['must change at least one field'],
  },
  {
    name: 'an unknown enum value in a body',
    method: 'PATCH',
    url: CLAIM,
    body: { verification: 'maybe', reason: 'relabel' },
    headers: write,
    at: { pointer: '/verification' },
    received: '"maybe"',
    says: ['Body field verification', '"maybe"', VERIFICATIONS.join(', ')],
    allowed: VERIFICATIONS,
  },
  {
    name: 'a wrong type in a nested body field',
    method: 'POST',
    url: '/v1/claims',
    body: { claimant: { name: 42, type: 'journalist' } },
    headers: json,
    at: { pointer: '/claimant/name' },
    received: '42',
    says: ['Body field claimant.name', 'received 42', 'text of 1 to 200 characters', 'Body field sourceId is required'],
  },
  {
    name: 'a POST without a body',
    method: 'POST',
    url: '/v1/sources',
    headers: { authorization: `Bearer ${KEY}` },
    at: { pointer: '/' },
    says: ['The request body is missing', 'kind', 'title', 'text'],
  },
  {
    name: 'a body that is a list',
    method: 'POST',
    url: '/v1/sources',
    body: [],
    headers: json,
    at: { pointer: '/' },
    received: '[]',
    says: ['The request body must be a JSON object', 'received []'],
  },
  {
    name: 'a bad date-time in a body',
    method: 'POST',
    url: '/v1/sources',
    body: { retrievedAt: 'yesterday' },
    headers: json,
    at: { pointer: '/retrievedAt' },
    received: '"yesterday"',
    says: ['Body field retrievedAt', 'ISO 8601'],
  },
  {
    name: 'an unknown body field',
    method: 'PATCH',
    url: CLAIM,
    body: { colour: 'red', reason: 'x' },
    headers: write,
    at: { pointer: '/colour' },
    received: '"red"',
    says: ['Body field colour is not accepted', 'verification'],
  },
  {
    name: 'a bad Idempotency-Key header',
    method: 'POST',
    url: '/v1/sources',
    // A valid body: headers are validated after it.
    body: WRITE_EXAMPLES.SourceCreate,
    headers: { ...json, 'idempotency-key': 'not a key!' },
    at: { header: 'idempotency-key' },
    received: 'not a key!',
    says: ['Header idempotency-key', '"not a key!"', '1 to 200 letters, digits or ._:-'],
  },
  {
    name: 'a body that is not JSON',
    method: 'POST',
    url: '/v1/sources',
    rawBody: '{"title":',
    headers: json,
    at: { pointer: '/' },
    says: ['The request body is not valid JSON', 'send a JSON object'],
  },
  {
    name: 'an empty body declared as JSON',
    method: 'POST',
    url: '/v1/sources',
    rawBody: '',
    headers: json,
    at: { pointer: '/' },
    received: '',
    says: ['The request body is empty', 'send a JSON object'],
  },
  {
    name: 'an over-long path parameter',
    url: `/v1/claims/${'a'.repeat(300)}`,
    at: { parameter: '(path)' },
    received: `${'a'.repeat(120)}…`,
    says: ['A path parameter is longer than the 200 characters accepted', '(300 characters)'],
  },
  {
    // One parameter is named in the singular, not as "the parameters are: limit".
    name: 'an unknown parameter where the operation takes one parameter',
    url: '/v1/changes.atom?bogus=1',
    at: { parameter: 'bogus' },
    received: '1',
    says: ['Query parameter bogus is not accepted here', 'the only parameter is limit.'],
  },
  {
    name: 'an unknown parameter where the operation takes several',
    url: '/v1/changes?bogus=1',
    at: { parameter: 'bogus' },
    received: '1',
    says: ['the parameters are: since, limit.'],
  },
];

/** zod's and Fastify's own wording, which a person should never have to read. */
const VALIDATOR_SPEAK =
  /Invalid input|Invalid option|expected \w+, received|Too (big|small)|Unrecognized key|NaN|querystring|Invalid (body|params|headers)|but content-type is set/;

describe('400 problems in plain words', () => {
  it.each(CASES)('$name', async (c) => {
    const res = await t.app.inject({
      method: c.method ?? 'GET',
      url: c.url,
      headers: c.headers ?? {},
      ...(c.body === undefined ? {} : { payload: JSON.stringify(c.body) }),
      ...(c.rawBody === undefined ? {} : { payload: c.rawBody }),
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = problemSchema.parse(res.json());
    expect(problem.type).toBe('/problems/invalid-request');
    for (const phrase of c.says) {
      if (typeof phrase === 'string') expect(problem.detail).toContain(phrase);
      else expect(problem.detail).toMatch(phrase);
    }
    expect(problem.detail).not.toMatch(VALIDATOR_SPEAK);
    expect(problem.detail).not.toContain('do-not-echo-me');
    const errors = problem.errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    const first = errors.find((e) => e.parameter === c.at.parameter && e.pointer === c.at.pointer && e.header === c.at.header);
    expect(first, JSON.stringify(errors)).toBeDefined();
    expect(first?.received).toBe(c.received);
    if (c.allowed !== undefined) expect(first?.allowed).toEqual([...c.allowed]);
    for (const e of errors) {
      expect(e.parameter ?? e.pointer ?? e.header, JSON.stringify(e)).toBeDefined();
      expect(e.detail).not.toMatch(VALIDATOR_SPEAK);
      expect(e.accepted, JSON.stringify(e)).toEqual(expect.any(String));
      expect(problem.detail).toContain(e.detail);
    }
  });
});
