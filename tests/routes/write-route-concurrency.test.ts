import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';
import { expectProblem } from '../helpers/http.js';
import { ALICE, API_KEYS, BOB, bearer, claimBody, etagOf, figureBody, write } from '../helpers/writes.js';

const t = useTestApp({ API_KEYS });

const versionOf = (etag: string) => Number(/^"v(\d+)-/.exec(etag)?.[1]);

async function newClaim(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await write(t.server, 'post', '/v1/claims', claimBody(overrides));
  expect(res.status).toBe(201);
  return res.body.data.id as string;
}

describe('optimistic concurrency (If-Match)', () => {
  it('answers a PATCH or DELETE without If-Match with 428 problem+json and changes nothing', async () => {
    const id = await newClaim();
    const before = (await request(t.server).get(`/v1/claims/${id}`)).body;
    expectProblem(await write(t.server, 'patch', `/v1/claims/${id}`, { statement: 'Changed.', reason: 'r' }), 428);
    expectProblem(await write(t.server, 'delete', `/v1/claims/${id}`, { reason: 'r' }), 428);
    expectProblem(
      await write(
        t.server,
        'patch',
        `/v1/claims/${id}`,
        { statement: 'Changed.', reason: 'r' },
        { authorization: bearer(), 'if-match': ' ' },
      ),
      428,
    );
    expect((await request(t.server).get(`/v1/claims/${id}`)).body).toEqual(before);
  });

  it('applies a PATCH carrying the ETag from GET, and answers with the next version and its ETag', async () => {
    const id = await newClaim();
    const etag = await etagOf(t.server, `/v1/claims/${id}`);
    expect(versionOf(etag)).toBe(1);
    const res = await write(
      t.server,
      'patch',
      `/v1/claims/${id}`,
      { statement: 'Corrected.', reason: 'wording' },
      { authorization: bearer(), 'if-match': etag },
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id, statement: 'Corrected.', version: 2 });
    expect(versionOf(res.headers.etag as string)).toBe(2);
    expect(res.headers['cache-control']).toBe('no-store');
    // The ETag a write returns is the one a GET returns for the same version.
    expect(await etagOf(t.server, `/v1/claims/${id}`)).toBe(res.headers.etag);
  });

  it('answers a stale If-Match with 412 problem+json naming the current version, and changes nothing', async () => {
    const id = await newClaim();
    const stale = await etagOf(t.server, `/v1/claims/${id}`);
    const first = await write(
      t.server,
      'patch',
      `/v1/claims/${id}`,
      { statement: 'First edit.', reason: 'r' },
      { authorization: bearer(), 'if-match': stale },
    );
    expect(first.status).toBe(200);
    const second = await write(
      t.server,
      'patch',
      `/v1/claims/${id}`,
      { statement: 'Second edit.', reason: 'r' },
      { authorization: bearer(BOB), 'if-match': stale },
    );
    const problem = expectProblem(second, 412);
    expect(problem.detail).toContain('2');
    const retract = await write(
      t.server,
      'delete',
      `/v1/claims/${id}`,
      { reason: 'r' },
      { authorization: bearer(BOB), 'if-match': stale },
    );
    expectProblem(retract, 412);
    expect((await request(t.server).get(`/v1/claims/${id}`)).body.data).toMatchObject({
      statement: 'First edit.',
      version: 2,
      status: 'active',
    });
  });

  it('answers an If-Match naming no version (garbage, a weak tag, a future version) with 412', async () => {
    const id = await newClaim();
    const etag = await etagOf(t.server, `/v1/claims/${id}`);
    for (const ifMatch of ['garbage', `W/${etag}`, '"v99-abc"', '"abc"']) {
      const res = await write(
        t.server,
        'patch',
        `/v1/claims/${id}`,
        { statement: 'x', reason: 'r' },
        { authorization: bearer(), 'if-match': ifMatch },
      );
      expectProblem(res, 412);
    }
  });

  it('accepts If-Match: * (any current version) on PATCH and DELETE', async () => {
    const id = await newClaim();
    const patched = await write(
      t.server,
      'patch',
      `/v1/claims/${id}`,
      { statement: 'Star edit.', reason: 'r' },
      { authorization: bearer(), 'if-match': '*' },
    );
    expect(patched.status).toBe(200);
    expect(patched.body.data.version).toBe(2);
    const retracted = await write(
      t.server,
      'delete',
      `/v1/claims/${id}`,
      { reason: 'gone' },
      { authorization: bearer(), 'if-match': '*' },
    );
    expect(retracted.status).toBe(200);
    expect(retracted.body.data).toMatchObject({ status: 'retracted', version: 3 });
  });

  it('accepts an If-Match list when any of its tags names the current version', async () => {
    const id = await newClaim();
    const etag = await etagOf(t.server, `/v1/claims/${id}`);
    const res = await write(
      t.server,
      'patch',
      `/v1/claims/${id}`,
      { statement: 'Listed.', reason: 'r' },
      {
        authorization: bearer(),
        'if-match': `"v7-old", ${etag}`,
      },
    );
    expect(res.status).toBe(200);
  });

  it('compares only the version: a change to an embedded country does not make a claim’s ETag stale', async () => {
    const claimUrl = '/v1/claims/ir-satellites-and-armed-drones';
    const before = await etagOf(t.server, claimUrl);
    const country = await write(
      t.server,
      'patch',
      '/v1/countries/IR',
      { name: 'Islamic Republic of Iran', reason: 'test' },
      {
        authorization: bearer(),
        'if-match': await etagOf(t.server, '/v1/countries/IR'),
      },
    );
    expect(country.status).toBe(200);
    const after = await etagOf(t.server, claimUrl);
    expect(after).not.toBe(before);
    expect(versionOf(after)).toBe(versionOf(before));
    const res = await write(
      t.server,
      'patch',
      claimUrl,
      { dateNote: 'Still no time is given.', reason: 'r' },
      { authorization: bearer(), 'if-match': before },
    );
    expect(res.status).toBe(200);
    expect(res.body.data.country.name).toBe('Islamic Republic of Iran');
  });

  it('lets exactly one of two concurrent PATCHes with the same ETag win; the other gets 412', async () => {
    const id = await newClaim();
    const etag = await etagOf(t.server, `/v1/claims/${id}`);
    const results = await Promise.all(
      ['Edit A.', 'Edit B.', 'Edit C.'].map((statement) =>
        write(
          t.server,
          'patch',
          `/v1/claims/${id}`,
          { statement, reason: 'race' },
          { authorization: bearer(), 'if-match': etag },
        ),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 412, 412]);
    const winner = results.find((r) => r.status === 200);
    expect((await request(t.server).get(`/v1/claims/${id}`)).body.data).toMatchObject({
      statement: winner?.body.data.statement,
      version: 2,
    });
    const revisions = (await request(t.server).get(`/v1/claims/${id}/revisions`)).body.data;
    expect(revisions.map((r: { action: string }) => r.action)).toEqual(['create', 'update']);
  });

  it('answers 428/412 as problem+json on trade figures, sources, leaders and countries too', async () => {
    for (const url of [
      '/v1/trade-figures/cn-ru-total-trade-change-2021',
      '/v1/sources/putin-allies-four-countries',
      '/v1/leaders/javad-owji',
      '/v1/countries/KP',
    ]) {
      const body = url.includes('trade')
        ? { caveat: 'x', reason: 'r' }
        : url.includes('sources')
          ? { dateNote: 'x', reason: 'r' }
          : url.includes('leaders')
            ? { title: 'x', reason: 'r' }
            : { stance: 'x', reason: 'r' };
      expectProblem(await write(t.server, 'patch', url, body), 428);
      expectProblem(await write(t.server, 'patch', url, body, { authorization: bearer(), 'if-match': '"v99-x"' }), 412);
      const ok = await write(t.server, 'patch', url, body, { authorization: bearer(), 'if-match': await etagOf(t.server, url) });
      expect(ok.status, url).toBe(200);
    }
  });
});

describe('idempotency (Idempotency-Key on POST)', () => {
  const statement = (tag: string) => `Idempotency test ${tag}.`;
  const countClaims = (s: string) => t.prisma.claim.count({ where: { statement: s } });

  it('replays the first result for a retried POST with the same key: same status, body and Location, one record, one revision', async () => {
    const body = claimBody({ statement: statement('retry') });
    const headers = { authorization: bearer(), 'idempotency-key': 'retry-key-1' };
    const revisionsBefore = await t.prisma.revision.count();
    const first = await write(t.server, 'post', '/v1/claims', body, headers);
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const second = await write(t.server, 'post', '/v1/claims', body, headers);
    expect(second.status).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(second.headers.location).toBe(first.headers.location);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(await countClaims(statement('retry'))).toBe(1);
    expect(await t.prisma.revision.count()).toBe(revisionsBefore + 1);
  });

  it('still replays the first result after the record has changed since', async () => {
    const body = claimBody({ statement: statement('later') });
    const headers = { authorization: bearer(), 'idempotency-key': 'retry-key-later' };
    const first = await write(t.server, 'post', '/v1/claims', body, headers);
    const id = first.body.data.id as string;
    await write(
      t.server,
      'patch',
      `/v1/claims/${id}`,
      { dateNote: 'Changed.', reason: 'r' },
      { authorization: bearer(), 'if-match': '*' },
    );
    const replay = await write(t.server, 'post', '/v1/claims', body, headers);
    expect(replay.body).toEqual(first.body);
    expect(await countClaims(statement('later'))).toBe(1);
  });

  it('answers the same key with a different body with 422 problem+json naming the header, and writes nothing', async () => {
    const headers = { authorization: bearer(), 'idempotency-key': 'retry-key-2' };
    expect((await write(t.server, 'post', '/v1/claims', claimBody({ statement: statement('one') }), headers)).status).toBe(201);
    const before = await t.prisma.claim.count();
    const res = await write(t.server, 'post', '/v1/claims', claimBody({ statement: statement('two') }), headers);
    const problem = expectProblem(res, 422);
    expect(problem.errors?.map((e) => e.header)).toContain('idempotency-key');
    expect(await t.prisma.claim.count()).toBe(before);
    // The same key on another route is another request too.
    expectProblem(await write(t.server, 'post', '/v1/trade-figures', figureBody(), headers), 422);
  });

  it('creates one record for concurrent identical retries; every response carries it', async () => {
    const body = claimBody({ statement: statement('concurrent') });
    const headers = { authorization: bearer(), 'idempotency-key': 'concurrent-key' };
    const results = await Promise.all(Array.from({ length: 6 }, () => write(t.server, 'post', '/v1/claims', body, headers)));
    for (const r of results) expect(r.status).toBe(201);
    expect(new Set(results.map((r) => r.body.data.id)).size).toBe(1);
    expect(results.filter((r) => r.headers['idempotent-replayed'] === undefined)).toHaveLength(1);
    expect(await countClaims(statement('concurrent'))).toBe(1);
  });

  it('scopes keys to the curator: another key using the same Idempotency-Key gets its own record', async () => {
    const body = claimBody({ statement: statement('scoped') });
    const a = await write(t.server, 'post', '/v1/claims', body, {
      authorization: bearer(ALICE),
      'idempotency-key': 'shared-key',
    });
    const b = await write(t.server, 'post', '/v1/claims', body, { authorization: bearer(BOB), 'idempotency-key': 'shared-key' });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(b.body.data.id).not.toBe(a.body.data.id);
    expect(await countClaims(statement('scoped'))).toBe(2);
  });

  it('does not consume a key on a refused request: the corrected retry with the same key is written', async () => {
    const headers = { authorization: bearer(), 'idempotency-key': 'after-422' };
    expectProblem(
      await write(
        t.server,
        'post',
        '/v1/claims',
        claimBody({ statement: statement('refused'), quote: 'pas dans le texte' }),
        headers,
      ),
      422,
    );
    const fixed = await write(t.server, 'post', '/v1/claims', claimBody({ statement: statement('refused') }), headers);
    expect(fixed.status).toBe(201);
    expect(fixed.headers['idempotent-replayed']).toBeUndefined();
  });

  it('creates two records for two identical POSTs without a key (nothing else deduplicates)', async () => {
    const body = claimBody({ statement: statement('no key') });
    expect((await write(t.server, 'post', '/v1/claims', body)).status).toBe(201);
    expect((await write(t.server, 'post', '/v1/claims', body)).status).toBe(201);
    expect(await countClaims(statement('no key'))).toBe(2);
  });
});
