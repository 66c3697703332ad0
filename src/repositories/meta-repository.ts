import { sql } from '../db/sql.js';
import { GenerationMap } from './sql-list/generation-map.js';
import type { Reads } from './sql-list/index.js';

export type DatasetStatus = {
  version: number;
  updatedAt: Date;
  counts: { countries: number; leaders: number; claims: number; tradeFigures: number; sources: number };
  sources: { id: string; title: string }[];
};

/**
 * The dataset state, the counts and the sources in one statement, so that they are of one state
 * of the dataset on either engine: a row per source (in id order), each carrying the state and
 * the counts, or a single row with a null source when there is none.
 */
const STATUS = sql(
  `SELECT s."id" AS "id", s."title" AS "title", n.* FROM (SELECT
    (SELECT "version" FROM "DatasetState" WHERE "id" = 1) AS "version",
    (SELECT "updatedAt" FROM "DatasetState" WHERE "id" = 1) AS "updatedAt",
    (SELECT COUNT(*) FROM "Country") AS "countries",
    (SELECT COUNT(*) FROM "Leader") AS "leaders",
    (SELECT COUNT(*) FROM "Claim" WHERE "status" = 'active') AS "claims",
    (SELECT COUNT(*) FROM "TradeFigure" WHERE "status" = 'active') AS "tradeFigures"
  ) n LEFT JOIN "Source" s ON TRUE ORDER BY s."id"`,
);

/** PostgreSQL returns COUNT as a bigint string, SQLite a number. */
type Count = number | bigint | string;

type StatusRow = {
  id: string | null;
  title: string | null;
  version: number | null;
  updatedAt: Date | string | null;
  countries: Count;
  leaders: Count;
  claims: Count;
  tradeFigures: Count;
};

function toStatus(rows: StatusRow[]): DatasetStatus {
  const first = rows[0];
  const sources = rows.flatMap((row) => (row.id === null ? [] : [{ id: row.id, title: row.title ?? '' }]));
  const updatedAt = first?.updatedAt ?? null;
  return {
    version: first?.version ?? 0,
    updatedAt: updatedAt === null ? new Date(0) : new Date(updatedAt),
    counts: {
      countries: Number(first?.countries ?? 0),
      leaders: Number(first?.leaders ?? 0),
      claims: Number(first?.claims ?? 0),
      tradeFigures: Number(first?.tradeFigures ?? 0),
      sources: sources.length,
    },
    sources,
  };
}

export function createMetaRepository({ reader, generation }: Reads) {
  const kept = new GenerationMap<DatasetStatus>(1);
  return {
    /**
     * Read once per dataset generation (what `GET /v1`, the home page and the change feed show
     * of the dataset), then shared: callers must not change it. Kept only if nothing was
     * committed while it was read, as list totals are (sql-table.ts).
     */
    async status(): Promise<DatasetStatus> {
      const before = generation.now();
      const cached = kept.forGeneration(before).get('status');
      if (cached !== undefined) return cached;
      const status = toStatus(await reader.all<StatusRow>(STATUS));
      if (kept.isFor(before) && generation.now(true) === before) kept.set('status', status);
      return status;
    },

    async datasetVersion(): Promise<number> {
      const rows = await reader.all<{ version: number }>(sql('SELECT "version" FROM "DatasetState" WHERE "id" = 1'));
      return rows[0]?.version ?? 0;
    },

    /** True once migrations have run and the seed (or any data) is present. */
    async isSeeded(): Promise<boolean> {
      return (await reader.all(sql('SELECT 1 AS "one" FROM "Source" LIMIT 1'))).length > 0;
    },

    async migrationsApplied(): Promise<number> {
      const rows = await reader.all<{ n: Count }>(
        sql('SELECT COUNT(*) AS "n" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL'),
      );
      return Number(rows[0]?.n ?? 0);
    },
  };
}

export type MetaRepository = ReturnType<typeof createMetaRepository>;
