import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { revisionListResponse } from '../../src/schemas/common.js';
import { useTestApp } from '../helpers/app.js';
import { API_KEYS, bearer, claimBody, write } from '../helpers/writes.js';

/** Issue 19.3: a PATCH that changes nothing, and creates whose ids would collide. */

const t = useTestApp({ API_KEYS });

/** The ETag a GET of `path` answers with (lists' ETags are not record versions, so not etagOf). */
const etagAt = async (path: string) => {
  const res = await request(t.server).get(path);
  expect(res.status).toBe(200);
  return res.headers.etag as string;
};

const revisionsOf = async (path: string) => {
  const res = await request(t.server).get(`${path}/revisions`);
  expect(res.status).toBe(200);
  return revisionListResponse.parse(res.body).data.length;
};

describe('a PATCH that changes nothing', () => {
  it('answers 200 with the record as it is: same version and ETag, no revision, and every other ETag stays current', async () => {
    const path = '/v1/leaders/kim-jong-un';
    const before = await request(t.server).get(path);
    expect(before.status).toBe(200);
    const etag = before.headers.etag as string;
    const listEtag = await etagAt('/v1/leaders');
    const feedEtag = await etagAt('/v1/changes');
    const revisions = await revisionsOf(path);

    const res = await write(
      t.server,
      'patch',
      path,
      { name: before.body.data.name, reason: 'no-op' },
      { authorization: bearer(), 'if-match': etag },
    );
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toEqual(before.body.data);
    expect(res.headers.etag).toBe(etag);

    expect(await revisionsOf(path)).toBe(revisions);
    // The dataset did not move: another client's cached list and feed are still current.
    expect(await etagAt('/v1/leaders')).toBe(listEtag);
    expect(await etagAt('/v1/changes')).toBe(feedEtag);
    expect((await request(t.server).get('/v1/leaders').set('if-none-match', listEtag)).status).toBe(304);
  });

  it('still writes a PATCH that changes one field among unchanged ones, as one new version', async () => {
    const path = '/v1/leaders/kim-jong-un';
    const before = await request(t.server).get(path);
    const res = await write(
      t.server,
      'patch',
      path,
      { name: before.body.data.name, reason: 'kept' },
      { authorization: bearer(), 'if-match': before.headers.etag as string },
    );
    expect(res.status).toBe(200);
    expect(res.body.data.version).toBe(before.body.data.version);
    const retitled = await write(
      t.server,
      'patch',
      path,
      { name: `${before.body.data.name as string} (test)`, reason: 'changed' },
      { authorization: bearer(), 'if-match': before.headers.etag as string },
    );
    expect(retitled.status, retitled.text).toBe(200);
    expect(retitled.body.data.version).toBe(before.body.data.version + 1);
  });
});

describe('ids of created records', () => {
  it('gives creates of the same statement, at once, distinct ids: every one 201, none a 500', async () => {
    const body = claimBody({ statement: 'The same statement, written many times at once.' });
    const results = await Promise.all(Array.from({ length: 20 }, () => write(t.server, 'post', '/v1/claims', body)));
    expect(results.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 201));
    const ids = results.map((r) => r.body.data.id as string);
    expect(new Set(ids).size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^ru-the-same-statement[a-z0-9-]*-[0-9a-f]{12}$/);
  });
});
