import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import type { CursorCodec } from '../lib/cursor.js';
import { sortKeys, type SortField, type Where } from '../lib/keyset.js';
import { ftsMatchExpression } from '../lib/search.js';
import type { TradeFigureListQuery, TradeFigureOut } from '../schemas/trade-figure.js';
import { renameFacets } from './claim-repository.js';
import { listAll, listPage, type ListDelegate, type ListResult } from './list.js';

const SORT_FIELDS: Record<string, SortField> = {
  id: { column: 'id', nullable: false, type: 'string' },
  reporter: { column: 'reporterCode', nullable: false, type: 'string' },
  partner: { column: 'partnerCode', nullable: false, type: 'string' },
  indicator: { column: 'indicator', nullable: false, type: 'string' },
  value: { column: 'value', nullable: false, type: 'number' },
  unit: { column: 'unit', nullable: false, type: 'string' },
  periodStart: { column: 'periodStart', nullable: true, type: 'string' },
  createdAt: { column: 'createdAt', nullable: false, type: 'date' },
};

const FACET_COLUMNS: Record<string, string> = {
  reporter: 'reporterCode',
  partner: 'partnerCode',
  indicator: 'indicator',
  unit: 'unit',
  kind: 'kind',
  statedByType: 'statedByType',
};

const include = {
  reporter: { select: { code: true, name: true } },
  partner: { select: { code: true, name: true } },
  source: { select: { id: true, title: true } },
} as const;

type TradeFigureRow = Prisma.TradeFigureGetPayload<{ include: typeof include }>;

export function toTradeFigure(row: TradeFigureRow): TradeFigureOut {
  return {
    id: row.id,
    reporter: { code: row.reporter.code, name: row.reporter.name },
    partner: { code: row.partner.code, name: row.partner.name },
    indicator: row.indicator as TradeFigureOut['indicator'],
    value: row.value,
    unit: row.unit as TradeFigureOut['unit'],
    kind: row.kind as TradeFigureOut['kind'],
    approximate: row.approximate,
    period: { start: row.periodStart, end: row.periodEnd, label: row.periodLabel },
    statedBy: { name: row.statedByName, type: row.statedByType as TradeFigureOut['statedBy']['type'], leaderId: row.statedByLeaderId },
    quote: row.quote,
    quoteStart: row.quoteStart,
    quoteEnd: row.quoteEnd,
    source: { id: row.source.id, title: row.source.title },
    caveat: row.caveat,
    status: row.status as TradeFigureOut['status'],
    retractionReason: row.retractionReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type TradeFigureFilters = Omit<TradeFigureListQuery, 'limit' | 'cursor' | 'format' | 'sort' | 'facet'>;

export function createTradeFigureRepository(db: Db, codec: CursorCodec) {
  const delegate = db.tradeFigure as unknown as ListDelegate<TradeFigureRow>;

  async function buildWhere(f: TradeFigureFilters): Promise<Where> {
    const and: Where[] = [];
    if (f.reporter) and.push({ reporterCode: { in: f.reporter } });
    if (f.partner) and.push({ partnerCode: { in: f.partner } });
    if (f.country) and.push({ OR: [{ reporterCode: { in: f.country } }, { partnerCode: { in: f.country } }] });
    if (f.indicator) and.push({ indicator: { in: f.indicator } });
    if (f.unit) and.push({ unit: { in: f.unit } });
    if (f.kind) and.push({ kind: { in: f.kind } });
    if (f.statedBy) and.push({ statedByLeaderId: { in: f.statedBy } });
    if (f.statedByType) and.push({ statedByType: { in: f.statedByType } });
    if (f.source) and.push({ sourceId: { in: f.source } });
    if (f.status !== 'all') and.push({ status: f.status });
    if (f['value[gte]'] !== undefined) and.push({ value: { gte: f['value[gte]'] } });
    if (f['value[lte]'] !== undefined) and.push({ value: { lte: f['value[lte]'] } });
    if (f['period[from]']) and.push({ periodStart: { gte: f['period[from]'] } });
    if (f['period[to]']) and.push({ periodEnd: { lte: `${f['period[to]']}\uffff` } });
    if (f.q !== undefined && f.q.trim() !== '') {
      const match = ftsMatchExpression(f.q, []);
      const ids =
        match === null
          ? []
          : (
              await db.$queryRaw<{ trade_figure_id: string }[]>`SELECT trade_figure_id FROM trade_figure_fts WHERE trade_figure_fts MATCH ${match}`
            ).map((r) => r.trade_figure_id);
      and.push({ id: { in: ids } });
    }
    return { AND: and };
  }

  function split(query: TradeFigureListQuery) {
    const { limit, cursor, format: _format, sort, facet, ...filters } = query;
    return { limit, cursor, keys: sortKeys(sort, SORT_FIELDS, 'reporter,id'), facet: facet ?? [], filters };
  }

  return {
    async list(query: TradeFigureListQuery): Promise<ListResult<TradeFigureOut>> {
      const { limit, cursor, keys, facet, filters } = split(query);
      const where = await buildWhere(filters);
      const result = await listPage(
        delegate,
        codec,
        {
          where,
          keys,
          limit,
          cursor,
          facets: facet.map((name: string) => FACET_COLUMNS[name] ?? name),
          fingerprintOf: [filters, keys.map((k) => [k.name, k.direction])],
        },
        include,
      );
      return { ...result, rows: result.rows.map(toTradeFigure), facets: renameFacets(result.facets, facet, FACET_COLUMNS) };
    },

    async *exportAll(query: TradeFigureListQuery): AsyncGenerator<TradeFigureOut> {
      const { keys, filters } = split(query);
      for await (const row of listAll(delegate, await buildWhere(filters), keys, include)) yield toTradeFigure(row);
    },

    async findById(id: string): Promise<TradeFigureOut | null> {
      const row = await db.tradeFigure.findUnique({ where: { id }, include });
      return row === null ? null : toTradeFigure(row);
    },
  };
}

export type TradeFigureRepository = ReturnType<typeof createTradeFigureRepository>;
