import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/lib/representation.js';
import { leaderListResponse, leaderResponse, leaderSchema } from '../../src/schemas/leader.js';
import { sourceListResponse, sourceResponse } from '../../src/schemas/source.js';
import { useTestApp } from '../helpers/app.js';
import { csvRowOf, expectProblem, walkPages } from '../helpers/http.js';
import {
  articleDataset,
  ids,
  orderLike,
  seedClaims,
  seedFigures,
  seedLeaders,
  sliceCodePoints,
  sorted,
} from '../helpers/seed-data.js';

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

describe('GET /v1/sources', () => {
  it('lists sources with their metadata, notes, counts and text hash', async () => {
    const body = sourceListResponse.parse((await get('/v1/sources')).body);
    expect(ids(body.data)).toEqual(articleDataset.sources.map((s) => s.id));
    const [source] = body.data;
    expect(source).toMatchObject({
      id: seedSource.id,
      title: seedSource.title,
      author: seedSource.author,
      url: seedSource.url,
      publishedAt: seedSource.publishedAt,
      language: seedSource.language,
      textSha256: createHash('sha256').update(SOURCE_TEXT, 'utf8').digest('hex'),
      textLength: [...SOURCE_TEXT].length,
      textUrl: `/v1/sources/${seedSource.id}/text`,
      counts: { claims: seedClaims.length, tradeFigures: seedFigures.length },
    });
    expect(sorted(source?.notes.map((n) => n.id) ?? [])).toEqual(sorted(articleDataset.sourceNotes.map((n) => n.id)));
    for (const note of source?.notes ?? [])
      expect(sliceCodePoints(SOURCE_TEXT, note.quote.start, note.quote.end)).toBe(note.quote.text);
  });

  it('filters by kind and language', async () => {
    expect(ids(sourceListResponse.parse((await get(`/v1/sources?kind=${seedSource.kind}`)).body).data)).toEqual([seedSource.id]);
    expect(sourceListResponse.parse((await get('/v1/sources?kind=dataset')).body).data).toEqual([]);
    expect(ids(sourceListResponse.parse((await get('/v1/sources?language=fr')).body).data)).toEqual([seedSource.id]);
    expect(sourceListResponse.parse((await get('/v1/sources?language=en')).body).data).toEqual([]);
    expectProblem(await get('/v1/sources?kind=blog'), 400, 'kind');
    expectProblem(await get('/v1/sources?sort=author'), 400, 'sort');
  });

  it('exports sources as CSV with a header and one row per source', async () => {
    const res = await get('/v1/sources').set('accept', 'text/csv');
    const rows = parse(res.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual([seedSource.id]);
    expect(rows[0]?.textSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('GET /v1/sources/{id} and /text', () => {
  it('returns one source validated against the response schema', async () => {
    const { data } = sourceResponse.parse((await get(`/v1/sources/${seedSource.id}`)).body);
    expect(data.id).toBe(seedSource.id);
  });

  it('serves the exact source text as text/plain, with its SHA-256 in a header', async () => {
    const res = await get(`/v1/sources/${seedSource.id}/text`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.headers['content-language']).toBe(seedSource.language);
    expect(res.text).toBe(SOURCE_TEXT);
    const { data } = sourceResponse.parse((await get(`/v1/sources/${seedSource.id}`)).body);
    expect(res.headers['x-content-sha256']).toBe(data.textSha256);
    expect(createHash('sha256').update(res.text, 'utf8').digest('hex')).toBe(data.textSha256);
  });

  it('answers 406 problem+json when the client will not take text/plain', async () => {
    const problem = expectProblem(await get(`/v1/sources/${seedSource.id}/text`).set('accept', 'application/json'), 406);
    expect(problem.detail).toContain('text/plain');
  });

  it('answers 404 problem+json for an unknown source', async () => {
    expectProblem(await get('/v1/sources/no-such-source'), 404);
    expectProblem(await get('/v1/sources/no-such-source/text'), 404);
  });
});
