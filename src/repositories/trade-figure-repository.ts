import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import type { CursorCodec } from '../lib/cursor.js';
import { sortKeys, type SortField, type Where } from '../lib/keyset.js';
import type { Tx } from '../db/writer.js';
import { DuplicateRecordError, RecordNotFoundError, UnknownReferenceError } from '../domain/errors.js';
import type { TradeFigureCreate, TradeFigureListQuery, TradeFigureOut, TradeFigurePatch } from '../schemas/trade-figure.js';
import {
  assertVersion,
  type ExpectedVersion,
  audit,
  locateQuote,
  newId,
  performWrite,
  type WriteContext,
  type WriteDeps,
  type WriteResult,
} from './write.js';
import { renameFacets } from './claim-repository.js';
import { listAll, listPage, mapOncePerRow, type ListResult } from './list.js';
import { isSearch } from '../lib/search.js';
import { searchIds } from './search.js';
import { inSubquery, matchDrivenCounts, sqlListDelegate, type Reads, type TableSpec } from './sql-list.js';

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

const TRADE_FIGURE_TABLE: TableSpec<TradeFigureRow> = {
  table: 'TradeFigure',
  columns: [
    'id',
    'reporterCode',
    'partnerCode',
    'indicator',
    'value',
    'unit',
    'kind',
    'periodStart',
    'periodEnd',
    'statedByType',
    'statedByLeaderId',
    'sourceId',
    'status',
    'createdAt',
    'updatedAt',
  ],
  dateColumns: ['createdAt', 'updatedAt'],
  booleanColumns: ['approximate'],
  select: 'r."name" AS "reporterName", p."name" AS "partnerName", s."title" AS "sourceTitle"',
  joins:
    'JOIN "Country" r ON r."code" = t."reporterCode" JOIN "Country" p ON p."code" = t."partnerCode" JOIN "Source" s ON s."id" = t."sourceId"',
  nest: (row) =>
    ({
      ...row,
      reporter: { code: row.reporterCode, name: row.reporterName },
      partner: { code: row.partnerCode, name: row.partnerName },
      source: { id: row.sourceId, title: row.sourceTitle },
    }) as unknown as TradeFigureRow,
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

export type TradeFigureFilters = Omit<TradeFigureListQuery, 'limit' | 'cursor' | 'format' | 'sort' | 'facet'>;

type TradeFigureColumns = Prisma.TradeFigureGetPayload<object>;

async function resolveTradeFigure(tx: Tx, input: TradeFigureCreate) {
  const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { text: true } });
  if (source === null) throw new UnknownReferenceError('sourceId', input.sourceId);
  for (const [field, code] of [
    ['reporterCode', input.reporterCode],
    ['partnerCode', input.partnerCode],
  ] as const) {
    if ((await tx.country.count({ where: { code } })) === 0) throw new UnknownReferenceError(field, code);
  }
  const leaderId = input.statedBy.leaderId ?? null;
  if (leaderId !== null && (await tx.leader.count({ where: { id: leaderId } })) === 0) {
    throw new UnknownReferenceError('statedBy.leaderId', leaderId);
  }
  const quote = locateQuote(source.text, input.quote, input.quoteOffsetHint, 'quote');
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

export function createTradeFigureRepository(db: Db, reads: Reads, codec: CursorCodec, deps: WriteDeps) {
  async function current(tx: Tx, id: string): Promise<TradeFigureColumns> {
    const row = await tx.tradeFigure.findUnique({ where: { id } });
    if (row === null) throw new RecordNotFoundError('Trade figure', id);
    return row;
  }

  const delegate = sqlListDelegate(reads, TRADE_FIGURE_TABLE);

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
    if (isSearch(f.q)) {
      const ids = searchIds(reads.reader, 'tradeFigure', f.q);
      and.push(ids === null ? { id: { in: [] } } : inSubquery('id', ids));
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
        isSearch(filters.q) ? matchDrivenCounts(delegate) : delegate,
        codec,
        {
          where,
          keys,
          limit,
          cursor,
          facets: facet.map((name: string) => FACET_COLUMNS[name] ?? name),
          filters,
        },
        include,
      );
      return { ...result, rows: result.rows.map(listedTradeFigure), facets: renameFacets(result.facets, facet, FACET_COLUMNS) };
    },

    async *exportAll(query: TradeFigureListQuery): AsyncGenerator<TradeFigureOut> {
      const { keys, filters } = split(query);
      for await (const row of listAll(delegate, await buildWhere(filters), keys, include)) yield listedTradeFigure(row);
    },

    /** The active figures a country reports, by id (its `include=tradeFigures`). */
    async *activeForReporter(code: string): AsyncGenerator<TradeFigureOut> {
      const where = { AND: [{ reporterCode: code }, { status: 'active' }] };
      for await (const row of listAll(delegate, where, sortKeys('id', SORT_FIELDS, 'reporter,id'))) {
        yield listedTradeFigure(row);
      }
    },

    async findById(id: string): Promise<TradeFigureOut | null> {
      const row = await db.tradeFigure.findUnique({ where: { id }, include });
      return row === null ? null : toTradeFigure(row);
    },

    create(input: TradeFigureCreate, ctx: WriteContext): Promise<WriteResult<TradeFigureOut>> {
      return performWrite(deps, ctx, 201, async (tx, datasetVersion) => {
        const data = await resolveTradeFigure(tx, input);
        const id = newId(input.reporterCode, input.partnerCode, input.indicator);
        const row = await tx.tradeFigure.create({ data: { id, ...data }, include });
        await audit(tx, {
          resourceType: 'trade_figure',
          resourceId: id,
          version: 1,
          action: 'create',
          actor: ctx.actor,
          reason: null,
          before: {},
          after: data,
          datasetVersion,
        });
        return toTradeFigure(row);
      });
    },

    update(
      id: string,
      patch: TradeFigurePatch,
      expectedVersion: ExpectedVersion,
      ctx: WriteContext,
    ): Promise<WriteResult<TradeFigureOut>> {
      return performWrite(deps, ctx, 200, async (tx, datasetVersion) => {
        const before = await current(tx, id);
        assertVersion(before, expectedVersion);
        const { reason, ...changes } = patch;
        const merged = { ...asInput(before), ...changes };
        if (changes.quote !== undefined || changes.sourceId !== undefined) merged.quoteOffsetHint = changes.quoteOffsetHint;
        const data = await resolveTradeFigure(tx, merged);
        const version = before.version + 1;
        const row = await tx.tradeFigure.update({ where: { id }, data: { ...data, version }, include });
        await audit(tx, {
          resourceType: 'trade_figure',
          resourceId: id,
          version,
          action: 'update',
          actor: ctx.actor,
          reason,
          before,
          after: data,
          datasetVersion,
        });
        return toTradeFigure(row);
      });
    },

    retract(
      id: string,
      reason: string,
      expectedVersion: ExpectedVersion,
      ctx: WriteContext,
    ): Promise<WriteResult<TradeFigureOut>> {
      return performWrite(deps, ctx, 200, async (tx, datasetVersion) => {
        const before = await current(tx, id);
        assertVersion(before, expectedVersion);
        if (before.status === 'retracted') throw new DuplicateRecordError(`Trade figure "${id}" is already retracted.`);
        const version = before.version + 1;
        const after = { status: 'retracted', retractionReason: reason };
        const row = await tx.tradeFigure.update({ where: { id }, data: { ...after, version }, include });
        await audit(tx, {
          resourceType: 'trade_figure',
          resourceId: id,
          version,
          action: 'retract',
          actor: ctx.actor,
          reason,
          before,
          after,
          datasetVersion,
        });
        return toTradeFigure(row);
      });
    },
  };
}

export type TradeFigureRepository = ReturnType<typeof createTradeFigureRepository>;
