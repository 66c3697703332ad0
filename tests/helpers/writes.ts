import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import request from 'supertest';
import { expect } from 'vitest';
import { ROOT } from './server-process.js';

/** Curators, their keys and valid bodies for the write API, resting on the seeded article. */

/** Two curators; the keys are what clients send, the names are what the audit trail shows. */
export const ALICE = { name: 'alice', key: 'alice-key-0123456789abcdef' };
export const BOB = { name: 'bob', key: 'bob-key-fedcba9876543210xyz' };
export const API_KEYS = `${ALICE.name}:${ALICE.key},${BOB.name}:${BOB.key}`;

export const bearer = (curator: { key: string } = ALICE) => `Bearer ${curator.key}`;

export const SOURCE_ID = 'putin-allies-four-countries';
export const SOURCE_TEXT = readFileSync(path.join(ROOT, 'seed/sources/putin-allies-four-countries.fr.txt'), 'utf8');

/** Every code point offset at which `needle` occurs in `haystack`, computed independently of src/. */
export function occurrences(haystack: string, needle: string): number[] {
  const points = [...haystack];
  const target = [...needle];
  const hits: number[] = [];
  for (let i = 0; i + target.length <= points.length; i += 1) {
    if (target.every((c, j) => points[i + j] === c)) hits.push(i);
  }
  return hits;
}

/** A verbatim sentence of the seed source that occurs once (typographic apostrophe included). */
export const UNIQUE_QUOTE = 'La Russie est l’un des pays les moins populaires au monde';

/** A valid new claim resting on the seeded article; override any field. */
export function claimBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    countryCode: 'RU',
    sourceId: SOURCE_ID,
    claimant: { name: 'The article (Jessie Neal)', type: 'journalist', leaderId: null },
    statement: 'Russia is one of the least popular countries in the world.',
    quote: UNIQUE_QUOTE,
    topic: 'diplomatic',
    verification: 'asserted',
    verificationNote: 'The article’s own voice; no source is named.',
    dateNote: 'No time is given.',
    ...overrides,
  };
}

export const FIGURE_QUOTE = 'soit dix fois plus que les 4 milliards de dollars de 2021';

/** A valid new trade figure resting on the seeded article. */
export function figureBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    reporterCode: 'IR',
    partnerCode: 'RU',
    indicator: 'bilateral_trade',
    value: 4_000_000_000,
    unit: 'USD',
    kind: 'level',
    approximate: false,
    periodStart: '2021',
    periodEnd: '2021',
    periodLabel: 'de 2021',
    statedBy: { name: 'Javad Owji', type: 'government_official', leaderId: 'javad-owji' },
    sourceId: SOURCE_ID,
    quote: FIGURE_QUOTE,
    caveat: null,
    ...overrides,
  };
}

/** A JSON write with the given curator (or none). */
export function write(
  server: Server,
  method: 'post' | 'patch' | 'delete',
  url: string,
  body: unknown,
  headers: Record<string, string> = { authorization: bearer() },
) {
  let req = request(server)[method](url);
  for (const [name, value] of Object.entries(headers)) req = req.set(name, value);
  return body === undefined ? req : req.send(body as object);
}

/** The ETag of a record as GET serves it. */
export async function etagOf(server: Server, url: string): Promise<string> {
  const res = await request(server).get(url);
  expect(res.status, url).toBe(200);
  const etag = res.headers.etag;
  expect(etag).toMatch(/^"v\d+-[^"]+"$/);
  return etag as string;
}
