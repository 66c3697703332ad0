import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { claimListResponse, claimResponse } from '../../src/schemas/claim.js';
import { countryListResponse } from '../../src/schemas/country.js';
import type { FieldBasis } from '../../src/schemas/basis.js';
import { leaderListResponse, leaderResponse } from '../../src/schemas/leader.js';
import { useTestApp } from '../helpers/app.js';
import { expectProblem } from '../helpers/http.js';
import { seedClaims, sliceCodePoints } from '../helpers/seed-data.js';

const KEY = 'basis-test-key-0123456789';
const SOURCE_TEXT = readFileSync(new URL('../../seed/sources/putin-allies-four-countries.fr.txt', import.meta.url), 'utf8');
const SOURCE_ID = 'putin-allies-four-countries';

const t = useTestApp({ API_KEYS: `curator:${KEY}` });
const get = t.get;
const send = (method: 'post' | 'patch', url: string, body: object) =>
  request(t.server)[method](url).set('authorization', `Bearer ${KEY}`).set('if-match', '*').send(body);

/** A source basis points at the words it names; the others carry what their kind needs. */
function expectBasisHolds(where: string, basis: FieldBasis) {
  if (basis.kind === 'source') {
    expect(basis.sourceId, where).toBe(SOURCE_ID);
    expect(basis.quote, where).not.toBeNull();
    expect(sliceCodePoints(SOURCE_TEXT, basis.quote?.start ?? -1, basis.quote?.end ?? -1), where).toBe(basis.quote?.text);
  } else {
    expect(basis.quote, where).toBeNull();
  }
  if (basis.kind === 'reference') expect(basis.reference, where).not.toBeNull();
  if (basis.kind === 'summary') expect(basis.claimIds.length, where).toBeGreaterThan(0);
}

describe('the basis of each country field', () => {
  it('takes codes and the English name from ISO 3166-1 (i18n-iso-countries) and says so', async () => {
    const { data } = countryListResponse.parse((await get('/v1/countries')).body);
    expect(data.length).toBeGreaterThan(0);
    for (const country of data) {
      expect(countries.alpha2ToAlpha3(country.code), country.code).toBe(country.alpha3);
      expect(countries.getName(country.code, 'en', { select: 'all' }), country.code).toContain(country.name);
      for (const field of ['code', 'alpha3', 'name'] as const) {
        expect(country.basis[field], `${country.code}.${field}`).toMatchObject({ kind: 'reference', reference: 'iso_3166_1' });
        expect(country.basis[field].note).toMatch(/i18n-iso-countries \d+\.\d+\.\d+/);
      }
      for (const [field, basis] of Object.entries(country.basis)) expectBasisHolds(`${country.code}.${field}`, basis);
      expect(country.basis.nameSource.quote?.text).toBe(country.nameSource);
    }
  });

  it('rests every stance on claims about that country, each listed and readable', async () => {
    const { data } = countryListResponse.parse((await get('/v1/countries')).body);
    for (const country of data) {
      expect(country.basis.stance.kind, country.code).toBe('summary');
      for (const id of country.basis.stance.claimIds) {
        const res = await get(`/v1/claims/${id}`);
        expect(res.status, `${country.code} stance cites ${id}`).toBe(200);
        expect(claimResponse.parse(res.body).data.country.code, `${country.code} stance cites ${id}`).toBe(country.code);
      }
    }
  });
});

describe('the basis of each person field', () => {
  it('gives a person a country only where the source ties them to it or a reference does', async () => {
    const { data } = leaderListResponse.parse((await get('/v1/leaders?limit=100')).body);
    expect(data.length).toBeGreaterThan(0);
    for (const leader of data) {
      for (const [field, basis] of Object.entries(leader.basis)) expectBasisHolds(`${leader.id}.${field}`, basis);
      if (leader.country === null) expect(leader.basis.country.kind, leader.id).not.toMatch(/^(source|reference)$/);
      else expect(['source', 'reference'], leader.id).toContain(leader.basis.country.kind);
    }
  });

  it('says that Kim Jong Un’s country and role come from the curators’ knowledge, not the article', async () => {
    const { data } = leaderResponse.parse((await get('/v1/leaders/kim-jong-un')).body);
    expect(data.country?.code).toBe('KP');
    expect(data.basis.country).toMatchObject({ kind: 'reference', reference: 'curator_knowledge' });
    expect(data.basis.country.note).toContain('Les alliés de Poutine : Kim Jong Un');
    expect(data.basis.role.kind).toBe('reference');
    expect(data.basis.title.kind).toBe('not_stated');
  });
});

describe('writing a basis', () => {
  it('refuses a person’s country without a basis, and records one given with a source quote', async () => {
    const person = {
      name: 'Ebrahim Raisi (second record)',
      nameSource: 'Ebrahim Raisi',
      role: 'head_of_government',
      title: 'Head of Iran’s regime as the article puts it',
      kind: 'leader',
      countryCode: 'IR',
      inOffice: 'Undated.',
      sourceId: SOURCE_ID,
      quote: 'le régime d’Ebrahim Raisi',
    };
    const refused = expectProblem(await send('post', '/v1/leaders', person), 400);
    expect(refused.errors?.map((e) => e.pointer)).toContain('/basis/country');
    const quote = 'Le régime iranien actuel';
    const res = await send('post', '/v1/leaders', {
      ...person,
      basis: { country: { kind: 'source', sourceId: SOURCE_ID, quote, note: 'The Iran section.' } },
    });
    expect(res.status).toBe(201);
    const { data } = leaderResponse.parse(res.body);
    const start = [...SOURCE_TEXT].join('').indexOf(quote);
    expect(data.basis.country).toMatchObject({ kind: 'source', quote: { text: quote, start, end: start + [...quote].length } });
    expect(data.basis.name.kind).toBe('not_recorded');

    // A PATCH that changes a field without a new basis leaves that field not_recorded.
    const patched = await send('patch', `/v1/leaders/${data.id}`, { title: 'Another title', reason: 'test' });
    expect(patched.status).toBe(200);
    const after = leaderResponse.parse(patched.body).data;
    expect(after.basis.title.kind).toBe('not_recorded');
    expect(after.basis.country.kind).toBe('source');
  });

  it('takes a new country’s codes and name from ISO 3166-1, and refuses ones that differ', async () => {
    const body = { code: 'MD', nameSource: 'Moldavie', role: 'other', stance: 'Not in the article.' };
    expectProblem(await send('post', '/v1/countries', { ...body, code: 'ZZ' }), 400);
    const wrong = expectProblem(await send('post', '/v1/countries', { ...body, name: 'Moldavia' }), 400);
    expect(wrong.errors?.map((e) => e.pointer)).toContain('/name');
    const res = await send('post', '/v1/countries', body);
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ code: 'MD', alpha3: 'MDA', name: countries.getName('MD', 'en', { select: 'alias' }) });
    expect(res.body.data.basis.alpha3).toMatchObject({ kind: 'reference', reference: 'iso_3166_1' });
    expect(res.body.data.basis.stance.kind).toBe('not_recorded');
  });

  it('refuses a stance summary that lists another country’s claim', async () => {
    const res = await send('patch', '/v1/countries/UA', {
      basis: { stance: { kind: 'summary', claimIds: ['ir-satellites-and-armed-drones'] } },
      reason: 'test',
    });
    const problem = expectProblem(res, 422);
    expect(problem.errors?.map((e) => e.pointer)).toContain('/basis/stance/claimIds');
    expect(problem.detail).toContain('about IR');
  });
});

describe('claim topics', () => {
  it('counts facet=topic over every topic of each claim', async () => {
    const body = claimListResponse.parse((await get('/v1/claims?facet=topic&limit=1')).body);
    const expected: Record<string, number> = {};
    for (const topic of seedClaims.flatMap((c) => c.topics)) expected[topic] = (expected[topic] ?? 0) + 1;
    expect(body.meta.facets?.topic).toEqual(expected);
    expect(body.meta.total).toBe(seedClaims.length);
  });

  it('writes topics, keeps topic as the first, and lets a topic sent alone replace the primary one only', async () => {
    const created = await send('post', '/v1/claims', {
      countryCode: 'RU',
      sourceId: SOURCE_ID,
      claimant: { name: 'The article (Jessie Neal)', type: 'journalist' },
      statement: 'Russia’s backers kept financial ties.',
      quote: 'ils ont maintenu des liens financiers',
      topics: ['economic', 'troops'],
      verification: 'asserted',
      verificationNote: 'The article’s own voice.',
      dateNote: 'Undated.',
    });
    expect(created.status).toBe(201);
    const claim = claimResponse.parse(created.body).data;
    expect(claim).toMatchObject({ topic: 'economic', topics: ['economic', 'troops'] });
    const listed = claimListResponse.parse((await get('/v1/claims?topic=troops&limit=100')).body);
    expect(listed.data.map((c) => c.id)).toContain(claim.id);

    const patched = await send('patch', `/v1/claims/${claim.id}`, { topic: 'trade', reason: 'trade, not economic' });
    expect(claimResponse.parse(patched.body).data).toMatchObject({ topic: 'trade', topics: ['trade', 'troops'] });
    const reordered = await send('patch', `/v1/claims/${claim.id}`, { topics: ['troops', 'trade'], reason: 'troops first' });
    expect(claimResponse.parse(reordered.body).data).toMatchObject({ topic: 'troops', topics: ['troops', 'trade'] });
    const read = claimResponse.parse((await get(`/v1/claims/${claim.id}`)).body).data;
    expect(read.topics).toEqual(['troops', 'trade']);
    const trade = claimListResponse.parse((await get('/v1/claims?topic=trade&limit=100')).body);
    expect(trade.data.map((c) => c.id)).toContain(claim.id);

    const clash = await send('patch', `/v1/claims/${claim.id}`, { topic: 'trade', topics: ['economic'], reason: 'x' });
    expect(expectProblem(clash, 400).errors?.map((e) => e.pointer)).toContain('/topic');
  });

  it('refuses a new claim with neither topic nor topics, naming topics', async () => {
    const res = await send('post', '/v1/claims', {
      countryCode: 'RU',
      sourceId: SOURCE_ID,
      claimant: { name: 'The article (Jessie Neal)', type: 'journalist' },
      statement: 'No topic.',
      quote: 'ils ont maintenu des liens financiers',
      verification: 'asserted',
      verificationNote: 'The article’s own voice.',
      dateNote: 'Undated.',
    });
    expect(expectProblem(res, 400).errors?.map((e) => e.pointer)).toContain('/topics');
  });
});
