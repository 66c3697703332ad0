import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sourceListResponse, sourceResponse } from '../../src/schemas/source.js';
import { useTestApp } from '../helpers/app.js';
import { expectProblem } from '../helpers/http.js';
import { articleDataset, ids, seedClaims, seedFigures, sliceCodePoints, sorted } from '../helpers/seed-data.js';

const t = useTestApp();
const get = t.get;
const seedSource = articleDataset.sources[0];
if (seedSource === undefined) throw new Error('seed has no source');
const SOURCE_TEXT = readFileSync(new URL(`../../seed/sources/${seedSource.textFile}`, import.meta.url), 'utf8');

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
