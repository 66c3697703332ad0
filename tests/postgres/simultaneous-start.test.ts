import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleDataset } from '../../seed/data/article.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { API_KEYS } from '../helpers/reliability.js';
import { ROOT, startServer, type ServerProcess } from '../helpers/server-process.js';

/**
 * Issue 19.4: two instances of the real entry point started at the same moment on one empty
 * PostgreSQL database (a deployment rolling out two replicas at once). Both must come up, the
 * migrations must be applied once, and the article seeded once: no duplicate, no half-seeded
 * dataset, one dataset version.
 */
let database: TestDatabase;
let lockedDatabase: TestDatabase;
const servers: ServerProcess[] = [];

const MIGRATIONS = readdirSync(path.join(ROOT, 'prisma/postgresql/migrations')).filter((name) =>
  statSync(path.join(ROOT, 'prisma/postgresql/migrations', name)).isDirectory(),
);

async function query<T>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = await createTestDatabase({ engine: 'postgresql', contents: 'empty' });
  lockedDatabase = await createTestDatabase({ engine: 'postgresql', contents: 'empty' });
}, 60_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop('SIGTERM')));
  await database.remove();
  await lockedDatabase.remove();
});

describe('two instances starting at once on an empty PostgreSQL database', () => {
  it('both come up, and the database is migrated once and seeded once', async () => {
    const env = { DATABASE_URL: database.url, API_KEYS, RATE_LIMIT_MAX: '0' };
    const started = await Promise.allSettled([startServer(env, 120_000), startServer(env, 120_000)]);
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    expect(started.map((s) => (s.status === 'fulfilled' ? 'up' : String(s.reason)))).toEqual(['up', 'up']);

    // Each migration applied exactly once, none rolled back or left unfinished.
    const applied = await query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(applied.map((m) => m.migration_name)).toEqual([...MIGRATIONS].sort());
    expect(applied.filter((m) => m.finished_at === null || m.rolled_back_at !== null)).toEqual([]);

    // Seeded once: every record of the article once, and one dataset version for the seed.
    const counts = await query<{ sources: string; countries: string; claims: string; figures: string }>(
      'SELECT (SELECT COUNT(*) FROM "Source") AS sources, (SELECT COUNT(*) FROM "Country") AS countries, ' +
        '(SELECT COUNT(*) FROM "Claim") AS claims, (SELECT COUNT(*) FROM "TradeFigure") AS figures',
    );
    expect(counts[0]).toEqual({
      sources: String(articleDataset.sources.length),
      countries: String(articleDataset.countries.length),
      claims: String(articleDataset.claims.length),
      figures: String(articleDataset.tradeFigures.length),
    });
    const [state] = await query<{ version: number }>('SELECT "version" FROM "DatasetState" WHERE "id" = 1');
    expect(state?.version).toBe(1);

    // The start-up lines say the same: one instance migrated and one seeded, the other found them done.
    const outputs = servers.map((s) => s.output());
    expect(outputs.filter((o) => /applied migrations: [1-9]/.test(o))).toHaveLength(1);
    expect(outputs.filter((o) => /seeded the dataset: [1-9]/.test(o))).toHaveLength(1);

    // And both serve the one dataset.
    const totals = await Promise.all(
      servers.map(
        async (s) => ((await (await fetch(`${s.url}/v1/claims?limit=1`)).json()) as { meta: { total: number } }).meta.total,
      ),
    );
    expect(totals).toEqual([articleDataset.claims.length, articleDataset.claims.length]);
  }, 180_000);

  it('an instance whose peer holds the migration lock past the schema engine’s 10 s wait waits again, then comes up', async () => {
    // What a slow host does to the second of two replicas: the first one's deploy holds Prisma's
    // advisory lock (its fixed key) for longer than `migrate deploy` waits for it.
    const holder = new pg.Client({ connectionString: lockedDatabase.url });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock(72707369)');
    const starting = startServer({ DATABASE_URL: lockedDatabase.url, API_KEYS, RATE_LIMIT_MAX: '0' }, 120_000);
    // Released 11 s after the instance's deploy starts waiting for it, so that wait times out.
    const release = (async () => {
      const waiting = "SELECT COUNT(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted";
      while (((await holder.query<{ n: number }>(waiting)).rows[0]?.n ?? 0) === 0) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await new Promise((resolve) => setTimeout(resolve, 11_000));
      await holder.end();
    })();
    try {
      const server = await starting;
      servers.push(server);
      const total = ((await (await fetch(`${server.url}/v1/claims?limit=1`)).json()) as { meta: { total: number } }).meta.total;
      expect(total).toBe(articleDataset.claims.length);
    } finally {
      await release;
    }
  }, 180_000);
});
