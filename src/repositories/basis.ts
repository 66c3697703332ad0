import { sql } from '../db/sql.js';
import type { Tx } from '../db/write-tx.js';
import {
  NOT_RECORDED,
  parseBasis,
  notStatedBasis,
  referenceBasis,
  sourceBasis,
  summaryBasis,
  type FieldBasisValue,
} from '../domain/basis.js';
import { InconsistentFieldError, UnknownReferenceError } from '../domain/errors.js';
import type { FieldBasisInput } from '../schemas/basis.js';
import { locateQuote } from './write.js';

export type BasisMap = Partial<Record<string, FieldBasisValue>>;

/**
 * A written basis as stored: a source quote located in its source's text, a summary's claims
 * checked to exist and, when `countryCode` is given, to be about that country.
 */
export async function resolveBasis(
  tx: Tx,
  input: Partial<Record<string, FieldBasisInput>> | undefined,
  countryCode?: string,
): Promise<BasisMap> {
  const out: BasisMap = {};
  for (const [field, entry] of Object.entries(input ?? {})) {
    if (entry === undefined) continue;
    const at = `basis.${field}`;
    if (entry.kind === 'source') {
      const source = await tx.get<{ text: string }>(sql('SELECT "text" FROM "Source" WHERE "id" = ?', [entry.sourceId]));
      if (source === undefined) throw new UnknownReferenceError(`${at}.sourceId`, entry.sourceId);
      const span = locateQuote(source.text, entry.quote, entry.quoteOffsetHint, `basis/${field}/quote`);
      out[field] = sourceBasis(entry.sourceId, { text: entry.quote, ...span }, entry.note ?? null);
    } else if (entry.kind === 'summary') {
      const claims =
        entry.claimIds.length === 0
          ? []
          : await tx.all<{ id: string; countryCode: string }>(
              sql(`SELECT "id", "countryCode" FROM "Claim" WHERE "id" IN (${entry.claimIds.map(() => '?').join(', ')})`, [
                ...entry.claimIds,
              ]),
            );
      for (const id of entry.claimIds) {
        const claim = claims.find((c) => c.id === id);
        if (claim === undefined) throw new UnknownReferenceError(`${at}.claimIds`, id);
        if (countryCode !== undefined && claim.countryCode !== countryCode) {
          throw new InconsistentFieldError(
            `${at}.claimIds`,
            `${at}.claimIds lists claim "${id}", which is about ${claim.countryCode}, not ${countryCode}; a stance summarises the country’s own claims.`,
          );
        }
      }
      out[field] = summaryBasis(entry.claimIds, entry.note ?? null);
    } else if (entry.kind === 'reference') {
      out[field] = referenceBasis(entry.reference, entry.note);
    } else {
      out[field] = notStatedBasis(entry.note ?? null);
    }
  }
  return out;
}

/**
 * The basis after a write: `before`, minus the fields whose value changed without a new basis
 * (their old basis no longer describes them: not_recorded), plus the new ones.
 */
export function mergeBasis(
  before: BasisMap,
  written: BasisMap,
  changed: (field: string) => boolean,
): Record<string, FieldBasisValue> {
  const merged: Record<string, FieldBasisValue> = {};
  for (const [field, entry] of Object.entries(before)) {
    if (entry === undefined || entry.kind === NOT_RECORDED.kind || changed(field)) continue;
    merged[field] = entry;
  }
  for (const [field, entry] of Object.entries(written)) if (entry !== undefined) merged[field] = entry;
  return merged;
}

/** A record's basis as stored: JSON of the entries written (absent ones are served as not_recorded). */
export function storedBasis<D extends { basis: BasisMap }>(data: D): Omit<D, 'basis'> & { basis: string } {
  return { ...data, basis: JSON.stringify(data.basis) };
}

/** A record's basis as served and as revisions record it: every one of `fields` present. */
export function servedBasis<D extends { basis: BasisMap }, F extends string>(data: D, fields: readonly F[]) {
  return { ...data, basis: parseBasis(JSON.stringify(data.basis), fields) };
}
