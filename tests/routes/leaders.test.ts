import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/lib/representation.js';
import { leaderListResponse, leaderResponse, leaderSchema } from '../../src/schemas/leader.js';
import { useTestApp } from '../helpers/app.js';
import { csvRowOf, expectProblem, walkPages } from '../helpers/http.js';
import { articleDataset, ids, orderLike, seedLeaders, sliceCodePoints, sorted } from '../helpers/seed-data.js';

type SeedLeader = (typeof seedLeaders)[number];

const t = useTestApp();
const get = t.get;
const seedSource = articleDataset.sources[0];
if (seedSource === undefined) throw new Error('seed has no source');
const SOURCE_TEXT = readFileSync(new URL(`../../seed/sources/${seedSource.textFile}`, import.meta.url), 'utf8');
const where = (pred: (l: SeedLeader) => boolean) => sorted(seedLeaders.filter(pred).map((l) => l.id));

async function leaderIds(url: string): Promise<string[]> {
  const res = await get(url);
  expect(res.status, url).toBe(200);
  return ids(leaderListResponse.parse(res.body).data);
}

describe('GET /v1/leaders', () => {
  it('lists every leader and cited person by id, validated against the response schema', async () => {
    const res = await get('/v1/leaders');
    const body = leaderListResponse.parse(res.body);
    expect(ids(body.data)).toEqual(seedLeaders.map((l) => l.id).sort());
    expect(body.meta.total).toBe(seedLeaders.length);
    const owji = body.data.find((l) => l.id === 'javad-owji');
    const seed = seedLeaders.find((l) => l.id === 'javad-owji');
    expect(owji).toMatchObject({ name: seed?.name, role: seed?.role, kind: seed?.kind, country: { code: seed?.countryCode } });
    const stateless = body.data.find((l) => seedLeaders.find((s) => s.id === l.id)?.countryCode === null);
    expect(stateless?.country).toBeNull();
  });

  it('filters by kind, role and country', async () => {
    expect(sorted(await leaderIds('/v1/leaders?kind=cited_person'))).toEqual(where((l) => l.kind === 'cited_person'));
    expect(sorted(await leaderIds('/v1/leaders?role=head_of_state,minister'))).toEqual(
      where((l) => ['head_of_state', 'minister'].includes(l.role)),
    );
    expect(sorted(await leaderIds('/v1/leaders?country=ir,BY'))).toEqual(
      where((l) => l.countryCode === 'IR' || l.countryCode === 'BY'),
    );
  });

  it('sorts by name descending and by a nullable country, paging the same as one page', async () => {
    expect(await leaderIds('/v1/leaders?sort=-name')).toEqual(orderLike(seedLeaders, [[(l) => l.name, 'desc']]));
    for (const sort of ['country', '-country', 'kind,-country']) {
      const spec: [(l: SeedLeader) => string | null, 'asc' | 'desc'][] = sort
        .split(',')
        .map((k) => [
          k.endsWith('country') ? (l: SeedLeader) => l.countryCode : (l: SeedLeader) => l.kind,
          k.startsWith('-') ? 'desc' : 'asc',
        ]);
      const expected = orderLike(seedLeaders, spec);
      expect(await leaderIds(`/v1/leaders?sort=${sort}`), sort).toEqual(expected);
      expect(await walkPages(t.server, `/v1/leaders?sort=${sort}&limit=2`), sort).toEqual(expected);
    }
  });

  it('rejects bad parameters naming them', async () => {
    expectProblem(await get('/v1/leaders?kind=dictator'), 400, 'kind');
    expectProblem(await get('/v1/leaders?sort=age'), 400, 'sort');
    expectProblem(await get('/v1/leaders?country=Iran'), 400, 'country');
  });

  it('exports leaders as CSV that round-trips to the JSON', async () => {
    const json = leaderListResponse.parse((await get('/v1/leaders')).body);
    const res = await get('/v1/leaders?format=csv');
    const columns = csvColumns(leaderSchema);
    expect(parse(res.text, { columns: true })).toEqual(json.data.map((l) => csvRowOf(l, columns)));
  });
});

describe('GET /v1/leaders/{id}', () => {
  it('returns one person with the passage that names them', async () => {
    for (const seed of seedLeaders) {
      const { data } = leaderResponse.parse((await get(`/v1/leaders/${seed.id}`)).body);
      expect(data).toMatchObject({ id: seed.id, name: seed.name, quote: seed.quote });
      expect(sliceCodePoints(SOURCE_TEXT, data.quoteStart, data.quoteEnd)).toBe(data.quote);
    }
  });

  it('answers 404 problem+json for an unknown id', async () => {
    expectProblem(await get('/v1/leaders/nobody'), 404);
  });
});
