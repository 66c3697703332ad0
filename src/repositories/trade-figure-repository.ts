// The browser entry: Prisma's enums and types without its client, which this process never loads.
import { Prisma } from '../generated/prisma/browser.js';
import { and, eq, gte, inList, inSubquery, lte, NONE, or, type Columns } from '../db/conditions.js';
import type { Sql } from '../db/sql.js';
import type { CursorCodec } from '../lib/cursor.js';
import { fieldColumns, isRelevanceSort, relevanceOrder, sortFields, sortOrder } from '../lib/keyset.js';
import type { TradeFigureListQuery, TradeFigureOut } from '../schemas/trade-figure.js';
import { TRADE_FACETS, TRADE_SORT_FIELDS, type TradeFigureFacet, type TradeFigureSortField } from '../schemas/list-fields.js';
import { listAll, type Filters } from './list.js';
import { isSearch } from '../lib/search.js';
import type { NameSpellings } from './name-spellings.js';
import { searchIds, searchRanking } from './search.js';
import { snippet } from '../lib/snippet.js';
import { quoteEvidence, readWithSource } from './evidence.js';
import { listedResource } from './resource-list.js';
import type { Reads } from './sql-list/index.js';
import { toTradeFigure, TRADE_FIGURE_RECORD, TRADE_FIGURE_WRITES, type TradeFigureRow } from './trade-figure-record.js';
import type { WriteDeps } from './versioned.js';

type TradeFigureColumn = Prisma.TradeFigureScalarFieldEnum;

/** API field names whose column is named otherwise. */
const RENAMED = { reporter: 'reporterCode', partner: 'partnerCode' } as const;

const SORT_FIELDS = sortFields<TradeFigureSortField, TradeFigureColumn>(TRADE_SORT_FIELDS, RENAMED, {
  value: 'number',
  periodStart: 'string?',
  createdAt: 'date',
});
const FACET_COLUMNS = fieldColumns<TradeFigureFacet, TradeFigureColumn>(TRADE_FACETS, RENAMED);

const TRADE_FIGURES = listedResource(TRADE_FIGURE_RECORD, Prisma.TradeFigureScalarFieldEnum, toTradeFigure, TRADE_FIGURE_WRITES);
const listedTradeFigure = TRADE_FIGURES.listed;

type TradeFigureFilters = Filters<TradeFigureListQuery>;

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

export function createTradeFigureRepository(reads: Reads, codec: CursorCodec, deps: WriteDeps, spellings: NameSpellings) {
  const { table, list, writes } = TRADE_FIGURES.open<TradeFigureListQuery, TradeFigureFacet>(
    reads,
    codec,
    deps,
    (table) => ({
      prepare: (filters) => (isSearch(filters.q) ? spellings.fresh() : undefined),
      order: tradeFigureOrder,
      filter: tradeFigureFilter,
      match: (filters) => {
        if (!isSearch(filters.q)) return undefined;
        const ids = searchIds(reads.reader, 'tradeFigure', filters.q, [], spellings.current());
        return ids === null ? NONE : inSubquery(table.column('id'), ids);
      },
      ranking: (filters, order) =>
        isSearch(filters.q) && order.keys[0]?.ref !== undefined
          ? searchRanking(reads.reader, 'tradeFigure', filters.q, [], spellings.current())
          : undefined,
      snippet: (filters, figure) =>
        isSearch(filters.q)
          ? snippet(
              { quote: figure.quote, caveat: figure.caveat, statedBy: figure.statedBy.name },
              filters.q,
              spellings.current(),
            )
          : undefined,
      snippetBasis: () => spellings.current(),
    }),
    FACET_COLUMNS,
  );
  const withSource = (id: string) => readWithSource<TradeFigureRow>(reads.reader, TRADE_FIGURE_RECORD, id);

  return {
    ...list,

    /**
     * A cursor of `query` whose page starts with `figure`, so that a link to that page certainly
     * shows it when it matches the query's filters (null in a relevance order).
     */
    cursorAt(query: TradeFigureListQuery, figure: TradeFigureOut): string | null {
      return list.cursorFrom(query, {
        id: figure.id,
        reporterCode: figure.reporter.code,
        partnerCode: figure.partner.code,
        indicator: figure.indicator,
        value: figure.value,
        unit: figure.unit,
        periodStart: figure.period.start,
        createdAt: figure.createdAt,
      });
    },

    /** The active figures a country reports, by id (its `include=tradeFigures`). */
    async *activeForReporter(code: string): AsyncGenerator<TradeFigureOut> {
      const filter = (column: Columns<TradeFigureColumn>) =>
        and(eq(column('reporterCode'), code), eq(column('status'), 'active'));
      for await (const row of listAll(table, { filter, order: tradeFigureOrder('id') })) yield listedTradeFigure(row);
    },

    /** Read as the list reads it (raw SQL, the row cache per dataset state). */
    async findById(id: string): Promise<TradeFigureOut | null> {
      const row = (await table.page(eq(table.column('id'), id), tradeFigureOrder('id'), 1)).rows[0];
      return row === undefined ? null : toTradeFigure(row);
    },

    async evidence(id: string) {
      const row = await withSource(id);
      return row === null ? null : { tradeFigureId: row.id, ...quoteEvidence(row) };
    },

    /** The evidence and the record it belongs to, of one state of the dataset: an annotation's target and body never mix versions. */
    async annotated(id: string) {
      const row = await withSource(id);
      return row === null ? null : { evidence: { tradeFigureId: row.id, ...quoteEvidence(row) }, record: toTradeFigure(row) };
    },

    create: writes.create,
    update: writes.update,
    retract: writes.retract,
  };
}

export type TradeFigureRepository = ReturnType<typeof createTradeFigureRepository>;
