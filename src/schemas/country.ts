import { z } from 'zod';
import { COUNTRY_SORT_FIELDS } from './list-fields.js';
import { COUNTRY_ROLES } from '../domain/vocabulary.js';
import { claimSchema } from './claim.js';
import {
  commaList,
  COUNTRY_LIST,
  countryCodeParam,
  formatQuery,
  itemEnvelope,
  listEnvelope,
  paginationQuery,
  patchBody,
  text,
} from './common.js';
import { leaderSchema } from './leader.js';
import { tradeFigureSchema } from './trade-figure.js';

export const countrySchema = z
  .object({
    code: z.string().describe('ISO 3166-1 alpha-2'),
    alpha3: z.string().describe('ISO 3166-1 alpha-3'),
    name: z.string().describe('English name'),
    nameSource: z.string().describe('Name as written in the source'),
    role: z.enum(COUNTRY_ROLES).describe('Role relative to the war'),
    stance: z.string().describe('One-line English summary of its stance, per the source'),
    counts: z.object({ claims: z.number().int(), tradeFigures: z.number().int(), leaders: z.number().int() }),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Country' });

export const countryDetailSchema = countrySchema
  .extend({
    claims: z.array(claimSchema).optional(),
    tradeFigures: z.array(tradeFigureSchema).optional(),
    leaders: z.array(leaderSchema).optional(),
  })
  .meta({ id: 'CountryDetail' });

export type CountryOut = z.infer<typeof countrySchema>;
export type CountryDetailOut = z.infer<typeof countryDetailSchema>;

export const COUNTRY_INCLUDES = ['claims', 'tradeFigures', 'leaders'] as const;

export const countryListQuery = z.strictObject({
  role: commaList(z.enum(COUNTRY_ROLES))
    .optional()
    .describe(`Comma list of: ${COUNTRY_ROLES.join(', ')}`),
  code: commaList(countryCodeParam, COUNTRY_LIST).optional().describe('Comma list of ISO alpha-2 codes'),
  sort: z
    .string()
    .max(100)
    .optional()
    .describe(`Comma list of ${COUNTRY_SORT_FIELDS.join(', ')}, "-" for descending (default code)`),
  format: formatQuery,
  ...paginationQuery,
});
export type CountryListQuery = z.infer<typeof countryListQuery>;

export const countryParams = z.strictObject({
  code: countryCodeParam.describe('ISO 3166-1 alpha-2 code, any case (e.g. kp)'),
});

export const countryItemQuery = z.strictObject({
  include: commaList(z.enum(COUNTRY_INCLUDES))
    .optional()
    .describe(`Embed related records (active ones): ${COUNTRY_INCLUDES.join(', ')}`),
});

export const countryListResponse = listEnvelope(countrySchema, 'CountryList');
export const countryResponse = itemEnvelope(countryDetailSchema, 'CountryResponse');
export const countryWriteResponse = itemEnvelope(countrySchema, 'CountryWriteResponse');

const countryFields = {
  alpha3: z.string().regex(/^[A-Z]{3}$/, 'must be an upper-case ISO alpha-3 code'),
  name: text(200),
  nameSource: text(200),
  role: z.enum(COUNTRY_ROLES),
  stance: text(1000),
};

export const countryCreateBody = z
  .strictObject({ code: z.string().regex(/^[A-Z]{2}$/, 'must be an upper-case ISO alpha-2 code'), ...countryFields })
  .meta({ id: 'CountryCreate' });
export type CountryCreate = z.infer<typeof countryCreateBody>;

export const countryPatchBody = patchBody(countryFields, 'CountryPatch');
export type CountryPatch = z.infer<typeof countryPatchBody>;
