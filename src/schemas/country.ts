import { z } from 'zod';
import { COUNTRY_SORT_FIELDS } from './list-fields.js';
import { isoCountry } from '../domain/iso-countries.js';
import { COUNTRY_ROLES } from '../domain/vocabulary.js';
import { basisInput, countryBasisSchema } from './basis.js';
import { claimSchema } from './claim.js';
import { countryCodeParam, itemEnvelope, listEnvelope, paginationQuery, patchBody, text } from './common.js';
import { leaderSchema } from './leader.js';
import { countryCodes, fieldSort, listQueryTail, vocabularyList } from './list-query.js';
import { countryCodeInput } from './record-fields.js';
import { tradeFigureSchema } from './trade-figure.js';

export const countrySchema = z
  .object({
    code: z.string().describe('ISO 3166-1 alpha-2'),
    alpha3: z.string().describe('ISO 3166-1 alpha-3'),
    name: z.string().describe('English short name per ISO 3166-1 (i18n-iso-countries), not the source'),
    nameSource: z.string().describe('Name as written in the source'),
    role: z.enum(COUNTRY_ROLES).describe('Role relative to the war, as the source presents it'),
    stance: z.string().describe('One-line English summary of its stance: a summary of the claims `basis.stance.claimIds` lists'),
    basis: countryBasisSchema.describe('Where each field comes from: the source (with its span) or a reference'),
    counts: z.object({ claims: z.number().int(), tradeFigures: z.number().int(), leaders: z.number().int() }),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Country' });

export const embeddedListSchema = z
  .object({
    total: z.number().int().nonnegative().describe('How many records the full list has (its meta.total)'),
    limit: z.number().int().positive().describe('At most this many are embedded: includeLimit'),
    list: z.string().describe('The full list; the embedded records are its first page of `limit` records'),
    next: z
      .string()
      .nullable()
      .describe('The page of the full list right after the embedded records, null when every record is embedded'),
  })
  .meta({
    id: 'EmbeddedList',
    description: 'An embedded list is bounded (includeLimit): how many there are in all, and where the rest is.',
  });

export const countryDetailSchema = countrySchema
  .extend({
    claims: z.array(claimSchema).optional().describe('include=claims: its first includeLimit active claims, by id'),
    tradeFigures: z
      .array(tradeFigureSchema)
      .optional()
      .describe('include=tradeFigures: the first includeLimit active figures it reports, by id'),
    leaders: z.array(leaderSchema).optional().describe('include=leaders: the first includeLimit people tied to it, by id'),
    included: z
      .object({
        claims: embeddedListSchema.optional(),
        tradeFigures: embeddedListSchema.optional(),
        leaders: embeddedListSchema.optional(),
      })
      .optional()
      .describe('For each list embedded by include=: its total, the limit applied and links to the full list'),
  })
  .meta({ id: 'CountryDetail' });

export type CountryOut = z.infer<typeof countrySchema>;
export type CountryDetailOut = z.infer<typeof countryDetailSchema>;

export const COUNTRY_INCLUDES = ['claims', 'tradeFigures', 'leaders'] as const;
export type CountryInclude = (typeof COUNTRY_INCLUDES)[number];

export const countryListQuery = z.strictObject({
  role: vocabularyList(COUNTRY_ROLES),
  code: countryCodes('Comma list of ISO alpha-2 codes'),
  sort: fieldSort(COUNTRY_SORT_FIELDS, 'code'),
  ...listQueryTail,
});
export type CountryListQuery = z.infer<typeof countryListQuery>;

export const countryParams = z.strictObject({
  code: countryCodeParam.describe('ISO 3166-1 alpha-2 code, any case (e.g. kp)'),
});

export const countryItemQuery = z.strictObject({
  include: vocabularyList(COUNTRY_INCLUDES, `Embed related records (active ones): ${COUNTRY_INCLUDES.join(', ')}`),
  // The bounds of a list page's limit: an embedded list is that list's first page.
  includeLimit: paginationQuery.limit.describe(
    'At most this many records of each embedded list, 1 to 100 (default 20, as a list page); `included` gives each list’s total and links to the rest',
  ),
});

export const countryListResponse = listEnvelope(countrySchema, 'CountryList');
export const countryResponse = itemEnvelope(countryDetailSchema, 'CountryResponse');
export const countryWriteResponse = itemEnvelope(countrySchema, 'CountryWriteResponse');

export const COUNTRY_WRITABLE_BASIS = ['nameSource', 'role', 'stance'] as const;

const countryFields = {
  nameSource: text(200),
  role: z.enum(COUNTRY_ROLES),
  stance: text(1000),
  basis: basisInput(COUNTRY_WRITABLE_BASIS, 'CountryBasisWrite')
    .optional()
    .describe('The basis of nameSource, role and stance (a stance: kind summary, listing claims about the country)'),
};

export const countryCreateBody = z
  .strictObject({
    code: countryCodeInput().refine((code) => isoCountry(code) !== null, 'must be an ISO 3166-1 alpha-2 code'),
    alpha3: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an upper-case ISO alpha-3 code')
      .optional()
      .describe('Optional: taken from ISO 3166-1; if sent, it must be the code’s alpha-3'),
    name: text(200).optional().describe('Optional: taken from ISO 3166-1; if sent, it must be one of the code’s English names'),
    ...countryFields,
  })
  .superRefine((body, ctx) => {
    const iso = isoCountry(body.code);
    if (iso === null) return;
    if (body.alpha3 !== undefined && body.alpha3 !== iso.alpha3) {
      ctx.addIssue({ code: 'custom', path: ['alpha3'], message: `must be ${iso.alpha3}, ISO 3166-1’s alpha-3 for ${body.code}` });
    }
    if (body.name !== undefined && !iso.names.includes(body.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: `must be ISO 3166-1’s English name for ${body.code} (${iso.names.join(' or ')}); the source’s own name goes in nameSource`,
      });
    }
  })
  .meta({ id: 'CountryCreate' });
export type CountryCreate = z.infer<typeof countryCreateBody>;

export const countryPatchBody = patchBody(
  { ...countryFields, name: text(200).describe('Another of ISO 3166-1’s English names for the code (e.g. its official one)') },
  'CountryPatch',
  'code and alpha3 come from ISO 3166-1 and cannot be changed; name only to another of its English names',
);
export type CountryPatch = z.infer<typeof countryPatchBody>;
