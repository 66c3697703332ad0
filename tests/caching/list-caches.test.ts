import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Sql } from '../../src/db/sql.js';
import { useTestApp } from '../helpers/app.js';
import { claimListResponse } from '../../src/schemas/claim.js';
import { countryListResponse } from '../../src/schemas/country.js';
import { leaderListResponse } from '../../src/schemas/leader.js';
import { sourceListResponse } from '../../src/schemas/source.js';
import { tradeFigureListResponse } from '../../src/schemas/trade-figure.js';

type ListBody = { data: Array<{ id: string; statement: string }>; meta: { total: number; nextCursor: string | null } };

/**
 * Below the response cache, lists keep hydrated rows and totals per dataset generation. With the
 * response cache off, every request reaches them: they must never answer from an older state.
 */
describe('row and total caches of list reads', () => {
  const list = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.statusCode, url).toBe(200);
    return JSON.parse(response.body) as ListBody;
  };

  const t = useTestApp({ RESPONSE_CACHE_MB: '0' });

  it('shows a row changed by another connection on the next read, in every list that holds it', async () => {
    const before = await list('/v1/claims?country=KP');
    const target = before.data[0];
    expect(target).toBeDefined();
    await list('/v1/claims?limit=100');
    await t.prisma.claim.update({ where: { id: target!.id }, data: { statement: `${target!.statement} (changed)` } });
    for (const url of ['/v1/claims?country=KP', '/v1/claims?limit=100']) {
      const after = await list(url);
      expect(after.data.find((c) => c.id === target!.id)?.statement, url).toBe(`${target!.statement} (changed)`);
    }
  });

  it('recounts a filter once the dataset changed, and not before', async () => {
    const first = await list('/v1/claims?country=KP&limit=1');
    const again = await list('/v1/claims?country=KP&limit=2');
    expect(again.meta.total).toBe(first.meta.total);
    const victim = again.data[1];
    expect(victim).toBeDefined();
    await t.prisma.claim.update({ where: { id: victim!.id }, data: { status: 'retracted' } });
    const after = await list('/v1/claims?country=KP&limit=1');
    expect(after.meta.total).toBe(first.meta.total - 1);
    const all = await list('/v1/claims?country=KP&status=all&limit=100');
    expect(all.data.map((c) => c.id)).toContain(victim!.id);
  });

  it('counts a facet once per dataset state, and again once the dataset changed', async () => {
    const url = '/v1/claims?country=KP&limit=1&facet=verification,topic';
    type Faceted = ListBody & { meta: { facets: Record<string, Record<string, number>> } };
    // The GROUP BY statements the reader runs for `url`.
    const facetQueries = async () => {
      const reader = t.app.reader;
      const all = reader.all.bind(reader);
      let grouped = 0;
      reader.all = <Row>(query: Sql) => {
        if (query.text.includes('GROUP BY')) grouped += 1;
        return all<Row>(query);
      };
      try {
        return { body: (await list(url)) as Faceted, grouped };
      } finally {
        reader.all = all;
      }
    };
    const first = await facetQueries();
    expect(first.grouped).toBe(2);
    const again = await facetQueries();
    expect(again.grouped).toBe(0);
    expect(again.body.meta.facets).toEqual(first.body.meta.facets);

    const counts = first.body.meta.facets.verification ?? {};
    const [from, n] = Object.entries(counts).sort(([, a], [, b]) => b - a)[0] ?? ['', 0];
    const victim = await t.prisma.claim.findFirst({ where: { countryCode: 'KP', status: 'active', verification: from } });
    expect(victim).not.toBeNull();
    await t.prisma.claim.update({ where: { id: victim!.id }, data: { status: 'retracted' } });
    const after = await facetQueries();
    expect(after.grouped).toBe(2);
    expect(after.body.meta.facets.verification?.[from] ?? 0).toBe(n - 1);
  });

  it('pages through a filter by cursor to exactly the rows of one full read, with the caches warm', async () => {
    const full = await list('/v1/claims?limit=100');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ListBody = await list(`/v1/claims?limit=3${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`);
      seen.push(...page.data.map((c) => c.id));
      cursor = page.meta.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(full.data.map((c) => c.id));
  });

  it('writes list pages byte for byte as the route’s zod schema would, rows serialized once included', async () => {
    const cases: Array<[string, z.ZodType]> = [
      ['/v1/claims?limit=4&facet=verification,country', claimListResponse],
      ['/v1/claims?q=drones', claimListResponse],
      ['/v1/claims?q=Iran&facet=country,topic&sort=-claimedAt', claimListResponse],
      ['/v1/claims?q=Iran&qFields=quote', claimListResponse],
      // The key the passages are spliced in at, searched for as text (and escaped in the links).
      [`/v1/claims?q=${encodeURIComponent('"snippets":[] Iran')}`, claimListResponse],
      ['/v1/claims?q=zzzzunmatched', claimListResponse],
      ['/v1/trade-figures?q=milliards', tradeFigureListResponse],
      ['/v1/countries/KP/claims', claimListResponse],
      ['/v1/trade-figures', tradeFigureListResponse],
      ['/v1/countries', countryListResponse],
      ['/v1/leaders', leaderListResponse],
      ['/v1/sources', sourceListResponse],
    ];
    for (const [url, schema] of cases) {
      // Twice: the second page comes from rows already serialized.
      for (let pass = 0; pass < 2; pass += 1) {
        const response = await t.app.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['content-type'], url).toBe('application/json; charset=utf-8');
        expect(response.body, url).toBe(JSON.stringify(z.encode(schema, JSON.parse(response.body))));
      }
    }
  });

  it('gives each search its own passages of a record, the same when asked again after another search', async () => {
    type Searched = ListBody & { meta: { snippets?: unknown[] } };
    const passages = async (q: string) => {
      const body = (await list(`/v1/claims?q=${q}&limit=100`)) as Searched;
      return new Map(body.data.map((claim, i) => [claim.id, body.meta.snippets?.[i]]));
    };
    const [drones, iran] = [await passages('drones'), await passages('Iran')];
    const both = [...drones.keys()].filter((id) => iran.has(id));
    expect(both.length).toBeGreaterThan(0);
    for (const id of both) expect(drones.get(id), id).not.toEqual(iran.get(id));
    expect(await passages('drones')).toEqual(drones);
    expect(await passages('Iran')).toEqual(iran);
  });

  it('refuses with a 500 problem a list row that breaks the item schema, even one served valid before', async () => {
    const before = await list('/v1/claims?country=IR&limit=100');
    const victim = before.data[0];
    expect(victim).toBeDefined();
    await t.prisma.$executeRawUnsafe(`UPDATE "Claim" SET "verification" = 'bogus' WHERE "id" = ?`, victim!.id);
    try {
      const response = await t.app.inject({ method: 'GET', url: '/v1/claims?country=IR&limit=100' });
      expect(response.statusCode).toBe(500);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).not.toContain('bogus');
    } finally {
      await t.prisma.$executeRawUnsafe(`UPDATE "Claim" SET "verification" = ? WHERE "id" = ?`, 'unverified', victim!.id);
    }
  });

  it('shows a country’s counts and embedded relations as changed by another connection on the next read', async () => {
    type Detail = { data: { counts: { claims: number }; claims: Array<{ id: string }>; leaders: Array<{ id: string }> } };
    const read = async () => {
      const response = await t.app.inject({ method: 'GET', url: '/v1/countries/KP?include=claims,leaders' });
      expect(response.statusCode).toBe(200);
      return (JSON.parse(response.body) as Detail).data;
    };
    const before = await read();
    const victim = before.claims[0];
    expect(victim).toBeDefined();
    expect(before.counts.claims).toBe(before.claims.length);
    await t.prisma.claim.update({ where: { id: victim!.id }, data: { status: 'retracted' } });
    const after = await read();
    expect(after.counts.claims).toBe(before.counts.claims - 1);
    expect(after.claims.map((c) => c.id)).not.toContain(victim!.id);
    expect(after.leaders).toEqual(before.leaders);
  });
});
