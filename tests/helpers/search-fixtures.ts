import type { TestApp } from './app.js';
import { changeData } from './database.js';

/** Synthetic claims for search paging tests: a planted word, a claimant name, shuffled ids. */
export const WORD = 'zorblax';
export const CLAIMANT = 'Quibbit';
export const SYNTHETIC = 240;

export type Synthetic = {
  id: string;
  countryCode: string;
  status: string;
  createdAt: Date;
  claimantName: string;
  statement: string;
};

/** Adds the synthetic claims to `t`'s database and returns them. */
export async function addSyntheticClaims(t: TestApp): Promise<Synthetic[]> {
  const countries = (await t.prisma.country.findMany({ select: { code: true }, orderBy: { code: 'asc' } })).map((c) => c.code);
  // Ids are shuffled against the insertion order (37 is prime to 240) and countries taken in
  // turn by fours, so neither order of the matches comes for free from how they were written.
  const rows = Array.from({ length: SYNTHETIC }, (_, i) => ({
    id: `zz-${String((i * 37) % SYNTHETIC).padStart(3, '0')}`,
    countryCode: countries[Math.floor(i / 4) % countries.length] as string,
    status: i % 11 === 0 ? 'retracted' : 'active',
    createdAt: new Date(Date.UTC(2026, 0, 1) + ((i * 13) % SYNTHETIC) * 60_000),
    claimantName: i % 5 === 0 ? `${CLAIMANT} ${i}` : `Claimant ${i}`,
    statement: i % 3 === 0 ? `Statement ${i} without the word` : `Statement ${i} mentions ${WORD} here`,
  }));
  await insertClaims(t, rows);
  return rows;
}

/** A claim a search test writes: what it sets, the rest of the fields synthetic. */
export type ClaimFixture = {
  id: string;
  countryCode: string;
  statement: string;
  status?: string;
  claimantName?: string;
  verification?: string;
  createdAt?: Date;
};

/** Writes `claims` to `t`'s database with one topic each (troops), citing its first source. */
export async function insertClaims(t: TestApp, claims: readonly ClaimFixture[]): Promise<void> {
  const source = await t.prisma.source.findFirstOrThrow({ select: { id: true } });
  const data = claims.map((c) => {
    const createdAt = c.createdAt ?? new Date(Date.UTC(2026, 1, 1));
    return {
      id: c.id,
      countryCode: c.countryCode,
      status: c.status ?? 'active',
      createdAt,
      updatedAt: createdAt,
      claimantName: c.claimantName ?? 'Synthetic claimant',
      claimantType: 'government_official',
      statement: c.statement,
      quote: 'Synthetic quote.',
      quoteStart: 0,
      quoteEnd: 16,
      sourceId: source.id,
      topic: 'troops',
      verification: c.verification ?? 'reported',
      verificationNote: 'Synthetic.',
      dateNote: 'Synthetic.',
    };
  });
  await changeData(t.prisma, () => t.prisma.claim.createMany({ data }));
  await changeData(t.prisma, () =>
    t.prisma.claimTopic.createMany({ data: data.map((c) => ({ claimId: c.id, topic: 'troops', position: 0 })) }),
  );
}
