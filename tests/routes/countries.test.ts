import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/lib/representation.js';
import { claimListResponse } from '../../src/schemas/claim.js';
import { countryListResponse, countryResponse, countrySchema } from '../../src/schemas/country.js';
import { leaderListResponse } from '../../src/schemas/leader.js';
import { tradeFigureListResponse } from '../../src/schemas/trade-figure.js';
import { useTestApp } from '../helpers/app.js';
import { changeData } from '../helpers/database.js';
import { csvRowOf, expectProblem, walkPages, walkPagesBy } from '../helpers/http.js';
import { ids, orderLike, seedClaims, seedCountries, seedFigures, seedLeaders, sorted } from '../helpers/seed-data.js';

const t = useTestApp();
const get = t.get;
const codes = (rows: { code: string }[]) => rows.map((r) => r.code);
const seedCodes = seedCountries.map((c) => c.code).sort();

function expectedCounts(code: string) {
  return {
    claims: seedClaims.filter((c) => c.countryCode === code).length,
    tradeFigures: seedFigures.filter((f) => f.reporterCode === code).length,
    leaders: seedLeaders.filter((l) => l.countryCode === code).length,
  };
}

describe('GET /v1/countries', () => {
  it('lists every country by code with counts of its claims, reported figures and leaders', async () => {
    const res = await get('/v1/countries');
    expect(res.status).toBe(200);
    const body = countryListResponse.parse(res.body);
    expect(codes(body.data)).toEqual(seedCodes);
    expect(body.meta).toMatchObject({ total: seedCountries.length, nextCursor: null });
    for (const country of body.data) {
      const seed = seedCountries.find((c) => c.code === country.code);
      expect(country).toMatchObject({ alpha3: seed?.alpha3, name: seed?.name, nameSource: seed?.nameSource, role: seed?.role });
      expect(country.counts, country.code).toEqual(expectedCounts(country.code));
    }
  });

  it('filters by role and by a comma list of codes in any case', async () => {
    const allies = countryListResponse.parse((await get('/v1/countries?role=ally_of_russia')).body);
    expect(codes(allies.data)).toEqual(
      seedCountries
        .filter((c) => c.role === 'ally_of_russia')
        .map((c) => c.code)
        .sort(),
    );
    const some = countryListResponse.parse((await get('/v1/countries?code=kp,By')).body);
    expect(codes(some.data)).toEqual(['BY', 'KP']);
  });

  it('sorts by several keys, descending first (sort=-role,name)', async () => {
    const rows = seedCountries.map((c) => ({ ...c, id: c.code }));
    const expected = orderLike(rows, [
      [(c) => c.role, 'desc'],
      [(c) => c.name, 'asc'],
    ]);
    const body = countryListResponse.parse((await get('/v1/countries?sort=-role,name')).body);
    expect(codes(body.data)).toEqual(expected);
    expect(await walkPages(t.server, '/v1/countries?sort=-role,name&limit=2', { key: 'code' })).toEqual(expected);
  });

  it('pages a sort on a shared value (four allies share a role) by code after it, skipping and repeating none', async () => {
    const rows = seedCountries.map((c) => ({ ...c, id: c.code }));
    const cases: [string, 'role' | 'name', 'asc' | 'desc'][] = [
      ['role', 'role', 'asc'],
      ['-role', 'role', 'desc'],
      ['name', 'name', 'asc'],
    ];
    for (const [sort, field, direction] of cases) {
      const expected = orderLike(rows, [[(c) => c[field], direction]]);
      const whole = countryListResponse.parse((await get(`/v1/countries?sort=${sort}`)).body);
      expect(codes(whole.data), sort).toEqual(expected);
      expect(await walkPages(t.server, `/v1/countries?sort=${sort}&limit=1`, { key: 'code' }), sort).toEqual(expected);
    }
  });

  it('lists in the default order for an empty sort (sort=), not a 500', async () => {
    const response = await get('/v1/countries?sort=');
    expect(response.status).toBe(200);
    expect(codes(countryListResponse.parse(response.body).data)).toEqual(seedCodes);
  });

  it('rejects bad parameters with a 400 naming them', async () => {
    expectProblem(await get('/v1/countries?sort=population'), 400, 'sort');
    expectProblem(await get('/v1/countries?role=friend'), 400, 'role');
    expectProblem(await get('/v1/countries?code=KOR'), 400, 'code');
  });

  it('exports countries as CSV that round-trips to the JSON', async () => {
    const json = countryListResponse.parse((await get('/v1/countries')).body);
    const res = await get('/v1/countries').set('accept', 'text/csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="countries.csv"');
    const columns = csvColumns(countrySchema);
    expect(columns).toContain('counts.claims');
    expect(parse(res.text, { columns: true })).toEqual(json.data.map((c) => csvRowOf(c, columns)));
  });
});

describe('GET /v1/countries/{code}', () => {
  it('accepts the code in any case and answers with it upper-case', async () => {
    for (const code of ['kp', 'Kp', 'KP']) {
      const res = await get(`/v1/countries/${code}`);
      expect(res.status).toBe(200);
      const { data } = countryResponse.parse(res.body);
      expect(data.code).toBe('KP');
      expect(data.name).toBe(seedCountries.find((c) => c.code === 'KP')?.name);
      expect(data.counts).toEqual(expectedCounts('KP'));
      expect(data).not.toHaveProperty('claims');
    }
  });

  it('embeds claims, trade figures and leaders with include=claims,tradeFigures,leaders', async () => {
    const res = await get('/v1/countries/ir?include=claims,tradeFigures,leaders');
    const { data } = countryResponse.parse(res.body);
    expect(sorted((data.claims ?? []).map((c) => c.id))).toEqual(
      sorted(seedClaims.filter((c) => c.countryCode === 'IR').map((c) => c.id)),
    );
    expect(sorted((data.tradeFigures ?? []).map((f) => f.id))).toEqual(
      sorted(seedFigures.filter((f) => f.reporterCode === 'IR').map((f) => f.id)),
    );
    expect(sorted((data.leaders ?? []).map((l) => l.id))).toEqual(
      sorted(seedLeaders.filter((l) => l.countryCode === 'IR').map((l) => l.id)),
    );
    expect(data.claims?.every((c) => c.country.code === 'IR')).toBe(true);
  });

  it('embeds only the relations asked for', async () => {
    const { data } = countryResponse.parse((await get('/v1/countries/BY?include=leaders')).body);
    expect(data.leaders?.map((l) => l.id)).toEqual(seedLeaders.filter((l) => l.countryCode === 'BY').map((l) => l.id));
    expect(data).not.toHaveProperty('claims');
    expect(data).not.toHaveProperty('tradeFigures');
  });

  it('bounds an embedded list at includeLimit, giving its total, the full list and the page after it', async () => {
    const { data } = countryResponse.parse((await get('/v1/countries/kp?include=claims,leaders&includeLimit=2')).body);
    const all = claimListResponse.parse((await get('/v1/countries/KP/claims?limit=100')).body);
    expect(all.meta.total).toBeGreaterThan(2);
    expect(data.claims?.map((c) => c.id)).toEqual(ids(all.data).slice(0, 2));
    const claims = data.included?.claims;
    expect(claims).toMatchObject({ total: all.meta.total, limit: 2, list: '/v1/countries/KP/claims' });
    // The rest of the list from the page after the embedded ones: every claim once.
    const rest = await walkPagesBy(t.server, claims?.next ?? '', 'next');
    expect(rest[0]?.links.self).toBe(claims?.next);
    expect([...(data.claims ?? []).map((c) => c.id), ...rest.flatMap((page) => page.ids)]).toEqual(ids(all.data));
    // Everything fits: no next page.
    const leaders = seedLeaders.filter((l) => l.countryCode === 'KP').map((l) => l.id);
    expect(data.leaders?.map((l) => l.id)).toEqual(leaders);
    expect(data.included?.leaders).toEqual({ total: leaders.length, limit: 2, list: '/v1/countries/KP/leaders', next: null });
    expect(data.included).not.toHaveProperty('tradeFigures');
  });

  it('embeds at most 20 records of a list by default, whatever its size', async () => {
    const template = seedClaims.find((c) => c.countryCode === 'BY');
    if (template === undefined) throw new Error('no seed claim about BY');
    const { claimant: _c, verificationStart: _s, verificationEnd: _e, topics, ...base } = template;
    const added = Array.from({ length: 30 }, (_, i) => `by-embedded-bound-${String(i).padStart(2, '0')}`);
    const rows = added.map((id) => ({
      ...base,
      id,
      topic: topics[0] ?? 'other',
      claimantName: 'Test',
      claimantType: 'other',
      verificationStart: null,
      verificationEnd: null,
    }));
    try {
      await changeData(t.prisma, () => t.prisma.claim.createMany({ data: rows }));
      const { data } = countryResponse.parse((await get('/v1/countries/BY?include=claims')).body);
      const total = expectedCounts('BY').claims + added.length;
      expect(data.claims).toHaveLength(20);
      expect(data.included?.claims).toMatchObject({ total, limit: 20, list: '/v1/countries/BY/claims' });
      expect(data.counts.claims).toBe(total);
      const max = countryResponse.parse((await get('/v1/countries/BY?include=claims&includeLimit=100')).body).data;
      expect(max.claims).toHaveLength(total);
      expect(max.included?.claims?.next).toBeNull();
    } finally {
      await changeData(t.prisma, () => t.prisma.claim.deleteMany({ where: { id: { in: added } } }));
    }
  });

  it('refuses an includeLimit outside 1 to 100 with a 400 naming it', async () => {
    for (const value of ['0', '101', 'many', '2.5']) {
      const problem = expectProblem(await get(`/v1/countries/KP?include=claims&includeLimit=${value}`), 400, 'includeLimit');
      expect(problem.detail, value).toMatch(/includeLimit/);
    }
  });

  it('answers 404 problem+json for an unknown code and 400 for a malformed one', async () => {
    const problem = expectProblem(await get('/v1/countries/zz'), 404);
    expect(problem.detail).toContain('ZZ');
    expectProblem(await get('/v1/countries/kor'), 400, 'code');
    expectProblem(await get('/v1/countries/KP?include=trade'), 400, 'include');
  });
});

describe('country sub-collections', () => {
  it('lists the claims about a country, with the same filters as /v1/claims', async () => {
    const res = await get('/v1/countries/kp/claims?limit=100');
    const body = claimListResponse.parse(res.body);
    expect(sorted(body.data.map((c) => c.id))).toEqual(sorted(seedClaims.filter((c) => c.countryCode === 'KP').map((c) => c.id)));
    const experts = claimListResponse.parse((await get('/v1/countries/kp/claims?claimantType=expert')).body);
    expect(sorted(experts.data.map((c) => c.id))).toEqual(
      sorted(seedClaims.filter((c) => c.countryCode === 'KP' && c.claimant.type === 'expert').map((c) => c.id)),
    );
  });

  it('pages a country’s claims and rejects its cursor on another country', async () => {
    const expected = seedClaims
      .filter((c) => c.countryCode === 'BY')
      .map((c) => c.id)
      .sort();
    expect(await walkPages(t.server, '/v1/countries/by/claims?limit=2', { total: expected.length })).toEqual(expected);
    const first = claimListResponse.parse((await get('/v1/countries/by/claims?limit=2')).body);
    expectProblem(await get(`/v1/countries/cn/claims?limit=2&cursor=${first.meta.nextCursor}`), 400, 'cursor');
  });

  it('exports a country’s claims as CSV named after the country', async () => {
    const res = await get('/v1/countries/kp/claims?format=csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="claims-country-KP.csv"');
    expect(parse(res.text, { columns: true })).toHaveLength(seedClaims.filter((c) => c.countryCode === 'KP').length);
  });

  it('does not take a country filter on a country’s own claims', async () => {
    expectProblem(await get('/v1/countries/kp/claims?country=BY'), 400, 'country');
  });

  it('lists the trade figures a country reports', async () => {
    const body = tradeFigureListResponse.parse((await get('/v1/countries/ir/trade-figures')).body);
    expect(sorted(body.data.map((f) => f.id))).toEqual(
      sorted(seedFigures.filter((f) => f.reporterCode === 'IR').map((f) => f.id)),
    );
    const usd = tradeFigureListResponse.parse((await get('/v1/countries/ir/trade-figures?unit=USD')).body);
    expect(sorted(usd.data.map((f) => f.id))).toEqual(
      sorted(seedFigures.filter((f) => f.reporterCode === 'IR' && f.unit === 'USD').map((f) => f.id)),
    );
  });

  it('lists the leaders tied to a country', async () => {
    const body = leaderListResponse.parse((await get('/v1/countries/ir/leaders')).body);
    expect(body.data.map((l) => l.id)).toEqual(
      seedLeaders
        .filter((l) => l.countryCode === 'IR')
        .map((l) => l.id)
        .sort(),
    );
    const cited = leaderListResponse.parse((await get('/v1/countries/ir/leaders?kind=cited_person')).body);
    expect(cited.data.map((l) => l.id)).toEqual(
      seedLeaders.filter((l) => l.countryCode === 'IR' && l.kind === 'cited_person').map((l) => l.id),
    );
  });

  it('answers 404 problem+json on the sub-collections of an unknown country', async () => {
    for (const sub of ['claims', 'trade-figures', 'leaders']) {
      expectProblem(await get(`/v1/countries/zz/${sub}`), 404);
    }
  });

  it('answers an empty list for a known country with nothing in a sub-collection', async () => {
    const empty = seedCountries.find((c) => expectedCounts(c.code).tradeFigures === 0);
    if (empty === undefined) throw new Error('every country reports figures');
    const body = tradeFigureListResponse.parse((await get(`/v1/countries/${empty.code.toLowerCase()}/trade-figures`)).body);
    expect(body).toMatchObject({ data: [], meta: { total: 0, nextCursor: null } });
  });
});
