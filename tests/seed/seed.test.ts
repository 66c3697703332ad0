import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleDataset } from '../../seed/data/article.js';
import { corrections } from '../../seed/data/corrections.js';
import { applyCorrections, deriveSourceText, seed, SeedVerificationError, verifyDataset } from '../../seed/seed.js';
import type { SeedDataset } from '../../seed/schema.js';
import { sliceCodePoints } from '../../src/lib/text-span.js';
import { createSeededDatabase, createTestDatabase, testEngine, type TestDatabase } from '../helpers/database.js';
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
    expect(perCountry).toEqual({ RU: 3, BY: 5, CN: 5, IR: 4, KP: 4, UA: 1 });
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
      claims: [{ ...first, claimant: { ...first.claimant, leaderId: 'nobody' } }, ...articleDataset.claims.slice(1)],
    };
    expect(() => verifyDataset(broken)).toThrow(/unknown leader "nobody"/);
  });
});

/** The dataset with one record replaced. */
function withRecord<K extends 'claims' | 'leaders' | 'countries'>(
  kind: K,
  match: (record: SeedDataset[K][number]) => boolean,
  change: (record: SeedDataset[K][number]) => SeedDataset[K][number],
): SeedDataset {
  const records = articleDataset[kind] as SeedDataset[K][number][];
  expect(records.filter(match)).toHaveLength(1);
  return { ...articleDataset, [kind]: records.map((r) => (match(r) ? change(r) : r)) };
}

describe('seed rules', () => {
  const { dataset } = verifyDataset(articleDataset);

  it('dates a claim only with when it was made: never after its source, never inside a period its figures cover', () => {
    for (const claim of dataset.claims) {
      if (claim.claimedAt === null) continue;
      const source = dataset.sources.find((s) => s.id === claim.sourceId);
      expect(claim.claimedAt <= (source?.publishedAt ?? source?.retrievedAt ?? '').slice(0, 10), claim.id).toBe(true);
      for (const figure of dataset.tradeFigures) {
        const overlaps = figure.quoteStart < claim.quoteEnd && claim.quoteStart < figure.quoteEnd;
        if (!overlaps || figure.periodStart === null || figure.periodEnd === null) continue;
        const inside =
          claim.claimedAt >= figure.periodStart.slice(0, claim.claimedAt.length) && claim.claimedAt <= figure.periodEnd;
        expect(inside, `${claim.id} claimedAt ${claim.claimedAt} is the period of ${figure.id}`).toBe(false);
      }
    }
  });

  it('refuses a claim dated with the period it is about (claimedAt 2021 for figures of 2021)', () => {
    const broken = withRecord(
      'claims',
      (c) => c.id === 'cn-trade-with-russia-grew-2021',
      (c) => ({ ...c, claimedAt: '2021' }),
    );
    expect(() => verifyDataset(broken)).toThrow(/claimedAt 2021 lies in the period its trade figure/);
    const later = withRecord(
      'claims',
      (c) => c.id === 'kp-offered-100000-soldiers',
      (c) => ({ ...c, claimedAt: '2027-01' }),
    );
    expect(() => verifyDataset(later)).toThrow(/claimedAt 2027-01 is after its source/);
  });

  it('ties a person to a country only on the source’s words or a named reference', () => {
    for (const leader of dataset.leaders) {
      const kind = leader.basis.country.kind;
      if (leader.countryCode === null) expect(['not_stated'], leader.id).toContain(kind);
      else expect(['source', 'reference'], leader.id).toContain(kind);
    }
    const kim = dataset.leaders.find((l) => l.id === 'kim-jong-un');
    expect(kim?.basis.country).toMatchObject({ kind: 'reference', reference: 'curator_knowledge' });
    expect(kim?.basis.role.kind).toBe('reference');
  });

  it('refuses a person’s country that rests on nothing', () => {
    const broken = withRecord(
      'leaders',
      (l) => l.id === 'kim-jong-un',
      (l) => ({ ...l, basis: { ...l.basis, country: { kind: 'not_stated', note: null } } }),
    );
    expect(() => verifyDataset(broken)).toThrow(/leader "kim-jong-un": countryCode needs a basis of kind source or reference/);
  });

  it('makes every stance a summary of that country’s own claims, each listed', () => {
    const claims = new Map(dataset.claims.map((c) => [c.id, c]));
    for (const country of dataset.countries) {
      const { stance } = country.basis;
      expect(stance.claimIds.length, country.code).toBeGreaterThan(0);
      for (const id of stance.claimIds) expect(claims.get(id)?.countryCode, `${country.code} stance: ${id}`).toBe(country.code);
    }
  });

  it('refuses a stance that lists another country’s claim, or a claim that does not exist', () => {
    const other = withRecord(
      'countries',
      (c) => c.code === 'UA',
      (c) => ({ ...c, basis: { ...c.basis, stance: { ...c.basis.stance, claimIds: ['ir-satellites-and-armed-drones'] } } }),
    );
    expect(() => verifyDataset(other)).toThrow(
      /country "UA": its stance lists claim "ir-satellites-and-armed-drones", which is about IR/,
    );
    const missing = withRecord(
      'countries',
      (c) => c.code === 'UA',
      (c) => ({ ...c, basis: { ...c.basis, stance: { ...c.basis.stance, claimIds: ['no-such-claim'] } } }),
    );
    expect(() => verifyDataset(missing)).toThrow(/which does not exist/);
  });

  it('proves every basis span verbatim at its offsets, and refuses one that is not', () => {
    const bases = [...dataset.countries, ...dataset.leaders].flatMap((r) => Object.values(r.basis));
    const spans = bases.filter((b) => b.kind === 'source');
    expect(spans.length).toBeGreaterThan(40);
    for (const span of spans) expect(sliceCodePoints(SOURCE_TEXT, span.quoteStart, span.quoteEnd)).toBe(span.quote);
    const broken = withRecord(
      'leaders',
      (l) => l.id === 'xi-jinping',
      (l) => ({ ...l, basis: { ...l.basis, name: { ...l.basis.name, quoteStart: 1383 } } }),
    );
    expect(() => verifyDataset(broken)).toThrow(/leader "xi-jinping" basis of name: quote is not verbatim/);
  });

  it('gives every claim its topics, the primary one first and none twice', () => {
    for (const claim of dataset.claims) {
      expect(claim.topics.length, claim.id).toBeGreaterThan(0);
      expect(new Set(claim.topics).size, claim.id).toBe(claim.topics.length);
    }
    expect(dataset.claims.find((c) => c.id === 'ru-allies-financial-ties-no-troops')?.topics).toEqual(['economic', 'troops']);
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

/** Rows without what a correction moves (version, updatedAt), to compare with a fresh seed's. */
const strip = <T extends { version?: number; updatedAt?: Date }>(rows: T[]) =>
  rows.map(({ version: _v, updatedAt: _u, ...r }) => r);

describe('seed corrections of a database an earlier seed wrote', () => {
  let db: TestDatabase & { prisma: Db };
  beforeAll(async () => {
    db = await createSeededDatabase();
  });
  afterAll(async () => {
    await db.prisma.$disconnect();
    await db.remove();
  });

  /** Puts every corrected record back as the earlier seed wrote it (basis "{}" as the migration leaves it). */
  async function revertToEarlierSeed(prisma: Db) {
    for (const { resource, id, from } of corrections) {
      const { topics, basis, ...columns } = from;
      // The values are the stored columns' own (corrections.ts is written in their terms).
      const data = { ...columns, ...(basis === undefined ? {} : { basis: JSON.stringify(basis) }) } as never;
      if (resource === 'source') await prisma.source.update({ where: { id }, data });
      if (resource === 'country') await prisma.country.update({ where: { code: id }, data });
      if (resource === 'leader') await prisma.leader.update({ where: { id }, data });
      if (resource === 'trade_figure') await prisma.tradeFigure.update({ where: { id }, data });
      if (resource === 'source_note') await prisma.sourceNote.update({ where: { id }, data });
      if (resource === 'claim') {
        await prisma.claim.update({ where: { id }, data });
        if (Array.isArray(topics)) {
          await prisma.claimTopic.deleteMany({ where: { claimId: id } });
          await prisma.claimTopic.createMany({
            data: (topics as string[]).map((topic, position) => ({ claimId: id, topic, position })),
          });
        }
      }
    }
  }

  it('corrects each record still as first seeded, audited as an update by "seed", once', async () => {
    const fresh = await snapshot(db.prisma);
    await revertToEarlierSeed(db.prisma);
    // A curator's own change since: that record is left alone.
    const curated = 'ir-satellites-and-armed-drones';
    await db.prisma.claim.update({ where: { id: curated }, data: { statement: 'A curator’s wording.' } });

    const report = await seed(db.prisma);
    const versioned = corrections.filter((c) => c.resource !== 'source_note' && c.id !== curated);
    expect(report.corrected).toBe(corrections.length - 1);
    expect(Object.values(report.inserted).every((n) => n === 0)).toBe(true);

    const after = await snapshot(db.prisma);
    expect(strip(after.sources)).toEqual(strip(fresh.sources));
    expect(strip(after.countries)).toEqual(strip(fresh.countries));
    expect(strip(after.leaders)).toEqual(strip(fresh.leaders));
    expect(strip(after.figures)).toEqual(strip(fresh.figures));
    expect(after.notes).toEqual(fresh.notes);
    expect(strip(after.claims.filter((c) => c.id !== curated))).toEqual(strip(fresh.claims.filter((c) => c.id !== curated)));
    expect(after.claims.find((c) => c.id === curated)?.statement).toBe('A curator’s wording.');
    const topics = await db.prisma.claimTopic.findMany({
      where: { claimId: 'ru-allies-financial-ties-no-troops' },
      orderBy: { position: 'asc' },
    });
    expect(topics.map((t) => t.topic)).toEqual(['economic', 'troops']);

    const updates = after.revisions.filter((r) => r.action === 'update');
    expect(updates).toHaveLength(versioned.length);
    expect(updates.every((r) => r.actor === 'seed' && r.version === 2 && r.reason !== null)).toBe(true);
    const dated = updates.find((r) => r.resourceId === 'cn-trade-with-russia-grew-2021');
    expect(JSON.parse(dated?.changes ?? '{}')).toMatchObject({ claimedAt: { from: '2021', to: null } });
    expect(after.state[0]?.version).toBe((fresh.state[0]?.version ?? 0) + 1);

    const again = await seed(db.prisma);
    expect(again.corrected).toBe(0);
    expect(await snapshot(db.prisma)).toEqual(await snapshot(db.prisma));
    expect((await snapshot(db.prisma)).revisions).toHaveLength(after.revisions.length);
  });

  it('applies the same corrections at start (applyCorrections), leaving a curated record alone, and writes nothing once none is pending', async () => {
    const fresh = await snapshot(db.prisma);
    await revertToEarlierSeed(db.prisma);
    const curated = 'ir-satellites-and-armed-drones';
    await db.prisma.claim.update({ where: { id: curated }, data: { statement: 'A curator’s wording, again.' } });
    const before = await snapshot(db.prisma);

    expect(await applyCorrections(db.prisma)).toBe(corrections.length - 1);
    const after = await snapshot(db.prisma);
    expect(strip(after.countries)).toEqual(strip(fresh.countries));
    expect(strip(after.claims.filter((c) => c.id !== curated))).toEqual(strip(fresh.claims.filter((c) => c.id !== curated)));
    expect(after.claims.find((c) => c.id === curated)?.statement).toBe('A curator’s wording, again.');
    expect(after.state[0]?.version).toBe((before.state[0]?.version ?? 0) + 1);
    expect(after.revisions.length - before.revisions.length).toBe(
      corrections.filter((c) => c.resource !== 'source_note' && c.id !== curated).length,
    );

    expect(await applyCorrections(db.prisma)).toBe(0);
    expect(await snapshot(db.prisma)).toEqual(after);
  });
});
