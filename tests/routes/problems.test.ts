import net from 'node:net';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problem } from '../../src/lib/problem.js';
import { PROBLEM_TYPE_URIS, PROBLEM_TYPES } from '../../src/lib/problem-types.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

/**
 * RFC 9457 §3.1.1: a problem's `type` identifies it and, dereferenced, documents it. One scheme
 * (/problems/<slug>), one list (src/lib/problem-types.ts), a page behind every URI: HTML for a
 * browser, JSON for a program; and every type the API actually answers with is on the list.
 */

const KEY = 'problems-key-0123456789abcdef';
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
let t: TestApp;
let limited: TestApp;
beforeAll(async () => {
  t = await createTestApp({ API_KEYS: `problems:${KEY}`, BODY_LIMIT_BYTES: '2048' });
  limited = await createTestApp({ RATE_LIMIT_MAX: '1' });
});
afterAll(async () => {
  await t?.close();
  await limited?.close();
});

const auth = { authorization: `Bearer ${KEY}` };
const json = { ...auth, 'content-type': 'application/json' };
const CLAIM = '/v1/claims/kp-offered-100000-soldiers';

describe('problem type URIs', () => {
  it('use one scheme, /problems/<slug>, for every type, and are what problem() writes for every status', () => {
    for (const uri of PROBLEM_TYPE_URIS) expect(uri).toMatch(/^\/problems\/[a-z]+(?:-[a-z]+)*$/);
    expect(new Set(PROBLEM_TYPE_URIS).size).toBe(PROBLEM_TYPE_URIS.length);
    for (let status = 400; status < 600; status += 1) {
      const doc = problem(status, 'x', '/');
      expect(PROBLEM_TYPE_URIS, String(status)).toContain(doc.type);
      expect(doc.title, String(status)).not.toBe('Error');
    }
  });

  it.each(PROBLEM_TYPES.map((type) => [type.slug, type] as const))(
    '%s documents itself as JSON for programs',
    async (slug, type) => {
      const res = await t.app.inject({ url: `/problems/${slug}`, headers: { accept: 'application/json' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json()).toEqual({
        data: {
          type: `/problems/${slug}`,
          slug,
          status: type.status,
          title: type.title,
          description: type.description,
          action: type.action,
        },
      });
      // No Accept at all (curl, most HTTP libraries): JSON too.
      expect((await t.app.inject({ url: `/problems/${slug}` })).headers['content-type']).toMatch(/^application\/json/);
    },
  );

  it.each(PROBLEM_TYPES.map((type) => [type.slug, type] as const))(
    '%s is a plain, self-contained, escaped HTML page for browsers',
    async (slug, type) => {
      const res = await t.app.inject({ url: `/problems/${slug}`, headers: { accept: BROWSER_ACCEPT } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.vary).toMatch(/accept/i);
      expect(res.body).toMatch(/^<!doctype html>\n<html lang="en">/);
      expect(res.body).toContain(`<h1>${type.title}</h1>`);
      expect(res.body).toContain(`/problems/${slug}`);
      expect(res.body).not.toMatch(/<(script|style|img|link|iframe|form)\b|\sstyle=|\son[a-z]+=/i);
      // Text from the registry is escaped: its only markup is <code> made from backticks.
      const tags = [...res.body.matchAll(/<\/?([a-z0-9!]+)/gi)].map((m) => m[1]);
      for (const tag of tags)
        expect(['!doctype', 'html', 'head', 'meta', 'title', 'body', 'main', 'p', 'a', 'h1', 'h2', 'code']).toContain(tag);
      if (slug === 'unauthorized') expect(res.body).toContain('<code>Authorization: Bearer &lt;key&gt;</code>');
      expect(res.body).not.toContain('`');
    },
  );

  it('are listed at /problems (JSON and HTML) and in the spec: the Problem schema’s type enum and both operations', async () => {
    const list = (await t.app.inject({ url: '/problems' })).json() as { data: { type: string }[] };
    expect(list.data.map((d) => d.type)).toEqual(PROBLEM_TYPE_URIS);
    const page = await t.app.inject({ url: '/problems', headers: { accept: BROWSER_ACCEPT } });
    for (const uri of PROBLEM_TYPE_URIS) expect(page.body).toContain(`href="${uri}"`);
    const spec = (await t.app.inject({ url: '/openapi.json' })).json() as {
      paths: Record<string, { get?: { operationId?: string } }>;
      components: { schemas: Record<string, { properties?: { type?: { enum?: string[] } } }> };
    };
    expect(spec.components.schemas.Problem?.properties?.type?.enum).toEqual(PROBLEM_TYPE_URIS);
    expect(spec.paths['/problems']?.get?.operationId).toBe('listProblemTypes');
    expect(spec.paths['/problems/{slug}']?.get?.operationId).toBe('getProblemType');
  });

  it('answers an unknown type with a 404 problem whose own type resolves', async () => {
    const res = await t.app.inject({ url: '/problems/http-422' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ type: '/problems/not-found', detail: 'Problem type "http-422" was not found.' });
  });
});

/** A raw request, for what never reaches a route (headers too large). */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
    let data = '';
    socket.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    socket.on('close', () => resolve(data));
    socket.on('error', reject);
  });
}

describe('every problem the API answers with', () => {
  it('has a type on the list whose page answers 200', async () => {
    const answers: { why: string; status: number; body: string }[] = [];
    const send = async (why: string, options: InjectOptions, app = t) => {
      const res = await app.app.inject(options);
      answers.push({ why, status: res.statusCode, body: res.body });
    };
    await send('a bad parameter', { url: '/v1/claims?limit=abc' });
    await send('a write without a key', {
      method: 'POST',
      url: '/v1/sources',
      payload: '{}',
      headers: { 'content-type': 'application/json' },
    });
    await send('an unknown record', { url: '/v1/countries/ZZ' });
    await send('an unknown route', { url: '/nowhere' });
    await send('an unservable Accept', { url: '/v1/claims', headers: { accept: 'image/png' } });
    await send('a change without If-Match', {
      method: 'PATCH',
      url: CLAIM,
      payload: '{"verification":"reported","reason":"x"}',
      headers: json,
    });
    await send('a stale If-Match', {
      method: 'PATCH',
      url: CLAIM,
      payload: '{"verification":"reported","reason":"x"}',
      headers: { ...json, 'if-match': '"v999"' },
    });
    await send('a body too large', {
      method: 'POST',
      url: '/v1/sources',
      payload: JSON.stringify({ text: 'x'.repeat(4000) }),
      headers: json,
    });
    await send('a body that is not JSON', {
      method: 'POST',
      url: '/v1/sources',
      payload: 'text',
      headers: { ...auth, 'content-type': 'text/plain' },
    });
    await send('a quote not in its source', {
      method: 'POST',
      url: '/v1/claims',
      headers: json,
      payload: JSON.stringify({
        countryCode: 'RU',
        sourceId: 'putin-allies-four-countries',
        claimant: { name: 'Nobody', type: 'other', leaderId: null },
        statement: 'Not in the text.',
        quote: 'nulle part dans le texte',
        topic: 'other',
        verification: 'asserted',
        verificationNote: 'Test.',
        dateNote: 'None.',
      }),
    });
    const retract = {
      method: 'DELETE' as const,
      url: CLAIM,
      payload: '{"reason":"test"}',
      headers: { ...json, 'if-match': '*' },
    };
    await send('a first retraction', retract);
    await send('a second retraction', retract);
    await send('a first request', { url: '/v1' }, limited);
    await send('past the rate limit', { url: '/v1' }, limited);

    const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const port = Number(new URL(address).port);
    const tooLarge = await raw(port, `GET /v1 HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    answers.push({
      why: 'headers too large',
      status: Number(tooLarge.split(' ')[1]),
      body: tooLarge.slice(tooLarge.indexOf('\r\n\r\n') + 4),
    });
    const malformed = await raw(port, 'NOT HTTP\r\n\r\n');
    answers.push({
      why: 'not HTTP',
      status: Number(malformed.split(' ')[1]),
      body: malformed.slice(malformed.indexOf('\r\n\r\n') + 4),
    });

    const statuses = new Set<number>();
    for (const { why, status, body } of answers.filter((a) => a.status >= 400)) {
      const doc = JSON.parse(body) as { type: string; title: string; status: number };
      expect(doc.status, why).toBe(status);
      expect(PROBLEM_TYPE_URIS, why).toContain(doc.type);
      const page = await t.app.inject({ url: doc.type, headers: { accept: 'application/json' } });
      expect(page.statusCode, `${why}: ${doc.type}`).toBe(200);
      const documented = (page.json() as { data: { status: number | null; title: string } }).data;
      expect(documented.title, why).toBe(doc.title);
      statuses.add(status);
    }
    expect([...statuses].sort()).toEqual([400, 401, 404, 406, 409, 412, 413, 415, 422, 428, 429, 431]);
  });
});
