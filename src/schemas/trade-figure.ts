import { z } from 'zod';
import { TRADE_FACETS, TRADE_SORT_FIELDS } from './list-fields.js';
import { CLAIMANT_TYPES, FIGURE_KINDS, INDICATORS, RECORD_STATUSES, UNITS } from '../domain/vocabulary.js';
import { actorSchema, countryRefSchema, evidenceFields, sourceRefSchema } from './claim.js';
import {
  commaList,
  COUNTRY_LIST,
  countryCodeParam,
  bomQuery,
  formatQuery,
  itemEnvelope,
  listEnvelope,
  offsetHint,
  paginationQuery,
  patchBody,
  SLUG_LIST,
  slugParam,
  text,
  verbatim,
} from './common.js';
import { partialDate } from './dates.js';
import { numberParam } from './query-numbers.js';

export const tradeFigureSchema = z
  .object({
    id: z.string(),
    reporter: countryRefSchema.describe('The country whose trade is measured'),
    partner: countryRefSchema,
    indicator: z
      .enum(INDICATORS)
      .describe(
        'bilateral_trade: all trade between reporter and partner; total_trade: the reporter’s trade with the whole world; oil_imports, exports, imports: the reporter’s, from or to the partner',
      ),
    value: z.number().describe('In base units: USD as dollars (40000000000, not 40), percent as 12 for 12%'),
    unit: z.enum(UNITS),
    kind: z.enum(FIGURE_KINDS).describe('level: an amount; change: a rise or fall; ratio: a multiple'),
    approximate: z.boolean().describe('The source hedges the number (e.g. “environ”)'),
    period: z.object({
      start: z.string().nullable().describe('ISO date, only when the source fixes it'),
      end: z.string().nullable(),
      label: z.string().describe('The source’s own wording of the period'),
    }),
    statedBy: actorSchema.describe('Who gives the figure; type other and no leaderId when the source leaves it unclear'),
    quote: z.string(),
    quoteStart: z.number().int(),
    quoteEnd: z.number().int(),
    source: sourceRefSchema,
    caveat: z.string().nullable().describe('Where the source’s arithmetic or comparison is questionable'),
    status: z.enum(RECORD_STATUSES),
    retractionReason: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TradeFigure' });

export type TradeFigureOut = z.infer<typeof tradeFigureSchema>;

export const tradeFilterQuery = {
  partner: commaList(countryCodeParam, COUNTRY_LIST).optional().describe('Comma list of partner country codes'),
  indicator: commaList(z.enum(INDICATORS))
    .optional()
    .describe(`Comma list of: ${INDICATORS.join(', ')}`),
  unit: commaList(z.enum(UNITS))
    .optional()
    .describe(`Comma list of: ${UNITS.join(', ')}`),
  kind: commaList(z.enum(FIGURE_KINDS))
    .optional()
    .describe(`Comma list of: ${FIGURE_KINDS.join(', ')}`),
  statedBy: commaList(slugParam, SLUG_LIST).optional().describe('Comma list of leader ids who stated the figure'),
  statedByType: commaList(z.enum(CLAIMANT_TYPES))
    .optional()
    .describe(`Comma list of: ${CLAIMANT_TYPES.join(', ')}`),
  source: commaList(slugParam, SLUG_LIST).optional().describe('Comma list of source ids'),
  status: z.enum(['active', 'retracted', 'all']).default('active'),
  'value[gte]': numberParam.optional().describe('Value at least this (in the figure’s unit)'),
  'value[lte]': numberParam.optional().describe('Value at most this'),
  'period[from]': partialDate.optional().describe('Figures whose period starts on or after this date'),
  'period[to]': partialDate.optional().describe('Figures whose period ends on or before this date (the whole period if partial)'),
  q: z
    .string()
    .max(500)
    .optional()
    .describe(
      'Full-text search over quote, caveat and who stated it; a number matches however its thousands are separated. Sorted by relevance unless sort says otherwise',
    ),
  sort: z
    .string()
    .max(200)
    .optional()
    .describe(
      `Comma list of ${TRADE_SORT_FIELDS.join(', ')}, "-" for descending (default reporter,id); or relevance, alone, with q: best matches first, then id; the default when q is given`,
    ),
  facet: commaList(z.enum(TRADE_FACETS))
    .optional()
    .describe(`Count matches per value of: ${TRADE_FACETS.join(', ')}`),
  format: formatQuery,
  bom: bomQuery,
  ...paginationQuery,
};

export const tradeFigureListQuery = z.strictObject({
  reporter: commaList(countryCodeParam, COUNTRY_LIST).optional().describe('Comma list of reporter country codes'),
  country: commaList(countryCodeParam, COUNTRY_LIST)
    .optional()
    .describe('Figures where any of these countries is reporter or partner'),
  ...tradeFilterQuery,
});
export type TradeFigureListQuery = z.infer<typeof tradeFigureListQuery>;
export const countryTradeFigureListQuery = z.strictObject(tradeFilterQuery);

export const tradeFigureParams = z.strictObject({ id: slugParam.describe('Trade figure id') });
export const tradeFigureListResponse = listEnvelope(tradeFigureSchema, 'TradeFigureList');
export const tradeFigureResponse = itemEnvelope(tradeFigureSchema, 'TradeFigureResponse');

export const tradeFigureEvidenceSchema = z
  .object({ tradeFigureId: z.string(), ...evidenceFields })
  .meta({ id: 'TradeFigureEvidence' });
export const tradeFigureEvidenceResponse = itemEnvelope(tradeFigureEvidenceSchema, 'TradeFigureEvidenceResponse');

const statedByInput = z.strictObject({
  name: text(200),
  type: z.enum(CLAIMANT_TYPES),
  leaderId: slugParam.nullable().optional(),
});

const tradeFigureFields = {
  reporterCode: z.string().regex(/^[A-Z]{2}$/, 'must be an upper-case ISO alpha-2 code'),
  partnerCode: z.string().regex(/^[A-Z]{2}$/, 'must be an upper-case ISO alpha-2 code'),
  indicator: z.enum(INDICATORS),
  value: z.number().finite().describe('In base units of `unit`: USD as dollars'),
  unit: z.enum(UNITS),
  kind: z.enum(FIGURE_KINDS),
  approximate: z.boolean().optional(),
  periodStart: partialDate.nullable().optional(),
  periodEnd: partialDate.nullable().optional(),
  periodLabel: text(500).describe('The source’s own wording of the period'),
  statedBy: statedByInput,
  sourceId: slugParam,
  quote: verbatim(5000),
  quoteOffsetHint: offsetHint.optional(),
  caveat: text(2000).nullable().optional(),
};

export const tradeFigureCreateBody = z.strictObject(tradeFigureFields).meta({ id: 'TradeFigureCreate' });
export type TradeFigureCreate = z.infer<typeof tradeFigureCreateBody>;

export const tradeFigurePatchBody = patchBody(tradeFigureFields, 'TradeFigurePatch');
export type TradeFigurePatch = z.infer<typeof tradeFigurePatchBody>;
