import { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { and, eq, inList } from '../db/conditions.js';
import type { CursorCodec } from '../lib/cursor.js';
import { sortFields, sortOrder } from '../lib/keyset.js';
import { ISO_COUNTRY_BASIS, parseBasis, type FieldBasisValue } from '../domain/basis.js';
import { DuplicateRecordError, InconsistentFieldError, UnknownReferenceError } from '../domain/errors.js';
import { isoCountry } from '../domain/iso-countries.js';
import { COUNTRY_BASIS_FIELDS } from '../domain/vocabulary.js';
import type { CountryCreate, CountryDetailOut, CountryListQuery, CountryOut, CountryPatch } from '../schemas/country.js';
import { COUNTRY_SORT_FIELDS, type CountrySortField } from '../schemas/list-fields.js';
import { mergeBasis, resolveBasis, servedBasis, storedBasis, type BasisMap } from './basis.js';
import type { ClaimRepository } from './claim-repository.js';
import type { LeaderRepository } from './leader-repository.js';
import { listMethods, mapOncePerRow } from './list.js';
import { sqlTable, type Reads, type TableSpec } from './sql-list.js';
import type { TradeFigureRepository } from './trade-figure-repository.js';
import { versionedWrites, type VersionedResource } from './versioned.js';
import type { WriteDeps } from './write.js';

type CountryColumns = Prisma.CountryGetPayload<object>;
type CountryColumn = Prisma.CountryScalarFieldEnum;

const SORT_FIELDS = sortFields<CountrySortField, CountryColumn>(COUNTRY_SORT_FIELDS, {});

const active = { where: { status: 'active' } } as const;
const counts = {
  _count: { select: { claims: active, reportedTrade: active, leaders: true } },
} as const;

type CountryRow = Prisma.CountryGetPayload<{ include: typeof counts }>;

const COUNTRY_TABLE: TableSpec<CountryColumn> = {
  table: 'Country',
  key: 'code',
  columns: Object.values(Prisma.CountryScalarFieldEnum),
  // The same counts as `counts` above.
  counts: [
    { as: 'claims', table: 'Claim', column: 'countryCode', activeOnly: true },
    { as: 'reportedTrade', table: 'TradeFigure', column: 'reporterCode', activeOnly: true },
    { as: 'leaders', table: 'Leader', column: 'countryCode', activeOnly: false },
  ],
};

function toCountry(row: CountryRow): CountryOut {
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

/** toCountry for rows of the SQL delegate, which reuses them while the dataset is unchanged. */
const listedCountry = mapOncePerRow(toCountry);

/** The repositories a country's `include` reads its relations from. */
export type CountryRelations = {
  claims: Pick<ClaimRepository, 'activeForCountry'>;
  tradeFigures: Pick<TradeFigureRepository, 'activeForReporter'>;
  leaders: Pick<LeaderRepository, 'forCountry'>;
};

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

type StoredCountry = Omit<CountryColumns, 'basis'> & { basis: Record<CountryBasisField, FieldBasisValue> };
type CountryBasisField = (typeof COUNTRY_BASIS_FIELDS)[number];

const COUNTRY_WRITES = {
  resourceType: 'country',
  noun: 'Country',
  async find(tx, code) {
    const row = await tx.country.findUnique({ where: { code } });
    return row === null ? null : { ...row, basis: parseBasis(row.basis, COUNTRY_BASIS_FIELDS) };
  },
  newId: (input) => input.code,
  async created(tx, input) {
    // Codes and the English name are ISO 3166-1's (the body schema has checked any sent).
    const iso = isoCountry(input.code);
    if (iso === null) throw new UnknownReferenceError('code', input.code);
    if ((await tx.country.count({ where: { OR: [{ code: iso.code }, { alpha3: iso.alpha3 }] } })) > 0) {
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
  insert: async (tx, code, data) => toCountry(await tx.country.create({ data: { code, ...storedBasis(data) }, include: counts })),
  save: async (tx, code, data) =>
    toCountry(await tx.country.update({ where: { code }, data: storedBasis(data), include: counts })),
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

// Countries are keyed by code, which ends every order.
const countryOrder = (sort: string | undefined) => sortOrder(sort, SORT_FIELDS, 'code', 'code');

export function createCountryRepository(db: Db, reads: Reads, codec: CursorCodec, deps: WriteDeps, relations: CountryRelations) {
  const table = sqlTable<CountryRow, CountryColumn>(reads, COUNTRY_TABLE);
  const writes = versionedWrites(deps, COUNTRY_WRITES);
  const byCode = async (code: string): Promise<CountryRow | undefined> =>
    (await table.page(eq(table.column('code'), code), countryOrder('code'), 1))[0];

  return {
    ...listMethods<CountryListQuery, CountryRow, CountryColumn, CountryOut>(
      table,
      codec,
      {
        order: countryOrder,
        filter: (filters) => (column) =>
          and(filters.role && inList(column('role'), filters.role), filters.code && inList(column('code'), filters.code)),
      },
      listedCountry,
    ),

    create: writes.create,
    update: writes.update,

    async exists(code: string): Promise<boolean> {
      return (await byCode(code)) !== undefined;
    },

    /**
     * The country, its counts and whichever relations were asked for, each read with the same
     * raw statements and per-dataset-state row caches as the lists.
     */
    async findByCode(code: string, include: readonly string[] = []): Promise<CountryDetailOut | null> {
      const row = await byCode(code);
      if (row === undefined) return null;
      const want = new Set(include);
      const [claims, tradeFigures, leaders] = await Promise.all([
        want.has('claims') ? collect(relations.claims.activeForCountry(code)) : undefined,
        want.has('tradeFigures') ? collect(relations.tradeFigures.activeForReporter(code)) : undefined,
        want.has('leaders') ? collect(relations.leaders.forCountry(code)) : undefined,
      ]);
      return {
        ...listedCountry(row),
        ...(claims === undefined ? {} : { claims }),
        ...(tradeFigures === undefined ? {} : { tradeFigures }),
        ...(leaders === undefined ? {} : { leaders }),
      };
    },
  };
}

export type CountryRepository = ReturnType<typeof createCountryRepository>;
