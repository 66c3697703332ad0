import type { Server } from 'node:http';
import request from 'supertest';
import { expect } from 'vitest';
import { problemSchema } from '../../src/schemas/common.js';
import { redactQueryCredentials } from '../../src/lib/redact.js';

/** The response is RFC 9457 problem+json with the given status, naming `parameter` when given. */
export function expectProblem(res: request.Response, status: number, parameter?: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = problemSchema.parse(JSON.parse(res.text));
  expect(body.status).toBe(status);
  expect(body.title.length).toBeGreaterThan(0);
  expect(body.detail.length).toBeGreaterThan(0);
  // `instance` is the path and query that caused the problem (superagent keeps it on res.req),
  // with credential-like query values redacted so a misplaced key is never echoed.
  const path = (res as unknown as { req: { path: string } }).req.path;
  expect(body.instance).toBe(redactQueryCredentials(path));
  if (/access_token|api_key|[?&]key=/.test(path)) expect(body.instance).toContain('[redacted]');
  if (parameter !== undefined) {
    expect(body.errors?.map((e) => e.parameter)).toContain(parameter);
  }
  return body;
}

/** A problem+json body for a response that did not come through supertest (fetch, inject). */
export function parseProblem(contentType: unknown, text: string, status: number, instance?: string) {
  expect(String(contentType ?? '')).toMatch(/^application\/problem\+json/);
  const body = problemSchema.parse(JSON.parse(text));
  expect(body.status).toBe(status);
  expect(body.type.length).toBeGreaterThan(0);
  expect(body.title.length).toBeGreaterThan(0);
  expect(body.detail.length).toBeGreaterThan(0);
  if (instance !== undefined) expect(body.instance).toBe(instance);
  return body;
}

type Page = {
  data: Record<string, string>[];
  meta: { total: number; nextCursor: string | null };
  links: { next: string | null };
};

/**
 * Follows `meta.nextCursor` from the first page of `url` until the last page, checking that
 * `links.next` and the Link header carry the same cursor, and returns every id in order.
 */
export async function walkPages(
  server: Server,
  url: string,
  options: { onPage?: (page: number) => Promise<void>; total?: number; key?: string } = {},
): Promise<string[]> {
  const seen: string[] = [];
  let next: string | null = url;
  for (let page = 0; next !== null; page += 1) {
    if (page > 50) throw new Error('pagination does not end');
    const res = await request(server).get(next);
    expect(res.status, next).toBe(200);
    const body = res.body as Page;
    seen.push(...body.data.map((row) => String(row[options.key ?? 'id'])));
    expect(res.headers['x-total-count']).toBe(String(body.meta.total));
    if (options.total !== undefined) expect(body.meta.total).toBe(options.total);
    if (body.meta.nextCursor === null) {
      expect(body.links.next).toBeNull();
      expect(res.headers.link).toBeUndefined();
      next = null;
    } else {
      expect(body.links.next).not.toBeNull();
      expect(new URL(body.links.next ?? '', 'http://x').searchParams.get('cursor')).toBe(body.meta.nextCursor);
      expect(res.headers.link).toBe(`<${body.links.next}>; rel="next"`);
      next = body.links.next;
      await options.onPage?.(page);
    }
  }
  return seen;
}

/**
 * The CSV row a JSON item should become: each column is a dotted path into the item
 * (`country.code`), null or missing as an empty cell, numbers and booleans as text.
 */
export function csvRowOf(item: Record<string, unknown>, columns: string[]): Record<string, string> {
  return Object.fromEntries(
    columns.map((column) => {
      let v: unknown = item;
      for (const part of column.split('.')) v = v === null || v === undefined ? undefined : (v as Record<string, unknown>)[part];
      // Arrays are one cell, their items joined with "; " (as the README says of CSV).
      if (Array.isArray(v)) return [column, v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('; ')];
      return [column, v === null || v === undefined ? '' : String(v)];
    }),
  );
}
