import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';
import { claim } from '../helpers/read-routes.js';

const t = useTestApp();
const get = t.get;

describe('CORS', () => {
  it('opens every read to any origin and exposes ETag, Link and X-Total-Count', async () => {
    for (const url of ['/v1/claims?limit=1', `/v1/claims/${claim}`, '/v1/countries/kp', '/v1/claims/no-such-claim']) {
      const res = await get(url).set('origin', 'https://newsroom.example');
      expect(res.headers['access-control-allow-origin'], url).toBe('*');
      const exposed = String(res.headers['access-control-expose-headers'])
        .split(',')
        .map((h) => h.trim().toLowerCase());
      expect(exposed, url).toEqual(expect.arrayContaining(['etag', 'link', 'x-total-count']));
    }
  });

  it('answers a preflight for GET from any origin', async () => {
    const res = await request(t.server)
      .options('/v1/claims')
      .set('origin', 'https://newsroom.example')
      .set('access-control-request-method', 'GET');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toContain('GET');
    expect(res.headers['access-control-allow-methods']).toContain('HEAD');
  });
});
