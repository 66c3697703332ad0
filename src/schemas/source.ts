import { z } from 'zod';
import { SOURCE_SORT_FIELDS } from './list-fields.js';
import { SOURCE_KINDS } from '../domain/vocabulary.js';
import { commaList, envelopes, patchBody, slugParam, text, verbatim } from './common.js';
import { timestamp } from './dates.js';
import { fieldSort, listQueryTail, vocabularyList } from './list-query.js';
import { spanSchema } from './record-fields.js';

export const sourceNoteSchema = z
  .object({ id: z.string(), category: z.string(), note: z.string(), quote: spanSchema })
  .meta({ id: 'SourceNote', description: 'A data-quality observation anchored to a passage of the source' });

export const sourceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(SOURCE_KINDS),
    title: z.string(),
    author: z.string().nullable(),
    publisher: z.string().nullable().describe('Null when unknown'),
    language: z.string().describe('BCP 47'),
    url: z.string().nullable().describe('Null when unknown; never guessed'),
    publishedAt: z.string().nullable(),
    dateNote: z.string().describe('What the text implies about its date'),
    retrievedAt: z.string(),
    textSha256: z.string(),
    textLength: z.number().int().describe('Length of the text in Unicode code points'),
    textNote: z.string().describe('How the stored text was derived from what was retrieved'),
    textUrl: z.string(),
    notes: z.array(sourceNoteSchema),
    counts: z.object({ claims: z.number().int(), tradeFigures: z.number().int() }),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Source' });

export type SourceOut = z.infer<typeof sourceSchema>;

export const sourceListQuery = z.strictObject({
  kind: vocabularyList(SOURCE_KINDS),
  language: commaList(z.string().regex(/^[a-z]{2,3}$/), { pattern: '[a-z]{2,3}', label: 'language codes' })
    .optional()
    .describe('Comma list of language codes'),
  sort: fieldSort(SOURCE_SORT_FIELDS, 'id'),
  ...listQueryTail,
});
export type SourceListQuery = z.infer<typeof sourceListQuery>;

export const sourceParams = z.strictObject({ id: slugParam.describe('Source id') });
export const { list: sourceListResponse, item: sourceResponse } = envelopes(sourceSchema, 'Source');

const sourceMetadata = {
  kind: z.enum(SOURCE_KINDS),
  title: text(500),
  author: text(200).nullable().optional(),
  publisher: text(200).nullable().optional().describe('Leave null when unknown'),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as fr or en-GB'),
  url: z
    .url({ protocol: /^https?$/, error: 'is not an http or https URL (javascript:, data:, file: and other schemes are refused)' })
    .max(2000)
    .nullable()
    .optional()
    .describe('An http or https URL; leave null when unknown, never guess'),
  publishedAt: timestamp().nullable().optional(),
  dateNote: text(1000).describe('What the text implies about its date, including vagueness'),
  retrievedAt: timestamp(),
  textNote: text(2000).describe('How the text was derived from what was retrieved'),
};

export const sourceCreateBody = z
  .strictObject({
    ...sourceMetadata,
    text: verbatim(500_000).describe('The full text quotes will be checked against; it cannot be changed afterwards'),
  })
  .meta({ id: 'SourceCreate' });
export type SourceCreate = z.infer<typeof sourceCreateBody>;

export const sourcePatchBody = patchBody(
  sourceMetadata,
  'SourcePatch',
  'Metadata only: the text is immutable, since offsets point into it',
);
export type SourcePatch = z.infer<typeof sourcePatchBody>;
