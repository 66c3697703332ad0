import { z } from 'zod';
import { BASIS_KINDS, COUNTRY_BASIS_FIELDS, LEADER_BASIS_FIELDS, REFERENCES } from '../domain/vocabulary.js';
import { spanSchema } from './record-fields.js';
import { offsetHint, slugParam, text, verbatim } from './common.js';

const KIND_DESCRIPTION =
  'source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis';

const REFERENCE_DESCRIPTION =
  'iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what)';

/** Where one field's value comes from; the fields that do not apply to its kind are null or empty. */
export const fieldBasisSchema = z
  .object({
    kind: z.enum(BASIS_KINDS).describe(KIND_DESCRIPTION),
    sourceId: z.string().nullable().describe('kind source: the source that states the value'),
    quote: spanSchema.nullable().describe('kind source: where the source states it, verbatim, with code point offsets'),
    reference: z.enum(REFERENCES).nullable().describe(`kind reference: ${REFERENCE_DESCRIPTION}`),
    claimIds: z.array(z.string()).describe('kind summary: the claims the value summarises (empty otherwise)'),
    note: z.string().nullable().describe('What the basis does not show by itself: an inference, a vagueness, a package version'),
  })
  .meta({
    id: 'FieldBasis',
    description: 'Whether a field comes from the source (and where) or from reference knowledge (and which)',
  });
export type FieldBasis = z.infer<typeof fieldBasisSchema>;

function basisOf<const F extends readonly string[]>(fields: F, id: string, description: string) {
  const shape = Object.fromEntries(fields.map((f) => [f, fieldBasisSchema])) as { [K in F[number]]: typeof fieldBasisSchema };
  return z.object(shape).meta({ id, description });
}

export const countryBasisSchema = basisOf(
  COUNTRY_BASIS_FIELDS,
  'CountryBasis',
  'The basis of each field of the country: code, alpha3 and name from ISO 3166-1, nameSource and role from the source, stance a summary of the country’s claims',
);
export const leaderBasisSchema = basisOf(
  LEADER_BASIS_FIELDS,
  'LeaderBasis',
  'The basis of each field of the person: what the source says (and where) and what comes from reference knowledge',
);
export type CountryBasis = z.infer<typeof countryBasisSchema>;
export type LeaderBasis = z.infer<typeof leaderBasisSchema>;

/** What a curator sends for one field; the server finds a source quote's offsets itself. */
export const fieldBasisInput = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('source'),
      sourceId: slugParam,
      quote: verbatim(5000).describe('Verbatim excerpt stating the value; the server records its offsets'),
      quoteOffsetHint: offsetHint.optional(),
      note: text(1000).nullable().optional(),
    }),
    z.strictObject({
      kind: z.literal('reference'),
      reference: z.enum(REFERENCES),
      note: text(1000).describe('What the reference says, and which edition'),
    }),
    z.strictObject({
      kind: z.literal('summary'),
      claimIds: z.array(slugParam).min(1, 'must list at least one claim').max(50),
      note: text(1000).nullable().optional(),
    }),
    z.strictObject({ kind: z.literal('not_stated'), note: text(1000).nullable().optional() }),
  ])
  .meta({ id: 'FieldBasisWrite', description: `The basis of a field, as written: ${KIND_DESCRIPTION}` });
export type FieldBasisInput = z.infer<typeof fieldBasisInput>;

/** The writable part of a record's basis: any of `fields`, each replacing that field's basis. */
export function basisInput<const F extends readonly string[]>(fields: F, id: string) {
  const shape = Object.fromEntries(fields.map((f) => [f, fieldBasisInput.optional()])) as {
    [K in F[number]]: z.ZodOptional<typeof fieldBasisInput>;
  };
  return z.strictObject(shape).meta({
    id,
    description:
      'The basis of each field written. A field written without one is served as not_recorded; a field changed by a PATCH without a new basis loses its old one.',
  });
}
