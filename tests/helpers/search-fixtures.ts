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
  const source = await t.prisma.source.findFirstOrThrow({ select: { id: true } });
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
  await changeData(t.prisma, () =>
    t.prisma.claim.createMany({
      data: rows.map((r) => ({
        ...r,
        updatedAt: r.createdAt,
        claimantType: 'government_official',
        quote: 'Synthetic quote.',
        quoteStart: 0,
        quoteEnd: 16,
        sourceId: source.id,
        topic: 'troops',
        verification: 'reported',
        verificationNote: 'Synthetic.',
        dateNote: 'Synthetic.',
      })),
    }),
  );
  await changeData(t.prisma, () =>
    t.prisma.claimTopic.createMany({ data: rows.map((r) => ({ claimId: r.id, topic: 'troops', position: 0 })) }),
  );
  return rows;
}
