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
  meta: { total: number; nextCursor: string | null; prevCursor: string | null };
  links: { self: string; first: string; prev: string | null; next: string | null };
};

/** An RFC 8288 Link header as its targets by relation type (each rel once). */
export function parseLinkHeader(header: string | undefined): Record<string, string> {
  const links: Record<string, string> = {};
  if (header === undefined) return links;
  for (const part of header.split(/,\s*(?=<)/)) {
    const match = /^<([^>]*)>\s*;\s*rel="([^"]+)"$/.exec(part.trim());
    if (match === null) throw new Error(`not a Link header value: ${header}`);
    const [, target = '', rel = ''] = match;
    expect(links, `rel="${rel}" twice`).not.toHaveProperty(rel);
    links[rel] = target;
  }
  return links;
}

const cursorOf = (link: string) => new URL(link, 'http://x').searchParams.get('cursor');

/** The path and query of `url` without its cursor, parameters sorted. */
function withoutCursor(url: string): string {
  const parsed = new URL(url, 'http://x');
  parsed.searchParams.delete('cursor');
  parsed.searchParams.sort();
  return `${parsed.pathname}?${parsed.searchParams.toString()}`;
}

/**
 * A list page's links agree with each other: links.next and links.prev carry meta.nextCursor and
 * meta.prevCursor (null together), links.first is the query without a cursor, and the Link header
 * has the same first, prev and next.
 */
export function expectListLinks(res: request.Response, url: string): Page {
  expect(res.status, url).toBe(200);
  const body = res.body as Page;
  expect(res.headers['x-total-count']).toBe(String(body.meta.total));
  // self is the canonical spelling of the URL asked for (src/lib/canonical-query.ts): its
  // parameters and cursor; every other link is self with the cursor replaced.
  const names = (link: string) => [...new Set(new URL(link, 'http://x').searchParams.keys())].sort();
  expect(names(body.links.self)).toEqual(names(url));
  expect(cursorOf(body.links.self)).toBe(cursorOf(url));
  expect(withoutCursor(body.links.first)).toBe(withoutCursor(body.links.self));
  expect(cursorOf(body.links.first)).toBeNull();
  for (const [rel, cursor] of [
    ['next', body.meta.nextCursor],
    ['prev', body.meta.prevCursor],
  ] as const) {
    const link = body.links[rel];
    if (cursor === null) expect(link, rel).toBeNull();
    else {
      expect(link, rel).not.toBeNull();
      expect(cursorOf(link ?? ''), rel).toBe(cursor);
      expect(withoutCursor(link ?? ''), rel).toBe(withoutCursor(body.links.self));
    }
  }
  const header: Record<string, string> = { first: body.links.first };
  if (body.links.prev !== null) header.prev = body.links.prev;
  if (body.links.next !== null) header.next = body.links.next;
  expect(parseLinkHeader(res.headers.link)).toEqual(header);
  return body;
}

export type WalkedPage = { url: string; ids: string[]; links: Page['links'] };

/**
 * Follows `rel` (next or prev) from the page at `url` until a page has none, checking every
 * page's links (expectListLinks), and returns the pages in the order visited. Going forward,
 * only the first page has no prev; going back, every page but the one started from has a next.
 */
export async function walkPagesBy(
  server: Server,
  url: string,
  rel: 'next' | 'prev',
  options: { onPage?: (page: number) => Promise<void>; total?: number; key?: string } = {},
): Promise<WalkedPage[]> {
  const pages: WalkedPage[] = [];
  let at: string | null = url;
  for (let page = 0; at !== null; page += 1) {
    if (page > 60) throw new Error('pagination does not end');
    const body = expectListLinks(await request(server).get(at), at);
    // A link is already in the canonical spelling: the self of the page it leads to.
    if (page > 0) expect(body.links.self, at).toBe(at);
    if (options.total !== undefined) expect(body.meta.total).toBe(options.total);
    if (rel === 'next' && page > 0) expect(body.links.prev, at).not.toBeNull();
    if (rel === 'prev' && page > 0) expect(body.links.next, at).not.toBeNull();
    pages.push({ url: at, ids: body.data.map((row) => String(row[options.key ?? 'id'])), links: body.links });
    at = body.links[rel];
    if (at !== null) await options.onPage?.(page);
  }
  return pages;
}

/**
 * Follows `meta.nextCursor` from the first page of `url` until the last page, checking that
 * `links` and the Link header carry the same cursors, and returns every id in order.
 */
export async function walkPages(
  server: Server,
  url: string,
  options: { onPage?: (page: number) => Promise<void>; total?: number; key?: string } = {},
): Promise<string[]> {
  const pages = await walkPagesBy(server, url, 'next', options);
  expect(pages[0]?.links.prev, 'the first page has no prev').toBeNull();
  return pages.flatMap((page) => page.ids);
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
