import type { Prisma } from '../generated/prisma/client.js';
import { sql } from '../db/sql.js';
import { ISO_COUNTRY_BASIS, parseBasis, type FieldBasisValue } from '../domain/basis.js';
import { DuplicateRecordError, InconsistentFieldError, UnknownReferenceError } from '../domain/errors.js';
import { isoCountry } from '../domain/iso-countries.js';
import { COUNTRY_BASIS_FIELDS } from '../domain/vocabulary.js';
import type { CountryCreate, CountryOut, CountryPatch } from '../schemas/country.js';
import { mergeBasis, resolveBasis, servedBasis, storedBasis, type BasisMap } from './basis.js';
import { recordRow } from './record-row.js';
import type { RecordSpec } from './sql-list/index.js';
import type { VersionedResource } from './versioned.js';

type CountryColumns = Prisma.CountryGetPayload<object>;

const active = { where: { status: 'active' } } as const;
/** What a country is read with: how many active claims and figures, and how many people, it has. */
export const counts = {
  _count: { select: { claims: active, reportedTrade: active, leaders: true } },
} as const;

export type CountryRow = Prisma.CountryGetPayload<{ include: typeof counts }>;

/** A country read with raw SQL in the shape `counts` gives. */
export const COUNTRY_RECORD = {
  table: 'Country',
  key: 'code',
  counts: [
    { as: 'claims', table: 'Claim', column: 'countryCode', activeOnly: true },
    { as: 'reportedTrade', table: 'TradeFigure', column: 'reporterCode', activeOnly: true },
    { as: 'leaders', table: 'Leader', column: 'countryCode', activeOnly: false },
  ],
} as const satisfies RecordSpec;

export function toCountry(row: CountryRow): CountryOut {
  return {
    code: row.code,
    alpha3: row.alpha3,
    name: row.name,
    nameSource: row.nameSource,
    role: row.role as CountryOut['role'],
    stance: row.stance,
    basis: parseBasis(row.basis, COUNTRY_BASIS_FIELDS),
    counts: { claims: row._count.claims, tradeFigures: row._count.reportedTrade, leaders: row._count.leaders },
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

type StoredCountry = Omit<CountryColumns, 'basis'> & { basis: Record<CountryBasisField, FieldBasisValue> };
type CountryBasisField = (typeof COUNTRY_BASIS_FIELDS)[number];

const countryRow = recordRow(COUNTRY_RECORD, toCountry);

/** The parts of the write path that are a country's own (see versioned.ts). */
export const COUNTRY_WRITES = {
  resourceType: 'country',
  noun: 'Country',
  table: 'Country',
  key: 'code',
  find: (tx, code) => countryRow.columnsWithBasis<CountryColumns, CountryBasisField>(tx, code, COUNTRY_BASIS_FIELDS),
  newId: async (_tx, input) => input.code,
  async created(tx, input) {
    // Codes and the English name are ISO 3166-1's (the body schema has checked any sent).
    const iso = isoCountry(input.code);
    if (iso === null) throw new UnknownReferenceError('code', input.code);
    const taken = await tx.get(sql('SELECT 1 AS taken FROM "Country" WHERE "code" = ? OR "alpha3" = ?', [iso.code, iso.alpha3]));
    if (taken !== undefined) {
      throw new DuplicateRecordError(`Country "${iso.code}" (or alpha-3 "${iso.alpha3}") already exists.`);
    }
    const basis: BasisMap = { ...ISO_COUNTRY_BASIS, ...(await resolveBasis(tx, input.basis, iso.code)) };
    return { alpha3: iso.alpha3, name: iso.name, nameSource: input.nameSource, role: input.role, stance: input.stance, basis };
  },
  async updated(tx, before, { basis: written, ...changes }) {
    const names = isoCountry(before.code)?.names ?? [];
    if (changes.name !== undefined && !names.includes(changes.name)) {
      throw new InconsistentFieldError(
        'name',
        `name must be one of ISO 3166-1’s English names for ${before.code} (${names.join(' or ')}); the source’s own name goes in nameSource.`,
      );
    }
    const changed = (field: string) =>
      field in changes && changes[field as keyof typeof changes] !== before[field as keyof typeof before];
    const basis = mergeBasis(before.basis, { ...ISO_COUNTRY_BASIS, ...(await resolveBasis(tx, written, before.code)) }, changed);
    return { ...changes, basis };
  },
  insert: (tx, code, data, at) => countryRow.insert(tx, code, storedBasis(data), at),
  save: (tx, code, data, at) => countryRow.save(tx, code, storedBasis(data), at),
  read: countryRow.read,
  // An update's revision records the basis as it is served, every field present.
  recorded: { updated: (data) => servedBasis(data, COUNTRY_BASIS_FIELDS) },
} satisfies VersionedResource<
  StoredCountry,
  CountryCreate,
  CountryPatch,
  Omit<CountryColumns, 'code' | 'version' | 'createdAt' | 'updatedAt' | 'basis'> & { basis: BasisMap },
  Omit<CountryPatch, 'reason' | 'basis'> & { basis: BasisMap },
  CountryOut
>;
