import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleDataset } from '../../seed/data/article.js';
import { seed } from '../../seed/seed.js';
import { createPrismaClient, type Db } from '../../src/db/client.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;
const clients: Db[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ engine: 'postgresql', contents: 'migrated' });
  for (let i = 0; i < 3; i += 1) clients.push(await createPrismaClient(database.url));
});
afterAll(async () => {
  for (const client of clients) await client.$disconnect();
  await database.remove();
});

describe('seeding PostgreSQL from several instances at once', () => {
  it('seeds once: every seeder succeeds, one inserts everything, the others nothing', async () => {
    const reports = await Promise.all(clients.map((client) => seed(client)));
    const inserting = reports.filter((r) => Object.values(r.inserted).some((n) => n > 0));
    expect(inserting).toHaveLength(1);
    expect(inserting[0]?.inserted.claims).toBe(articleDataset.claims.length);
    const [first] = clients;
    if (first === undefined) throw new Error('no client');
    expect(await first.claim.count()).toBe(articleDataset.claims.length);
    expect((await first.datasetState.findUniqueOrThrow({ where: { id: 1 } })).version).toBe(1);
  });
});
