import { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { and, eq, gte, inList, inSubquery, lte, NONE, or, type Columns } from '../db/conditions.js';
import type { Sql } from '../db/sql.js';
import type { CursorCodec } from '../lib/cursor.js';
import { fieldColumns, isRelevanceSort, relevanceOrder, sortFields, sortOrder } from '../lib/keyset.js';
import type { Tx } from '../db/writer.js';
import type { TradeFigureCreate, TradeFigureListQuery, TradeFigureOut, TradeFigurePatch } from '../schemas/trade-figure.js';
import { TRADE_FACETS, TRADE_SORT_FIELDS, type TradeFigureFacet, type TradeFigureSortField } from '../schemas/list-fields.js';
import { listAll, listMethods, mapOncePerRow, type Filters } from './list.js';
import { isSearch } from '../lib/search.js';
import { searchIds, searchRanking } from './search.js';
import { snippet } from '../lib/snippet.js';
import { COUNTRY_REF, COUNTRY_SELECT, SOURCE_REF, SOURCE_SELECT, sqlTable, type Reads, type TableSpec } from './sql-list.js';
import { versionedWrites, type VersionedResource } from './versioned.js';
import { citedSourceText, locateQuote, newId, patchedInput, requireReference, type WriteDeps } from './write.js';

type TradeFigureColumns = Prisma.TradeFigureGetPayload<object>;
type TradeFigureColumn = Prisma.TradeFigureScalarFieldEnum;

/** API field names whose column is named otherwise. */
const RENAMED = { reporter: 'reporterCode', partner: 'partnerCode' } as const;

const SORT_FIELDS = sortFields<TradeFigureSortField, TradeFigureColumn>(TRADE_SORT_FIELDS, RENAMED, {
  value: 'number',
  periodStart: 'string?',
  createdAt: 'date',
});
const FACET_COLUMNS = fieldColumns<TradeFigureFacet, TradeFigureColumn>(TRADE_FACETS, RENAMED);

const include = {
  reporter: COUNTRY_SELECT,
  partner: COUNTRY_SELECT,
  source: SOURCE_SELECT,
} as const;

type TradeFigureRow = Prisma.TradeFigureGetPayload<{ include: typeof include }>;

const TRADE_FIGURE_TABLE: TableSpec<TradeFigureColumn> = {
  table: 'TradeFigure',
  columns: Object.values(Prisma.TradeFigureScalarFieldEnum),
  booleanColumns: ['approximate'],
  references: [
    { ...COUNTRY_REF, as: 'reporter', column: 'reporterCode' },
    { ...COUNTRY_REF, as: 'partner', column: 'partnerCode' },
    SOURCE_REF,
  ],
};

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
    statedBy: {
      name: row.statedByName,
      type: row.statedByType as TradeFigureOut['statedBy']['type'],
      leaderId: row.statedByLeaderId,
    },
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

/** toTradeFigure for list rows, which the SQL delegate reuses while the dataset is unchanged. */
const listedTradeFigure = mapOncePerRow(toTradeFigure);

type TradeFigureFilters = Filters<TradeFigureListQuery>;

async function resolveTradeFigure(tx: Tx, input: TradeFigureCreate) {
  const text = await citedSourceText(tx, input.sourceId);
  await requireReference(tx, 'country', 'reporterCode', input.reporterCode);
  await requireReference(tx, 'country', 'partnerCode', input.partnerCode);
  const leaderId = input.statedBy.leaderId ?? null;
  await requireReference(tx, 'leader', 'statedBy.leaderId', leaderId);
  const quote = locateQuote(text, input.quote, input.quoteOffsetHint, 'quote');
  return {
    reporterCode: input.reporterCode,
    partnerCode: input.partnerCode,
    indicator: input.indicator,
    value: input.value,
    unit: input.unit,
    kind: input.kind,
    approximate: input.approximate ?? false,
    periodStart: input.periodStart ?? null,
    periodEnd: input.periodEnd ?? null,
    periodLabel: input.periodLabel,
    statedByName: input.statedBy.name,
    statedByType: input.statedBy.type,
    statedByLeaderId: leaderId,
    sourceId: input.sourceId,
    quote: input.quote,
    quoteStart: quote.start,
    quoteEnd: quote.end,
    caveat: input.caveat ?? null,
  };
}

function asInput(row: TradeFigureColumns): TradeFigureCreate {
  return {
    reporterCode: row.reporterCode,
    partnerCode: row.partnerCode,
    indicator: row.indicator as TradeFigureCreate['indicator'],
    value: row.value,
    unit: row.unit as TradeFigureCreate['unit'],
    kind: row.kind as TradeFigureCreate['kind'],
    approximate: row.approximate,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    periodLabel: row.periodLabel,
    statedBy: {
      name: row.statedByName,
      type: row.statedByType as TradeFigureCreate['statedBy']['type'],
      leaderId: row.statedByLeaderId,
    },
    sourceId: row.sourceId,
    quote: row.quote,
    quoteOffsetHint: row.quoteStart,
    caveat: row.caveat,
  };
}

type Resolved = Awaited<ReturnType<typeof resolveTradeFigure>>;

async function updateTradeFigure(tx: Tx, id: string, data: Prisma.TradeFigureUncheckedUpdateInput): Promise<TradeFigureOut> {
  return toTradeFigure(await tx.tradeFigure.update({ where: { id }, data, include }));
}

const TRADE_FIGURE_WRITES = {
  resourceType: 'trade_figure',
  noun: 'Trade figure',
  find: (tx, id) => tx.tradeFigure.findUnique({ where: { id } }),
  newId: (input) => newId(input.reporterCode, input.partnerCode, input.indicator),
  created: resolveTradeFigure,
  updated: (tx, before, changes) => resolveTradeFigure(tx, patchedInput(asInput(before), changes, { quote: 'quoteOffsetHint' })),
  insert: async (tx, id, data) => toTradeFigure(await tx.tradeFigure.create({ data: { id, ...data }, include })),
  save: updateTradeFigure,
  retract: updateTradeFigure,
} satisfies VersionedResource<TradeFigureColumns, TradeFigureCreate, TradeFigurePatch, Resolved, Resolved, TradeFigureOut>;

/** The filters of a trade figure list on the given columns (the search is ListQuery.match). */
function tradeFigureFilter(f: TradeFigureFilters) {
  return (column: Columns<TradeFigureColumn>): Sql =>
    and(
      f.reporter && inList(column('reporterCode'), f.reporter),
      f.partner && inList(column('partnerCode'), f.partner),
      f.country && or(inList(column('reporterCode'), f.country), inList(column('partnerCode'), f.country)),
      f.indicator && inList(column('indicator'), f.indicator),
      f.unit && inList(column('unit'), f.unit),
      f.kind && inList(column('kind'), f.kind),
      f.statedBy && inList(column('statedByLeaderId'), f.statedBy),
      f.statedByType && inList(column('statedByType'), f.statedByType),
      f.source && inList(column('sourceId'), f.source),
      f.status === 'all' ? undefined : eq(column('status'), f.status),
      f['value[gte]'] === undefined ? undefined : gte(column('value'), f['value[gte]']),
      f['value[lte]'] === undefined ? undefined : lte(column('value'), f['value[lte]']),
      f['period[from]'] ? gte(column('periodStart'), f['period[from]']) : undefined,
      f['period[to]'] ? lte(column('periodEnd'), `${f['period[to]']}\uffff`) : undefined,
    );
}

const tradeFigureOrder = (sort: string | undefined, filters?: TradeFigureFilters) =>
  isRelevanceSort(sort, isSearch(filters?.q))
    ? relevanceOrder<TradeFigureColumn>('id')
    : sortOrder(sort, SORT_FIELDS, 'reporter,id');

export function createTradeFigureRepository(db: Db, reads: Reads, codec: CursorCodec, deps: WriteDeps) {
  const table = sqlTable<TradeFigureRow, TradeFigureColumn>(reads, TRADE_FIGURE_TABLE);
  const writes = versionedWrites(deps, TRADE_FIGURE_WRITES);

  function searchMatch(filters: TradeFigureFilters): Sql | undefined {
    if (!isSearch(filters.q)) return undefined;
    const ids = searchIds(reads.reader, 'tradeFigure', filters.q);
    return ids === null ? NONE : inSubquery(table.column('id'), ids);
  }

  return {
    ...listMethods<TradeFigureListQuery, TradeFigureRow, TradeFigureColumn, TradeFigureOut, TradeFigureFacet>(
      table,
      codec,
      {
        order: tradeFigureOrder,
        filter: tradeFigureFilter,
        match: searchMatch,
        ranking: (filters, order) =>
          isSearch(filters.q) && order.keys[0]?.ref !== undefined
            ? searchRanking(reads.reader, 'tradeFigure', filters.q)
            : undefined,
        snippet: (filters, figure) =>
          isSearch(filters.q)
            ? snippet({ quote: figure.quote, caveat: figure.caveat, statedBy: figure.statedBy.name }, filters.q)
            : undefined,
      },
      listedTradeFigure,
      FACET_COLUMNS,
    ),

    /** The active figures a country reports, by id (its `include=tradeFigures`). */
    async *activeForReporter(code: string): AsyncGenerator<TradeFigureOut> {
      const filter = (column: Columns<TradeFigureColumn>) =>
        and(eq(column('reporterCode'), code), eq(column('status'), 'active'));
      for await (const row of listAll(table, { filter, order: tradeFigureOrder('id') })) yield listedTradeFigure(row);
    },

    async findById(id: string): Promise<TradeFigureOut | null> {
      const row = await db.tradeFigure.findUnique({ where: { id }, include });
      return row === null ? null : toTradeFigure(row);
    },

    create: writes.create,
    update: writes.update,
    retract: writes.retract,
  };
}

export type TradeFigureRepository = ReturnType<typeof createTradeFigureRepository>;
