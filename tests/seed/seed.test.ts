import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleDataset } from '../../seed/data/article.js';
import { deriveSourceText, seed, SeedVerificationError, verifyDataset } from '../../seed/seed.js';
import type { SeedDataset } from '../../seed/schema.js';
import { sliceCodePoints } from '../../src/lib/text-span.js';
import { createTestDatabase, testEngine, type TestDatabase } from '../helpers/database.js';
import { postgresSearch } from '../../src/db/postgres-search.js';
import { createPrismaClient, type Db } from '../../src/db/client.js';

const SOURCE_TEXT = readFileSync(new URL('../../seed/sources/putin-allies-four-countries.fr.txt', import.meta.url), 'utf8');

async function snapshot(prisma: Db) {
  return {
    sources: await prisma.source.findMany({ orderBy: { id: 'asc' } }),
    notes: await prisma.sourceNote.findMany({ orderBy: { id: 'asc' } }),
    countries: await prisma.country.findMany({ orderBy: { code: 'asc' } }),
    leaders: await prisma.leader.findMany({ orderBy: { id: 'asc' } }),
    claims: await prisma.claim.findMany({ orderBy: { id: 'asc' } }),
    figures: await prisma.tradeFigure.findMany({ orderBy: { id: 'asc' } }),
    state: await prisma.datasetState.findMany(),
    revisions: await prisma.revision.findMany({ orderBy: { id: 'asc' } }),
  };
}

describe('seed data', () => {
  it('quotes every claim, figure, leader and note verbatim at its offsets, keeping typographic apostrophes', () => {
    const spans = [
      ...articleDataset.claims,
      ...articleDataset.tradeFigures,
      ...articleDataset.leaders,
      ...articleDataset.sourceNotes,
    ];
    expect(spans.length).toBeGreaterThan(30);
    for (const span of spans) {
      expect(sliceCodePoints(SOURCE_TEXT, span.quoteStart, span.quoteEnd), span.id).toBe(span.quote);
    }
    expect(articleDataset.claims.some((c) => c.quote.includes('’'))).toBe(true);
  });

  it('derives the stored source text from the raw scrape by removing only site chrome', () => {
    const raw = readFileSync(new URL('../../seed/sources/putin-allies-four-countries.raw.fr.txt', import.meta.url), 'utf8');
    const source = articleDataset.sources[0];
    expect(source).toBeDefined();
    expect(deriveSourceText(raw, source?.removedLines ?? [])).toBe(SOURCE_TEXT);
    expect(SOURCE_TEXT).not.toContain('cookies');
    expect(SOURCE_TEXT).not.toContain('À NE PAS MANQUER');
    expect(SOURCE_TEXT).toContain('Les alliés de Poutine : Kim Jong Un');
  });

  it('covers at least 14 claims and 4 trade figures, with claims for every backer', () => {
    const { dataset } = verifyDataset(articleDataset);
    expect(dataset.claims.length).toBeGreaterThanOrEqual(14);
    expect(dataset.tradeFigures.length).toBeGreaterThanOrEqual(4);
    const perCountry: Record<string, number> = {};
    for (const claim of dataset.claims) perCountry[claim.countryCode] = (perCountry[claim.countryCode] ?? 0) + 1;
    expect(perCountry).toEqual({ RU: 3, BY: 5, CN: 5, IR: 4, KP: 4 });
  });

  it('records the article’s own verification wording and vagueness instead of inventing facts', () => {
    const byId = new Map(articleDataset.claims.map((c) => [c.id, c]));
    const troops = byId.get('by-troops-in-action-opposition-media');
    expect(troops?.verification).toBe('unverified');
    expect(troops?.claimant.type).toBe('opposition_media');
    expect(troops?.verificationQuote).toContain('pas vérifié');
    const soldiers = byId.get('kp-offered-100000-soldiers');
    expect(soldiers?.claimant.type).toBe('state_media');
    expect(soldiers?.verification).toBe('reported');
    expect(soldiers?.claimedAt).toBeNull();
    expect(soldiers?.dateNote).toContain('récemment');
    const source = articleDataset.sources[0];
    expect(source?.url).toBeNull();
    expect(source?.publishedAt).toBeNull();
    const owji = articleDataset.tradeFigures.find((f) => f.id === 'ir-ru-bilateral-trade-18-months');
    expect(owji?.value).toBe(40_000_000_000);
    expect(owji?.unit).toBe('USD');
    expect(owji?.caveat).toMatch(/18-month/);
    expect(articleDataset.sourceNotes.map((n) => n.id)).toContain('caption-kim-jong-un-above-iran');
  });

  it('rejects a record whose offsets do not point at its quote, naming the record', () => {
    const first = articleDataset.claims[0];
    if (first === undefined) throw new Error('no claims');
    const broken: SeedDataset = {
      ...articleDataset,
      claims: [{ ...first, quoteStart: first.quoteStart + 1, quoteEnd: first.quoteEnd + 1 }, ...articleDataset.claims.slice(1)],
    };
    expect(() => verifyDataset(broken)).toThrow(SeedVerificationError);
    expect(() => verifyDataset(broken)).toThrow(new RegExp(`claim "${first.id}": quote is not verbatim`));
  });

  it('rejects a reference to a leader that does not exist', () => {
    const first = articleDataset.claims[0];
    if (first === undefined) throw new Error('no claims');
    const broken: SeedDataset = {
      ...articleDataset,
      claims: [{ ...first, claimant: { ...first.claimant, leaderId: 'nobody' } }],
    };
    expect(() => verifyDataset(broken)).toThrow(/unknown leader "nobody"/);
  });
});

describe('seed(prisma)', () => {
  let db: TestDatabase & { prisma: Db };
  // Seeded here, not copied from the run's seeded template: this is the test of seeding.
  beforeAll(async () => {
    const database = await createTestDatabase({ contents: 'migrated' });
    db = { ...database, prisma: await createPrismaClient(database.url) };
    await seed(db.prisma);
  });
  afterAll(async () => {
    await db.prisma.$disconnect();
    await db.remove();
  });

  it('loads every record once with the source text and its SHA-256', async () => {
    expect(await db.prisma.claim.count()).toBe(articleDataset.claims.length);
    expect(await db.prisma.tradeFigure.count()).toBe(articleDataset.tradeFigures.length);
    expect(await db.prisma.leader.count()).toBe(7);
    expect(await db.prisma.country.count()).toBe(6);
    const source = await db.prisma.source.findUniqueOrThrow({ where: { id: 'putin-allies-four-countries' } });
    expect(source.text).toBe(SOURCE_TEXT);
    expect(source.textSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is idempotent: a second run inserts nothing and changes no row or the dataset version', async () => {
    const before = await snapshot(db.prisma);
    const report = await seed(db.prisma);
    expect(Object.values(report.inserted).every((n) => n === 0)).toBe(true);
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it('stamps seeded records with the dataset’s compilation time and logs each creation for the change feed', async () => {
    const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id: 'kp-offered-100000-soldiers' } });
    expect(claim.createdAt.toISOString()).toBe(articleDataset.compiledAt);
    expect(claim.updatedAt.toISOString()).toBe(articleDataset.compiledAt);
    const revisions = await db.prisma.revision.findMany({ where: { resourceType: 'claim' } });
    expect(revisions).toHaveLength(articleDataset.claims.length);
    expect(revisions.every((r) => r.action === 'create' && r.actor === 'seed' && r.version === 1)).toBe(true);
  });

  it('fills the full-text index so accent-free words find accented text', async () => {
    const search = postgresSearch('claim', 'bielorusses');
    const rows =
      testEngine() === 'postgresql' && search !== null
        ? await db.prisma.$queryRawUnsafe<{ id: string }[]>(search.sql, ...search.params)
        : await db.prisma.$queryRaw<
            { id: string }[]
          >`SELECT k.claim_id AS id FROM claim_fts f JOIN claim_fts_key k ON k.key = f.rowid WHERE claim_fts MATCH 'bielorusses'`;
    expect(rows.map((r) => r.id)).toEqual(['by-troops-in-action-opposition-media']);
  });
});
