import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../db/write-tx.js';
import type { TradeFigureCreate, TradeFigureOut, TradeFigurePatch } from '../schemas/trade-figure.js';
import { recordRow } from './record-row.js';
import { COUNTRY_REF, COUNTRY_SELECT, SOURCE_REF, SOURCE_SELECT, type RecordSpec } from './sql-list/index.js';
import type { VersionedResource } from './versioned.js';
import { citedSourceText, locateQuote, newId, patchedInput, requireReference } from './write.js';

type TradeFigureColumns = Prisma.TradeFigureGetPayload<object>;

/** What a trade figure is read with: its two countries and its source as references. */
export const include = {
  reporter: COUNTRY_SELECT,
  partner: COUNTRY_SELECT,
  source: SOURCE_SELECT,
} as const;

export type TradeFigureRow = Prisma.TradeFigureGetPayload<{ include: typeof include }>;

/** A trade figure read with raw SQL in the shape `include` gives. */
export const TRADE_FIGURE_RECORD = {
  table: 'TradeFigure',
  booleanColumns: ['approximate'],
  references: [
    { ...COUNTRY_REF, as: 'reporter', column: 'reporterCode' },
    { ...COUNTRY_REF, as: 'partner', column: 'partnerCode' },
    SOURCE_REF,
  ],
} as const satisfies RecordSpec;

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

const tradeFigureRow = recordRow(TRADE_FIGURE_RECORD, toTradeFigure, { retractable: true });

/** The parts of the write path that are a trade figure's own (see versioned.ts). */
export const TRADE_FIGURE_WRITES = {
  resourceType: 'trade_figure',
  noun: 'Trade figure',
  table: 'TradeFigure',
  find: (tx, id) => tradeFigureRow.columns<TradeFigureColumns>(tx, id),
  newId: (tx, input) => newId(tx, 'TradeFigure', input.reporterCode, input.partnerCode, input.indicator),
  created: resolveTradeFigure,
  updated: (tx, before, changes) => resolveTradeFigure(tx, patchedInput(asInput(before), changes, { quote: 'quoteOffsetHint' })),
  insert: tradeFigureRow.insert,
  save: tradeFigureRow.save,
  retractable: true,
  read: tradeFigureRow.read,
} satisfies VersionedResource<TradeFigureColumns, TradeFigureCreate, TradeFigurePatch, Resolved, Resolved, TradeFigureOut>;
