import { z } from 'zod';
import { CLAIMANT_TYPES, RECORD_STATUSES } from '../domain/vocabulary.js';
import { slugParam, text } from './common.js';

/**
 * What the records say alike: the references to a country and a source, who made a claim or
 * stated a figure, a quote's place in its source, a retractable record's status and version,
 * and the same inputs on the write side.
 */

export const countryRefSchema = z.object({ code: z.string(), name: z.string() }).meta({ id: 'CountryRef' });
export const sourceRefSchema = z.object({ id: z.string(), title: z.string() }).meta({ id: 'SourceRef' });
export const actorSchema = z
  .object({
    name: z.string(),
    type: z.enum(CLAIMANT_TYPES),
    leaderId: z.string().nullable().describe('Set when the actor is a person in /v1/leaders'),
  })
  .meta({ id: 'Actor', description: 'Who made a claim or stated a figure: a named person or a described actor' });

export const spanSchema = z
  .object({ text: z.string(), start: z.number().int(), end: z.number().int() })
  .meta({ id: 'TextSpan', description: 'Verbatim excerpt with Unicode code point offsets [start, end) into the source text' });

function described<T extends z.ZodType>(schema: T, description: string | undefined): T {
  return description === undefined ? schema : schema.describe(description);
}

/** A record's quote, its code point offsets [quoteStart, quoteEnd) and the source it is taken from. */
export function quotedFields(descriptions: { quote?: string; quoteStart?: string } = {}) {
  return {
    quote: described(z.string(), descriptions.quote),
    quoteStart: described(z.number().int(), descriptions.quoteStart),
    quoteEnd: z.number().int(),
    source: sourceRefSchema,
  };
}

/** The last fields of a record that can be retracted (claims, trade figures). */
export function retractableFields() {
  return {
    status: z.enum(RECORD_STATUSES),
    retractionReason: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  };
}

/** A country code a write names: upper case, as stored. */
export function countryCodeInput() {
  return z.string().regex(/^[A-Z]{2}$/, 'must be an upper-case ISO alpha-2 code');
}

/** Who made a claim or stated a figure, as a write gives it. */
export function actorInput(leaderIdDescription?: string) {
  return z.strictObject({
    name: text(200),
    type: z.enum(CLAIMANT_TYPES),
    leaderId: described(slugParam.nullable().optional(), leaderIdDescription),
  });
}
