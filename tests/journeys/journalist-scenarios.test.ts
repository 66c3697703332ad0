import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { claimListResponse, evidenceResponse } from '../../src/schemas/claim.js';
import { countryResponse } from '../../src/schemas/country.js';
import { leaderResponse } from '../../src/schemas/leader.js';
import { tradeFigureListResponse } from '../../src/schemas/trade-figure.js';
import { useTestApp } from '../helpers/app.js';
import { ids, searchMatches, seedClaims, seedFigures, sliceCodePoints, sorted } from '../helpers/seed-data.js';

const t = useTestApp();
const get = t.get;

describe('journalist scenarios', () => {
  it('all unverified claims about North Korea: none, and the facets say what the KP claims are instead', async () => {
    const kp = seedClaims.filter((c) => c.countryCode === 'KP');
    expect(kp.length).toBeGreaterThan(0);
    expect(kp.filter((c) => c.verification === 'unverified')).toEqual([]);

    const res = await get('/v1/countries/kp/claims?verification=unverified');
    expect(res.status).toBe(200);
    expect(claimListResponse.parse(res.body)).toMatchObject({ data: [], meta: { total: 0, nextCursor: null } });
    // The same question through the top-level collection gives the same answer.
    expect(claimListResponse.parse((await get('/v1/claims?country=KP&verification=unverified')).body).meta.total).toBe(0);

    // "KP: n reported, m asserted" at a glance.
    const facets = claimListResponse.parse((await get('/v1/claims?country=KP&facet=verification')).body).meta.facets;
    const expected: Record<string, number> = {};
    for (const c of kp) expected[c.verification] = (expected[c.verification] ?? 0) + 1;
    expect(facets).toEqual({ verification: expected });
  });

  it('Belarus has exactly one unverified claim, with the passage saying it was not verified', async () => {
    const seed = seedClaims.filter((c) => c.countryCode === 'BY' && c.verification === 'unverified');
    expect(seed).toHaveLength(1);
    const body = claimListResponse.parse((await get('/v1/claims?country=by&verification=unverified')).body);
    expect(ids(body.data)).toEqual(ids(seed));
    const [claim] = body.data;
    expect(claim?.claimant.type).toBe(seed[0]?.claimant.type);
    expect(claim?.verificationQuote?.text).toBe(seed[0]?.verificationQuote);

    const { data: evidence } = evidenceResponse.parse((await get(`/v1/claims/${claim?.id}/evidence`)).body);
    const text = (await get(evidence.source.textUrl)).text;
    expect(sliceCodePoints(text, evidence.verificationQuote?.start ?? -1, evidence.verificationQuote?.end ?? -1)).toBe(
      seed[0]?.verificationQuote,
    );
  });

  it('every trade figure Iran’s oil minister stated (statedBy=javad-owji)', async () => {
    const { data: minister } = leaderResponse.parse((await get('/v1/leaders/javad-owji')).body);
    expect(minister.country?.code).toBe('IR');
    expect(minister.role).toBe('minister');

    const expected = seedFigures.filter((f) => f.statedBy.leaderId === 'javad-owji');
    expect(expected.length).toBeGreaterThan(0);
    const body = tradeFigureListResponse.parse((await get('/v1/trade-figures?statedBy=javad-owji&limit=100')).body);
    expect(sorted(ids(body.data))).toEqual(sorted(ids(expected)));
    expect(body.meta.total).toBe(expected.length);
    for (const figure of body.data) {
      expect(figure.statedBy).toEqual({ name: minister.name, type: 'government_official', leaderId: 'javad-owji' });
      const seed = expected.find((f) => f.id === figure.id);
      expect({ value: figure.value, unit: figure.unit, caveat: figure.caveat }).toEqual({
        value: seed?.value,
        unit: seed?.unit,
        caveat: seed?.caveat,
      });
    }
    // The 40-billion-dollar figure is there in base units, with the 18-month caveat.
    const big = body.data.find(
      (f) => f.unit === 'USD' && f.value === Math.max(...expected.filter((e) => e.unit === 'USD').map((e) => e.value)),
    );
    expect(big?.caveat).toMatch(/18-month/);
  });

  it('claims mentioning drones, as CSV', async () => {
    const expected = seedClaims.filter((c) => searchMatches([c.statement, c.quote, c.claimant.name], 'drones'));
    expect(expected.length).toBeGreaterThan(0);
    const res = await get('/v1/claims?q=drones').set('accept', 'text/csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[^"]+\.csv"$/);
    const rows = parse(res.text, { columns: true }) as Record<string, string>[];
    expect(sorted(rows.map((r) => r.id ?? ''))).toEqual(sorted(ids(expected)));
    for (const row of rows) {
      const seed = expected.find((c) => c.id === row.id);
      expect(row['country.code']).toBe(seed?.countryCode);
      expect(row.quote).toBe(seed?.quote);
      expect(row['claimant.name']).toBe(seed?.claimant.name);
      expect(row.verification).toBe(seed?.verification);
      expect(`${row.quote} ${row.statement}`.toLowerCase()).toContain('drones');
    }
  });

  it('which countries back Russia, with their leaders, answered in one request per country', async () => {
    const res = await get('/v1/countries?role=ally_of_russia');
    const codes = (res.body.data as { code: string }[]).map((c) => c.code);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      const { data } = countryResponse.parse((await get(`/v1/countries/${code}?include=leaders,claims`)).body);
      expect(data.leaders?.length, code).toBeGreaterThan(0);
      expect(data.claims?.length, code).toBe(seedClaims.filter((c) => c.countryCode === code).length);
    }
  });
});
