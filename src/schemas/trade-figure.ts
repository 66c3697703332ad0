import { z } from 'zod';
import { TRADE_FACETS, TRADE_SORT_FIELDS } from './list-fields.js';
import { CLAIMANT_TYPES, FIGURE_KINDS, INDICATORS, UNITS } from '../domain/vocabulary.js';
import { evidenceFields } from './claim.js';
import { envelopes, itemEnvelope, offsetHint, patchBody, slugParam, text, verbatim } from './common.js';
import { partialDate } from './dates.js';
import {
  countryCodes,
  listQueries,
  listQueryTail,
  searchQuery,
  slugs,
  SORT_TIES,
  sortQuery,
  vocabularyList,
} from './list-query.js';
import { numberParam } from './query-numbers.js';
import { actorInput, actorSchema, countryCodeInput, countryRefSchema, quotedFields, retractableFields } from './record-fields.js';

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
    ...quotedFields(),
    caveat: z.string().nullable().describe('Where the source’s arithmetic or comparison is questionable'),
    ...retractableFields(),
  })
  .meta({ id: 'TradeFigure' });

export type TradeFigureOut = z.infer<typeof tradeFigureSchema>;

export const tradeFilterQuery = {
  partner: countryCodes('Comma list of partner country codes'),
  indicator: vocabularyList(INDICATORS),
  unit: vocabularyList(UNITS),
  kind: vocabularyList(FIGURE_KINDS),
  statedBy: slugs('Comma list of leader ids who stated the figure'),
  statedByType: vocabularyList(CLAIMANT_TYPES),
  source: slugs('Comma list of source ids'),
  status: z.enum(['active', 'retracted', 'all']).default('active'),
  'value[gte]': numberParam.optional().describe('Value at least this (in the figure’s unit)'),
  'value[lte]': numberParam.optional().describe('Value at most this'),
  'period[from]': partialDate.optional().describe('Figures whose period starts on or after this date'),
  'period[to]': partialDate.optional().describe('Figures whose period ends on or before this date (the whole period if partial)'),
  q: searchQuery(
    'Full-text search over quote, caveat and who stated it; a word of a person’s name also matches its other recorded spelling, and a person’s full name a mention by its later words; a number matches however its thousands are separated. Sorted by relevance unless sort says otherwise',
  ),
  sort: sortQuery(
    `Comma list of ${TRADE_SORT_FIELDS.join(', ')}, "-" for descending (default reporter,id); ${SORT_TIES}; or relevance, alone, with q: best matches first, then id; the default when q is given`,
    200,
  ),
  facet: vocabularyList(TRADE_FACETS, `Count matches per value of: ${TRADE_FACETS.join(', ')}`),
  ...listQueryTail,
};

export const { all: tradeFigureListQuery, ofCountry: countryTradeFigureListQuery } = listQueries(
  {
    reporter: countryCodes('Comma list of reporter country codes'),
    country: countryCodes('Figures where any of these countries is reporter or partner'),
  },
  tradeFilterQuery,
);
export type TradeFigureListQuery = z.infer<typeof tradeFigureListQuery>;

export const tradeFigureParams = z.strictObject({ id: slugParam.describe('Trade figure id') });
export const { list: tradeFigureListResponse, item: tradeFigureResponse } = envelopes(tradeFigureSchema, 'TradeFigure');

export const tradeFigureEvidenceSchema = z
  .object({ tradeFigureId: z.string(), ...evidenceFields })
  .meta({ id: 'TradeFigureEvidence' });
export const tradeFigureEvidenceResponse = itemEnvelope(tradeFigureEvidenceSchema, 'TradeFigureEvidenceResponse');

const tradeFigureFields = {
  reporterCode: countryCodeInput(),
  partnerCode: countryCodeInput(),
  indicator: z.enum(INDICATORS),
  value: z.number().finite().describe('In base units of `unit`: USD as dollars'),
  unit: z.enum(UNITS),
  kind: z.enum(FIGURE_KINDS),
  approximate: z.boolean().optional(),
  periodStart: partialDate.nullable().optional(),
  periodEnd: partialDate.nullable().optional(),
  periodLabel: text(500).describe('The source’s own wording of the period'),
  statedBy: actorInput(),
  sourceId: slugParam,
  quote: verbatim(5000),
  quoteOffsetHint: offsetHint.optional(),
  caveat: text(2000).nullable().optional(),
};

export const tradeFigureCreateBody = z.strictObject(tradeFigureFields).meta({ id: 'TradeFigureCreate' });
export type TradeFigureCreate = z.infer<typeof tradeFigureCreateBody>;

export const tradeFigurePatchBody = patchBody(tradeFigureFields, 'TradeFigurePatch');
export type TradeFigurePatch = z.infer<typeof tradeFigurePatchBody>;
