import type { BasisKind, Reference } from './vocabulary.js';
import { ISO_3166_PACKAGE } from './iso-countries.js';

/** One field's basis as stored (JSON in the record's `basis` column) and served. */
export type FieldBasisValue = {
  kind: BasisKind;
  sourceId: string | null;
  quote: { text: string; start: number; end: number } | null;
  reference: Reference | null;
  claimIds: string[];
  note: string | null;
};

const EMPTY = { sourceId: null, quote: null, reference: null, claimIds: [], note: null } as const;

export const NOT_RECORDED: FieldBasisValue = {
  ...EMPTY,
  claimIds: [],
  kind: 'not_recorded',
  note: 'No basis was recorded for this value; see the record’s revisions for who wrote it.',
};

export function sourceBasis(
  sourceId: string,
  quote: { text: string; start: number; end: number },
  note: string | null = null,
): FieldBasisValue {
  return { ...EMPTY, claimIds: [], kind: 'source', sourceId, quote, note };
}

export function referenceBasis(reference: Reference, note: string): FieldBasisValue {
  return { ...EMPTY, claimIds: [], kind: 'reference', reference, note };
}

export function summaryBasis(claimIds: readonly string[], note: string | null = null): FieldBasisValue {
  return { ...EMPTY, kind: 'summary', claimIds: [...claimIds], note };
}

export function notStatedBasis(note: string | null = null): FieldBasisValue {
  return { ...EMPTY, claimIds: [], kind: 'not_stated', note };
}

/** What ISO 3166-1 (through i18n-iso-countries) gives a country record: its codes and English name. */
export function isoBasis(what: string): FieldBasisValue {
  return referenceBasis('iso_3166_1', `${what} per ISO 3166-1 (${ISO_3166_PACKAGE}).`);
}

export const ISO_COUNTRY_BASIS = {
  code: isoBasis('Alpha-2 code'),
  alpha3: isoBasis('Alpha-3 code'),
  name: isoBasis('English short name'),
} as const;

/**
 * A stored basis for `fields`: every field present, those the JSON lacks (rows written before
 * fields had a basis, or by a curator who gave none) as not_recorded.
 */
export function parseBasis<F extends string>(json: string, fields: readonly F[]): Record<F, FieldBasisValue> {
  let stored: Partial<Record<string, FieldBasisValue>> = {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) stored = parsed as typeof stored;
  } catch {
    // An unreadable basis is served as not recorded rather than failing the whole record.
  }
  return Object.fromEntries(fields.map((f) => [f, stored[f] ?? NOT_RECORDED])) as Record<F, FieldBasisValue>;
}
