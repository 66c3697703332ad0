import { z } from 'zod';
import { CLAIM_FACETS, CLAIM_SORT_FIELDS } from './list-fields.js';
import { CLAIMANT_TYPES, TOPICS, VERIFICATIONS } from '../domain/vocabulary.js';
import { envelopes, itemEnvelope, noQuery, offsetHint, patchBody, slugParam, text, verbatim } from './common.js';
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
import {
  actorInput,
  actorSchema,
  countryCodeInput,
  countryRefSchema,
  quotedFields,
  retractableFields,
  spanSchema,
} from './record-fields.js';

export const claimSchema = z
  .object({
    id: z.string(),
    country: countryRefSchema.describe('The country the claim is about'),
    claimant: actorSchema,
    statement: z.string().describe('English summary written by the curators'),
    ...quotedFields({
      quote: 'Verbatim excerpt of the source the claim rests on',
      quoteStart: 'Code point offset of the quote in the source text',
    }),
    topic: z.enum(TOPICS).describe('The primary topic: the first of `topics` (kept for sorting and for older clients)'),
    topics: z
      .array(z.enum(TOPICS))
      .min(1)
      .describe('Every topic the quoted sentence holds (e.g. troops and economic), the primary one first; `topic=` matches any'),
    verification: z
      .enum(VERIFICATIONS)
      .describe(
        'How far the source stands behind the claim: verified, reported (attributed), asserted (the source’s own voice), unverified (the source says so), disputed',
      ),
    verificationNote: z.string(),
    verificationQuote: spanSchema.nullable().describe('The passage of the source about verification, if any'),
    claimedAt: z
      .string()
      .nullable()
      .describe(
        'When the claim was made: an ISO 8601 date, possibly partial, only when the source states it; never the period the claim is about (its trade figures carry that)',
      ),
    dateNote: z.string().describe('What the source says about time, including its vagueness'),
    ...retractableFields(),
  })
  .meta({ id: 'Claim' });

export type ClaimOut = z.infer<typeof claimSchema>;

export const CLAIM_SEARCH_FIELDS = ['statement', 'quote', 'claimant'] as const;

export const claimFilterQuery = {
  topic: vocabularyList(TOPICS, `Claims with any of these among their topics; comma list of: ${TOPICS.join(', ')}`),
  verification: vocabularyList(VERIFICATIONS),
  claimantType: vocabularyList(CLAIMANT_TYPES),
  claimant: slugs('Comma list of leader ids (people who made the claim)'),
  source: slugs('Comma list of source ids'),
  status: z.enum(['active', 'retracted', 'all']).default('active').describe('Retracted claims are hidden unless asked for'),
  'claimedAt[from]': partialDate
    .optional()
    .describe('Only claims dated on or after this (claims without a stated date are excluded)'),
  'claimedAt[to]': partialDate.optional(),
  q: searchQuery(
    'Full-text search, accent-insensitive, words matched as prefixes; plain words only. Also finds a claim by the English and French names of its country (ISO 3166-1, i18n-iso-countries) and its claimant’s recorded name; a word of a person’s name also matches its other recorded spelling (Loukachenko finds Lukashenko, and back), and a person’s full name matches a mention by the name’s later words (Vladimir Putin finds Poutine); a number matches however its thousands are separated (100000, 100 000, 100,000, 100.000). Sorted by relevance unless sort says otherwise',
  ),
  qFields: vocabularyList(
    CLAIM_SEARCH_FIELDS,
    `Restrict q to: ${CLAIM_SEARCH_FIELDS.join(', ')} (country and claimant names are then not searched)`,
  ),
  sort: sortQuery(
    `Comma list of fields, "-" for descending: ${CLAIM_SORT_FIELDS.join(', ')} (default country,id); ${SORT_TIES}; or relevance, alone, with q: best matches first (bm25 on SQLite, ts_rank on PostgreSQL), then id; the default when q is given`,
    200,
  ),
  facet: vocabularyList(
    CLAIM_FACETS,
    `Count matches per value of: ${CLAIM_FACETS.join(', ')} (topic counts every topic of a claim, so its counts can add up to more than the total)`,
  ),
  ...listQueryTail,
};

export const { all: claimListQuery, ofCountry: countryClaimListQuery } = listQueries(
  { country: countryCodes('Comma list of ISO alpha-2 codes, e.g. BY,KP') },
  claimFilterQuery,
);
export type ClaimListQuery = z.infer<typeof claimListQuery>;

export const claimIdParams = z.strictObject({ id: slugParam.describe('Claim id') });
export const { list: claimListResponse, item: claimResponse } = envelopes(claimSchema, 'Claim');

export const claimItemQuery = noQuery;

/** What the evidence of a claim and of a trade figure share: the quote, its paragraph, the source. */
export const evidenceFields = {
  quote: spanSchema,
  paragraph: spanSchema.describe('The paragraph of the source text that contains the quote'),
  source: z
    .object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      author: z.string().nullable(),
      publisher: z.string().nullable(),
      language: z.string(),
      url: z.string().nullable(),
      publishedAt: z.string().nullable(),
      dateNote: z.string(),
      retrievedAt: z.string(),
      textSha256: z.string().describe('SHA-256 (hex) of the UTF-8 source text served at textUrl'),
      textUrl: z.string(),
    })
    .meta({ id: 'EvidenceSource' }),
  offsetUnit: z.literal('unicode_code_point'),
  matches: z.boolean().describe('Whether the quote is verbatim at its offsets in the stored source text right now'),
};

export const evidenceSchema = z
  .object({ claimId: z.string(), ...evidenceFields, verificationQuote: spanSchema.nullable() })
  .meta({ id: 'Evidence' });

export const evidenceResponse = itemEnvelope(evidenceSchema, 'EvidenceResponse');

const claimFields = {
  countryCode: countryCodeInput().describe('Country the claim is about'),
  sourceId: slugParam.describe('The source the quote is taken from'),
  claimant: actorInput('A person in /v1/leaders, when the claimant is one'),
  statement: text(2000),
  quote: verbatim(5000).describe('Verbatim excerpt; the server finds it in the source and records its offsets'),
  quoteOffsetHint: offsetHint.optional(),
  topic: z
    .enum(TOPICS)
    .optional()
    .describe(
      'The primary topic. Alone it is kept first and the claim’s other topics after it; with `topics` it must be its first',
    ),
  topics: z
    .array(z.enum(TOPICS))
    .min(1, 'must list at least one topic')
    .max(TOPICS.length)
    .refine((topics) => new Set(topics).size === topics.length, 'must not list a topic twice')
    .optional()
    .describe('Every topic the quoted sentence holds, the primary one first'),
  verification: z.enum(VERIFICATIONS),
  verificationNote: text(2000),
  verificationQuote: verbatim(5000).nullable().optional(),
  verificationOffsetHint: offsetHint.optional(),
  claimedAt: partialDate.nullable().optional(),
  dateNote: text(1000),
};

function topicsAgree(body: { topic?: unknown; topics?: unknown }, ctx: z.RefinementCtx) {
  if (body.topic !== undefined && Array.isArray(body.topics) && body.topics[0] !== body.topic) {
    ctx.addIssue({ code: 'custom', path: ['topic'], message: 'must be the first of topics (or leave it out)' });
  }
}

export const claimCreateBody = z
  .strictObject(claimFields)
  .superRefine((body, ctx) => {
    if (body.topic === undefined && body.topics === undefined) {
      ctx.addIssue({ code: 'custom', path: ['topics'], message: 'is required (or send topic for a claim with one topic)' });
    }
    topicsAgree(body, ctx);
  })
  .meta({ id: 'ClaimCreate' });
export type ClaimCreate = z.infer<typeof claimCreateBody>;

export const claimPatchBody = patchBody(claimFields, 'ClaimPatch', undefined, topicsAgree);
export type ClaimPatch = z.infer<typeof claimPatchBody>;
