import { z } from 'zod';
import {
  CLAIMANT_TYPES,
  COUNTRY_ROLES,
  LEADER_BASIS_FIELDS,
  REFERENCES,
  FIGURE_KINDS,
  INDICATORS,
  LEADER_KINDS,
  SOURCE_KINDS,
  TOPICS,
  UNITS,
  VERIFICATIONS,
} from '../src/domain/vocabulary.js';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug');
const alpha2 = z.string().regex(/^[A-Z]{2}$/);
/** ISO 8601 date, possibly partial (year or year-month), never invented precision. */
const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
const offset = z.number().int().nonnegative();

const span = {
  quote: z.string().min(1),
  quoteStart: offset,
  quoteEnd: offset,
};

/** Where a country's or person's field comes from (see BASIS_KINDS). */
const basisSource = z.strictObject({ kind: z.literal('source'), sourceId: slug, ...span, note: z.string().min(1).nullable() });
const basisSummary = z.strictObject({
  kind: z.literal('summary'),
  claimIds: z.array(slug).min(1),
  note: z.string().min(1).nullable(),
});
const seedBasis = z.discriminatedUnion('kind', [
  basisSource,
  z.strictObject({ kind: z.literal('reference'), reference: z.enum(REFERENCES), note: z.string().min(1) }),
  basisSummary,
  z.strictObject({ kind: z.literal('not_stated'), note: z.string().min(1).nullable() }),
]);
export type SeedBasis = z.infer<typeof seedBasis>;

const actor = z.strictObject({
  name: z.string().min(1),
  type: z.enum(CLAIMANT_TYPES),
  leaderId: slug.nullable(),
});

export const seedSourceSchema = z.strictObject({
  id: slug,
  kind: z.enum(SOURCE_KINDS),
  title: z.string().min(1),
  author: z.string().nullable(),
  publisher: z.string().nullable(),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/),
  url: z.url().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  dateNote: z.string().min(1),
  retrievedAt: z.iso.datetime(),
  textFile: z.string().min(1),
  rawFile: z.string().min(1).nullable(),
  textNote: z.string().min(1),
  /** Prefixes of the raw lines dropped as site chrome; the loader re-derives the text from the raw file. */
  removedLines: z.array(z.string().min(1)),
});

export const seedSourceNoteSchema = z.strictObject({
  id: slug,
  sourceId: slug,
  category: z.string().min(1),
  note: z.string().min(1),
  ...span,
});

/** Codes and the English name are not typed here: the loader takes them from ISO 3166-1. */
export const seedCountrySchema = z.strictObject({
  code: alpha2,
  nameSource: z.string().min(1),
  role: z.enum(COUNTRY_ROLES),
  stance: z.string().min(1),
  basis: z.strictObject({ nameSource: basisSource, role: seedBasis, stance: basisSummary }),
});

export const seedLeaderSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  nameSource: z.string().min(1),
  role: z.string().min(1),
  title: z.string().min(1),
  kind: z.enum(LEADER_KINDS),
  countryCode: alpha2.nullable(),
  affiliation: z.string().nullable(),
  inOffice: z.string().min(1),
  sourceId: slug,
  ...span,
  basis: z.strictObject(
    Object.fromEntries(LEADER_BASIS_FIELDS.map((f) => [f, seedBasis])) as Record<
      (typeof LEADER_BASIS_FIELDS)[number],
      typeof seedBasis
    >,
  ),
});

export const seedClaimSchema = z
  .strictObject({
    id: slug,
    countryCode: alpha2,
    sourceId: slug,
    claimant: actor,
    statement: z.string().min(1),
    ...span,
    /** Every topic the quoted sentence holds; the first is the primary one (the claim's `topic`). */
    topics: z
      .array(z.enum(TOPICS))
      .min(1)
      .refine((t) => new Set(t).size === t.length, 'topics must not repeat'),
    verification: z.enum(VERIFICATIONS),
    verificationNote: z.string().min(1),
    verificationQuote: z.string().min(1).nullable(),
    verificationStart: offset.optional(),
    verificationEnd: offset.optional(),
    /** When the claim was made, if the source says; never the period the claim is about. */
    claimedAt: partialDate.nullable(),
    dateNote: z.string().min(1),
  })
  .refine((c) => (c.verificationQuote === null) === (c.verificationStart === undefined), {
    message: 'verificationQuote and its offsets go together',
  });

export const seedTradeFigureSchema = z.strictObject({
  id: slug,
  reporterCode: alpha2,
  partnerCode: alpha2,
  indicator: z.enum(INDICATORS),
  value: z.number().finite(),
  unit: z.enum(UNITS),
  kind: z.enum(FIGURE_KINDS),
  approximate: z.boolean(),
  periodStart: partialDate.nullable(),
  periodEnd: partialDate.nullable(),
  periodLabel: z.string().min(1),
  statedBy: actor,
  sourceId: slug,
  ...span,
  caveat: z.string().nullable(),
});

export const seedDatasetSchema = z.strictObject({
  /** When the records were extracted: their createdAt, so seeding is reproducible byte for byte. */
  compiledAt: z.iso.datetime(),
  sources: z.array(seedSourceSchema),
  sourceNotes: z.array(seedSourceNoteSchema),
  countries: z.array(seedCountrySchema),
  leaders: z.array(seedLeaderSchema),
  claims: z.array(seedClaimSchema),
  tradeFigures: z.array(seedTradeFigureSchema),
});

export type SeedDataset = z.input<typeof seedDatasetSchema>;
export type SeedSource = z.infer<typeof seedSourceSchema>;
export type SeedLeader = z.infer<typeof seedLeaderSchema>;
