import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { postgresSearch } from '../../src/db/postgres-search.js';
import { searchWords } from '../../src/lib/search.js';
import { createSeededDatabase, type TestDatabase } from '../helpers/database.js';
import { searchMatches, sorted } from '../helpers/seed-data.js';

let database: TestDatabase & { prisma: Db };
let prisma: Db;

/** Claims with text chosen to trip a tokenizer: apostrophes, guillemets, accents, digits, syntax. */
const EXTRA = [
  { id: 'search-apostrophe', statement: "L’Ukraine et l'Europe répondent.", quote: 'aujourd’hui', claimantName: 'Élysée' },
  { id: 'search-guillemets', statement: '«Biélorusses» déployés – selon Minsk', quote: 'Ça suffit', claimantName: 'Garçon Naïf' },
  { id: 'search-syntax', statement: 'a & b | !c (d) e:* f\\g "h"', quote: "it's O'Brien", claimantName: 'x' },
  { id: 'search-digits', statement: '12,5 milliards de dollars en 2021', quote: 'Hausse de 40%', claimantName: 'COVID-19 Task' },
  { id: 'search-claimant-only', statement: 'Rien à signaler', quote: 'Rien', claimantName: 'Zelensky Volodymyr' },
];

beforeAll(async () => {
  database = await createSeededDatabase();
  prisma = database.prisma;
  const base = await prisma.claim.findFirstOrThrow({ orderBy: { id: 'asc' } });
  for (const extra of EXTRA) await prisma.claim.create({ data: { ...base, ...extra } });
});
afterAll(async () => {
  await prisma.$disconnect();
  await database.remove();
});

async function search(q: string, fields: string[] = []): Promise<string[]> {
  const built = postgresSearch('claim', q, fields);
  if (built === null) return [];
  const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(built.sql, ...built.params);
  return sorted(rows.map((r) => r.id));
}

/** The oracle's answer: in the fields named, or (by default) in them and the claim's names (the search names view). */
async function expected(q: string, fields?: ('statement' | 'quote' | 'claimantName')[]) {
  const claims = await prisma.claim.findMany();
  const names = new Map(
    (await prisma.$queryRawUnsafe<{ claim_id: string; names: string }[]>('SELECT * FROM "claim_search_names"')).map((r) => [
      r.claim_id,
      r.names,
    ]),
  );
  return sorted(
    claims
      .filter((c) =>
        searchMatches(
          fields === undefined ? [c.statement, c.quote, c.claimantName, names.get(c.id) ?? null] : fields.map((f) => c[f]),
          q,
        ),
      )
      .map((c) => c.id),
  );
}

describe('PostgreSQL full-text search (src/db/postgres-search.ts on a real server)', () => {
  it.each([
    'bielorusses',
    'BIÉLORUSSES',
    'biélo',
    'drone',
    'Kim Jong',
    'ukraine',
    'aujourd hui',
    'garcon naif',
    'elysee',
    'milliards 2021',
    '12',
    'covid 19',
    'troupes russes',
    'Poutine',
  ])('finds what the independent oracle finds for %j (every word a prefix, accents and case folded)', async (q) => {
    const found = await search(q);
    expect(found).toEqual(await expected(q));
  });

  it('finds seeded claims and the accent-insensitive prefix cases the README promises', async () => {
    expect((await search('bielorusses')).length).toBeGreaterThan(0);
    expect(await search('bielorusses')).toEqual(await search('biélorusses'));
    expect(await search('ukr')).toContain('search-apostrophe');
    expect(await search('«Biélorusses»')).toContain('search-guillemets');
  });

  it.each([
    `'); DROP TABLE "Claim"; --`,
    'a & b | !c',
    'e:*',
    'f\\g',
    '"h"',
    '(d)',
    "O'Brien",
    '\\',
    '*',
    ':',
    '!!!',
    '&|!():*',
    "'",
    '$1',
  ])('treats hostile input %j as plain words, never as tsquery or SQL', async (q) => {
    expect(await search(q)).toEqual(await expected(q));
    expect(await prisma.claim.count()).toBeGreaterThan(EXTRA.length);
  });

  it('matches nothing, without a query, when the input has no word', async () => {
    expect(postgresSearch('claim', '  ¡¿ -- ;; ')).toBeNull();
    expect(postgresSearch('claim', '')).toBeNull();
  });

  it('restricts to the requested columns (qFields), each word in any of them', async () => {
    expect(await search('zelensky')).toContain('search-claimant-only');
    expect(await search('zelensky', ['claimant'])).toEqual(['search-claimant-only']);
    expect(await search('zelensky', ['quote'])).toEqual([]);
    expect(await search('zelensky', ['statement', 'quote'])).toEqual([]);
    expect(await search('rien zelensky', ['quote', 'claimant'])).toEqual(['search-claimant-only']);
    expect(await search('rien', ['quote'])).toEqual(await expected('rien', ['quote']));
    expect(await search('bielorusses', ['statement'])).toEqual(await expected('bielorusses', ['statement']));
    expect(await search('bielorusses', ['unknown-field'])).toEqual(await search('bielorusses'));
  });

  it('follows writes: updated and deleted claims are re-indexed by the triggers', async () => {
    await prisma.claim.update({ where: { id: 'search-digits' }, data: { statement: 'Nouvelle formulation hypersonique' } });
    expect(await search('hypersonique')).toEqual(['search-digits']);
    expect(await search('milliards', ['statement'])).not.toContain('search-digits');
    await prisma.claim.delete({ where: { id: 'search-syntax' } });
    expect(await search('brien')).toEqual([]);
    const rows = await prisma.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM claim_fts`;
    expect(Number(rows[0]?.n)).toBe(await prisma.claim.count());
  });

  it('searches trade figures over quote, caveat and stated-by', async () => {
    const figures = await prisma.tradeFigure.findMany();
    const run = async (q: string) => {
      const built = postgresSearch('tradeFigure', q);
      if (built === null) return [];
      return sorted((await prisma.$queryRawUnsafe<{ id: string }[]>(built.sql, ...built.params)).map((r) => r.id));
    };
    for (const q of ['milliards', 'owji', 'dollars 2021', 'petrole', 'x:*|y']) {
      expect(await run(q), q).toEqual(
        sorted(figures.filter((f) => searchMatches([f.quote, f.caveat, f.statedByName], q)).map((f) => f.id)),
      );
    }
  });

  it('can use the GIN index: the terms fold to a constant the planner matches against it', async () => {
    const built = postgresSearch('claim', 'bielorusses drone', ['statement', 'quote']);
    if (built === null) throw new Error('no search');
    // The seeded table is tiny, so the planner prefers a scan; forbidding it shows the index fits the query.
    const plan = await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      return tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${built.sql}`, ...built.params);
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('claim_fts_search_idx');
  });

  it('numbers its placeholders from firstParam, to sit inside a larger query', () => {
    const built = postgresSearch('claim', 'un deux trois', ['quote'], 4);
    expect(built?.params).toEqual(['un', 'deux', 'trois']);
    expect(built?.where).toBe(
      `"search" @@ ("allies_search_term"($4, 'B') && "allies_search_term"($5, 'B') && "allies_search_term"($6, 'B'))`,
    );
  });

  it('splits words exactly like the SQLite search', () => {
    expect(searchWords('L’Ukraine, «Biélorusses» 12,5 ﬁn')).toEqual(['L', 'Ukraine', 'Biélorusses', '12', '5', 'fin']);
    expect(searchWords('a '.repeat(40))).toHaveLength(16);
    expect(searchWords('x'.repeat(100))[0]).toHaveLength(64);
  });

  it('follows a person’s and a country’s name as the source spells it into the claims by or about them', async () => {
    const claim = await prisma.claim.findFirstOrThrow({ where: { claimantLeaderId: { not: null } } });
    expect(await search('Quorvath')).toEqual([]);
    await prisma.leader.update({ where: { id: claim.claimantLeaderId! }, data: { nameSource: 'Quorvath' } });
    expect(await search('Quorvath')).toContain(claim.id);
    await prisma.country.update({ where: { code: claim.countryCode }, data: { nameSource: 'Vintrelle' } });
    const inCountry = await prisma.claim.findMany({ where: { countryCode: claim.countryCode }, select: { id: true } });
    expect(await search('Vintrelle')).toEqual(sorted(inCountry.map((c) => c.id)));
  });
});
