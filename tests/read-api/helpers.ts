import { testEngine } from '../helpers/database.js';
import type { Server } from 'node:http';
import request from 'supertest';
import { expect } from 'vitest';
import { articleDataset } from '../../seed/data/article.js';
import { problemSchema } from '../../src/schemas/common.js';
import type { Db } from '../../src/db/client.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { redactQueryCredentials } from '../../src/lib/redact.js';
import { isoCountry } from '../../src/domain/iso-countries.js';

export { articleDataset };

/** Seed claims, trade figures and leaders as the API serves them by default (all seeded as active). */
export const seedClaims = articleDataset.claims;
export const seedFigures = articleDataset.tradeFigures;
export const seedLeaders = articleDataset.leaders;
/** Seed countries with the codes and English names the loader takes from ISO 3166-1. */
export const seedCountries = articleDataset.countries.map((c) => {
  const iso = isoCountry(c.code);
  if (iso === null) throw new Error(`seed country ${c.code} is not in ISO 3166-1`);
  return { ...c, alpha3: iso.alpha3, name: iso.name };
});

export const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
export const sorted = (values: string[]) => [...values].sort();

/** One seeded app per test file, reachable through supertest. */
export async function startApp(): Promise<{ test: TestApp; http: () => request.Agent; server: Server }> {
  const test = await createTestApp();
  const server = test.app.server;
  return { test, server, http: () => request.agent(server) };
}

/**
 * A write straight to the database, standing in for the write path: like every real write it
 * moves the dataset version, which response caches and validators key on.
 */
export async function changeData(prisma: Db, write: () => Promise<unknown>): Promise<void> {
  await write();
  await prisma.datasetState.update({ where: { id: 1 }, data: { version: { increment: 1 }, updatedAt: new Date() } });
  // This is another connection's commit: on PostgreSQL the app learns of it by NOTIFY, within the
  // documented 100 ms poll bound plus a round trip; on SQLite from data_version on its next read.
  if (testEngine() === 'postgresql') await new Promise((resolve) => setTimeout(resolve, 250));
}

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

/** Code point slice, the unit every offset in the API counts in. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * What the API's search should find, worked out independently of SQLite: every word of `q`
 * (accents and case folded) is a prefix of some word in one of `fields`.
 */
export function searchMatches(fields: (string | null)[], q: string): boolean {
  const terms = words(q);
  if (terms.length === 0) return false;
  const tokens = fields.flatMap((f) => (f === null ? [] : words(f)));
  return terms.every((t) => tokens.some((tok) => tok.startsWith(t)));
}

type SortSpec<T> = [(row: T) => string | number | null, 'asc' | 'desc'][];

/** Sorts like the API: keys in order, nulls first ascending and last descending, then by id. */
export function orderLike<T extends { id: string }>(rows: readonly T[], spec: SortSpec<T>): string[] {
  const all: SortSpec<T> = [...spec, [(r) => r.id, 'asc']];
  return [...rows]
    .sort((a, b) => {
      for (const [get, dir] of all) {
        const x = get(a);
        const y = get(b);
        if (x === y) continue;
        const sign = dir === 'asc' ? 1 : -1;
        if (x === null) return -sign;
        if (y === null) return sign;
        return (x < y ? -1 : 1) * sign;
      }
      return 0;
    })
    .map((r) => r.id);
}
