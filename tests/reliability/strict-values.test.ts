import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { isCalendarDate } from '../../src/schemas/dates.js';
import { API_KEYS, bearer, claimBody, figureBody } from '../helpers/writes.js';

/**
 * Issue 19: dates that do not exist and numbers in spellings the client did not mean are refused
 * everywhere, in bodies and in filters, with a 400 naming the field, instead of being stored or
 * read as something else.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ API_KEYS });
});
afterAll(async () => {
  await t?.close();
});

const IMPOSSIBLE_DATES = [
  '2022-13-45',
  '2022-02-30',
  '2023-02-29',
  '2022-04-31',
  '9999-99-99',
  '0000',
  '0000-01',
  '2022-00',
  '2022-01-00',
];
const REAL_DATES = ['2022', '2022-03', '2024-02-29', '2000-02-29', '2022-12-31', '0001'];

type Problem = { status: number; errors?: { parameter?: string; pointer?: string; detail: string }[] };

const get = (url: string) => t.app.inject({ method: 'GET', url });
const post = (url: string, body: unknown) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { authorization: bearer(), 'content-type': 'application/json' },
    payload: body as object,
  });

let serial = 0;

describe('dates', () => {
  it('knows which dates exist (the rule, without HTTP)', () => {
    for (const date of IMPOSSIBLE_DATES) expect(isCalendarDate(date), date).toBe(false);
    for (const date of REAL_DATES) expect(isCalendarDate(date), date).toBe(true);
    for (const date of ['1900-02-29', '2100-02-29']) expect(isCalendarDate(date), date).toBe(false);
  });

  it('refuses an impossible claimedAt in a new claim and in a correction, and stores none of them', async () => {
    const before = ((await get('/v1/claims?status=all&limit=1')).json() as { meta: { total: number } }).meta.total;
    for (const claimedAt of IMPOSSIBLE_DATES) {
      serial += 1;
      const res = await post('/v1/claims', claimBody({ claimedAt, statement: `Impossible date probe ${serial}.` }));
      expect(res.statusCode, claimedAt).toBe(400);
      expect((res.json() as Problem).errors?.map((e) => e.pointer)).toContain('/claimedAt');
    }
    const after = ((await get('/v1/claims?status=all&limit=1')).json() as { meta: { total: number } }).meta.total;
    expect(after).toBe(before);

    const claim = (await get('/v1/claims?limit=1')).json() as { data: { id: string; version: number }[] };
    const target = claim.data[0];
    if (target === undefined) throw new Error('the seed has no claim');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/v1/claims/${target.id}`,
      headers: { authorization: bearer(), 'content-type': 'application/json', 'if-match': `"v${target.version}"` },
      payload: { claimedAt: '2022-02-30', reason: 'probe' },
    });
    expect(res.statusCode).toBe(400);
  });

  it('accepts real dates, whole, partial and leap days', async () => {
    for (const claimedAt of ['2022', '2022-03', '2024-02-29']) {
      serial += 1;
      const res = await post('/v1/claims', claimBody({ claimedAt, statement: `Real date probe ${serial}.` }));
      expect(res.statusCode, `${claimedAt}: ${res.body}`).toBe(201);
      expect((res.json() as { data: { claimedAt: string } }).data.claimedAt).toBe(claimedAt);
    }
  });

  it('refuses impossible period dates on trade figures', async () => {
    for (const [field, value] of [
      ['periodStart', '2021-02-30'],
      ['periodEnd', '9999-99-99'],
      ['periodStart', '0000'],
    ] as const) {
      const res = await post('/v1/trade-figures', figureBody({ [field]: value }));
      expect(res.statusCode, `${field}=${value}`).toBe(400);
      expect((res.json() as Problem).errors?.map((e) => e.pointer)).toContain(`/${field}`);
    }
  });

  it('refuses a timestamp in year 0000 on a source', async () => {
    const res = await post('/v1/sources', {
      kind: 'other',
      title: 'Year zero probe',
      language: 'en',
      dateNote: 'None.',
      retrievedAt: '0000-01-01T00:00:00Z',
      textNote: 'Synthetic.',
      text: 'Nothing to see.',
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as Problem).errors?.map((e) => e.pointer)).toContain('/retrievedAt');
  });

  it('refuses impossible dates in every range filter, and takes real ones', async () => {
    for (const [path, name] of [
      ['/v1/claims', 'claimedAt[from]'],
      ['/v1/claims', 'claimedAt[to]'],
      ['/v1/countries/KP/claims', 'claimedAt[from]'],
      ['/v1/trade-figures', 'period[from]'],
      ['/v1/trade-figures', 'period[to]'],
      ['/v1/countries/IR/trade-figures', 'period[to]'],
    ] as const) {
      for (const date of IMPOSSIBLE_DATES) {
        const res = await get(`${path}?${encodeURIComponent(name)}=${date}`);
        expect(res.statusCode, `${path} ${name}=${date}`).toBe(400);
        expect((res.json() as Problem).errors?.map((e) => e.parameter)).toContain(name);
      }
      for (const date of REAL_DATES)
        expect((await get(`${path}?${encodeURIComponent(name)}=${date}`)).statusCode, date).toBe(200);
    }
    expect((await get('/v1/changes?since=0000-01-01T00:00:00Z')).statusCode).toBe(400);
  });
});

describe('numbers in the query', () => {
  it('refuses integers that are not decimal digits', async () => {
    for (const limit of ['0x10', '1e1', '%20%205', '5%20', '+5', '5.0', '0b11', '0o7', '', '%E2%80%835', 'Infinity', '１６']) {
      for (const path of ['/v1/claims', '/v1/countries', '/v1/leaders', '/v1/sources', '/v1/trade-figures', '/v1/changes']) {
        const res = await get(`${path}?limit=${limit}`);
        expect(res.statusCode, `${path}?limit=${limit}`).toBe(400);
        expect((res.json() as Problem).errors?.map((e) => e.parameter)).toEqual(['limit']);
      }
    }
  });

  it('takes decimal integers as written', async () => {
    const res = await get('/v1/claims?limit=16');
    expect(res.statusCode).toBe(200);
    expect((res.json() as { meta: { limit: number }; data: unknown[] }).meta.limit).toBe(16);
    expect(((await get('/v1/claims?limit=007')).json() as { meta: { limit: number } }).meta.limit).toBe(7);
    expect(((await get('/v1/changes?limit=1000')).json() as { meta: { limit: number } }).meta.limit).toBe(1000);
  });

  it('refuses numbers that are not JSON numbers, and takes those that are', async () => {
    for (const value of ['0x10', '%20%205', '', '.5', '5.', '+5', '1e', 'Infinity', 'NaN', '1_000', '1e999']) {
      const res = await get(`/v1/trade-figures?value%5Bgte%5D=${value}`);
      expect(res.statusCode, `value[gte]=${value}`).toBe(400);
      expect((res.json() as Problem).errors?.map((e) => e.parameter)).toEqual(['value[gte]']);
    }
    const all = (await get('/v1/trade-figures?limit=100')).json() as { data: { value: number }[] };
    for (const [value, expected] of [
      ['1e9', 1e9],
      ['-2.5', -2.5],
      ['40000000000', 4e10],
      ['0', 0],
      ['1.5E3', 1500],
    ] as const) {
      const res = await get(`/v1/trade-figures?value%5Bgte%5D=${value}&limit=100`);
      expect(res.statusCode, value).toBe(200);
      const count = (res.json() as { meta: { total: number } }).meta.total;
      expect(count, value).toBe(all.data.filter((f) => f.value >= expected).length);
    }
  });
});
