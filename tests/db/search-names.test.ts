import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { createSeededDatabase, type TestDatabase } from '../helpers/database.js';
import { isoNames } from '../helpers/seed-data.js';
import { ftsMatchExpression } from '../../src/lib/search.js';

/**
 * The reference table of country names the search names migration writes, against the
 * i18n-iso-countries installed: an upgrade of the package that changes a name fails here, and
 * the table is then written again by a new migration.
 */

let database: TestDatabase & { prisma: Db };

beforeAll(async () => {
  database = await createSeededDatabase();
});
afterAll(async () => {
  await database.prisma.$disconnect();
  await database.remove();
});

const matching = async (q: string) =>
  (
    await database.prisma.$queryRawUnsafe<{ id: string }[]>(
      'SELECT k."claim_id" AS id FROM "claim_fts" JOIN "claim_fts_key" k ON k."key" = "claim_fts"."rowid" WHERE "claim_fts" MATCH ? ORDER BY 1',
      ftsMatchExpression(q, []),
    )
  ).map((r) => r.id);

describe('country names for search', () => {
  it('holds every English and French name i18n-iso-countries gives for every ISO 3166-1 code', async () => {
    const rows = await database.prisma.$queryRawUnsafe<{ code: string; names: string }[]>(
      'SELECT "code", "names" FROM "search_country_name" ORDER BY "code"',
    );
    expect(rows.length).toBe(250);
    for (const { code, names } of rows) expect(names, code).toBe([...new Set(isoNames(code))].join(' | '));
  });

  it('follows a renamed person and a renamed country into the claims about or by them', async () => {
    const { prisma } = database;
    const claim = await prisma.claim.findFirstOrThrow({ where: { claimantLeaderId: { not: null } } });
    expect(await matching('Zorblatt')).toEqual([]);
    await prisma.leader.update({ where: { id: claim.claimantLeaderId! }, data: { name: 'Zorblatt Quenby' } });
    expect(await matching('Zorblatt')).toContain(claim.id);
    await prisma.country.update({ where: { code: claim.countryCode }, data: { name: 'Plinkovia' } });
    const inCountry = await prisma.claim.findMany({ where: { countryCode: claim.countryCode }, select: { id: true } });
    expect(await matching('Plinkovia')).toEqual(inCountry.map((c) => c.id).sort());
  });

  it('follows a person’s and a country’s name as the source spells it', async () => {
    const { prisma } = database;
    const claim = await prisma.claim.findFirstOrThrow({ where: { claimantLeaderId: { not: null } } });
    expect(await matching('Quorvath')).toEqual([]);
    await prisma.leader.update({ where: { id: claim.claimantLeaderId! }, data: { nameSource: 'Quorvath' } });
    expect(await matching('Quorvath')).toContain(claim.id);
    await prisma.country.update({ where: { code: claim.countryCode }, data: { nameSource: 'Vintrelle' } });
    const inCountry = await prisma.claim.findMany({ where: { countryCode: claim.countryCode }, select: { id: true } });
    expect(await matching('Vintrelle')).toEqual(inCountry.map((c) => c.id).sort());
  });
});
