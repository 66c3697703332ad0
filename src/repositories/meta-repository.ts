import type { Db } from '../db/client.js';

export type DatasetStatus = {
  version: number;
  updatedAt: Date;
  counts: { countries: number; leaders: number; claims: number; tradeFigures: number; sources: number };
  sources: { id: string; title: string }[];
};

export function createMetaRepository(db: Db) {
  return {
    async status(): Promise<DatasetStatus> {
      const active = { status: 'active' };
      const [state, countries, leaders, claims, tradeFigures, sources] = await Promise.all([
        db.datasetState.findUnique({ where: { id: 1 } }),
        db.country.count(),
        db.leader.count(),
        db.claim.count({ where: active }),
        db.tradeFigure.count({ where: active }),
        db.source.findMany({ select: { id: true, title: true }, orderBy: { id: 'asc' } }),
      ]);
      return {
        version: state?.version ?? 0,
        updatedAt: state?.updatedAt ?? new Date(0),
        counts: { countries, leaders, claims, tradeFigures, sources: sources.length },
        sources,
      };
    },

    async datasetVersion(): Promise<number> {
      const state = await db.datasetState.findUnique({ where: { id: 1 }, select: { version: true } });
      return state?.version ?? 0;
    },

    /** True once migrations have run and the seed (or any data) is present. */
    async isSeeded(): Promise<boolean> {
      return (await db.source.count()) > 0;
    },

    async migrationsApplied(): Promise<number> {
      const rows = await db.$queryRaw<
        { n: bigint | number }[]
      >`SELECT COUNT(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
      return Number(rows[0]?.n ?? 0);
    },
  };
}

export type MetaRepository = ReturnType<typeof createMetaRepository>;
