import { z } from 'zod';
import { LEADER_SORT_FIELDS } from './list-fields.js';
import { LEADER_BASIS_FIELDS, LEADER_KINDS } from '../domain/vocabulary.js';
import { basisInput, leaderBasisSchema } from './basis.js';
import { commaList, envelopes, offsetHint, patchBody, slugParam, text, verbatim } from './common.js';
import { countryCodes, fieldSort, listQueries, listQueryTail, vocabularyList } from './list-query.js';
import { countryCodeInput, countryRefSchema, quotedFields } from './record-fields.js';

export const leaderSchema = z
  .object({
    id: z.string(),
    name: z.string().describe('English name (basis.name says whether the source gives it)'),
    nameSource: z.string().describe('Name as written in the source'),
    role: z.string().describe('head_of_state, party_leader, minister, expert, ...; basis.role says where it comes from'),
    title: z.string().describe('Title as the source gives it, or a note that it gives none'),
    kind: z.enum(LEADER_KINDS).describe('leader: in power; cited_person: named as a claimant'),
    country: countryRefSchema
      .nullable()
      .describe(
        'Null unless the source ties the person to a country or a reference gives it: basis.country says which (kind source or reference)',
      ),
    affiliation: z.string().nullable(),
    inOffice: z.string().describe('Status as of the (undated) source'),
    ...quotedFields({ quote: 'Where the source names the person' }),
    basis: leaderBasisSchema.describe('Where each field comes from: the source (with its span) or a reference'),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Leader' });

export type LeaderOut = z.infer<typeof leaderSchema>;

export const leaderFilterQuery = {
  kind: vocabularyList(LEADER_KINDS),
  role: commaList(z.string().regex(/^[a-z_]+$/), { pattern: '[a-z_]+', label: 'snake_case roles' })
    .optional()
    .describe('Comma list of roles'),
  sort: fieldSort(LEADER_SORT_FIELDS, 'id'),
  ...listQueryTail,
};

export const { all: leaderListQuery, ofCountry: countryLeaderListQuery } = listQueries(
  { country: countryCodes('Comma list of ISO alpha-2 codes') },
  leaderFilterQuery,
);
export type LeaderListQuery = z.infer<typeof leaderListQuery>;

export const leaderParams = z.strictObject({ id: slugParam.describe('Leader id, e.g. javad-owji') });
export const { list: leaderListResponse, item: leaderResponse } = envelopes(leaderSchema, 'Leader');

const leaderFields = {
  name: text(200),
  nameSource: text(200).describe('Name as written in the source'),
  role: z.string().regex(/^[a-z_]{2,40}$/, 'must be a snake_case role such as minister'),
  title: text(500),
  kind: z.enum(LEADER_KINDS),
  countryCode: countryCodeInput().nullable().optional(),
  affiliation: text(500).nullable().optional(),
  inOffice: text(1000),
  sourceId: slugParam,
  quote: verbatim(5000).describe('Where the source names the person'),
  quoteOffsetHint: offsetHint.optional(),
  basis: basisInput(LEADER_BASIS_FIELDS, 'LeaderBasisWrite')
    .optional()
    .describe('The basis of each field; a countryCode needs basis.country of kind source or reference'),
};

/** A person's country is one the source ties them to or a reference gives, and the write says which. */
function countryNeedsBasis(body: { countryCode?: unknown; basis?: unknown }, ctx: z.RefinementCtx) {
  const kind = (body.basis as { country?: { kind?: string } } | undefined)?.country?.kind;
  if (body.countryCode !== undefined && body.countryCode !== null && kind !== 'source' && kind !== 'reference') {
    ctx.addIssue({
      code: 'custom',
      path: ['basis', 'country'],
      message:
        'a countryCode needs basis.country: kind source (the quote tying the person to the country) or kind reference (and which)',
    });
  }
}

export const leaderCreateBody = z.strictObject(leaderFields).superRefine(countryNeedsBasis).meta({ id: 'LeaderCreate' });
export type LeaderCreate = z.infer<typeof leaderCreateBody>;

export const leaderPatchBody = patchBody(leaderFields, 'LeaderPatch', undefined, countryNeedsBasis);
export type LeaderPatch = z.infer<typeof leaderPatchBody>;
