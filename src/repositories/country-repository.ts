import { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { and, eq, inList } from '../db/conditions.js';
import type { CursorCodec } from '../lib/cursor.js';
import { sortFields, sortOrder } from '../lib/keyset.js';
import type { CountryDetailOut, CountryListQuery, CountryOut } from '../schemas/country.js';
import { COUNTRY_SORT_FIELDS, type CountrySortField } from '../schemas/list-fields.js';
import type { ClaimRepository } from './claim-repository.js';
import { COUNTRY_RECORD, COUNTRY_WRITES, toCountry, type CountryRow } from './country-record.js';
import type { LeaderRepository } from './leader-repository.js';
import { listMethods, mapOncePerRow } from './list.js';
import { sqlTable, type Reads, type TableSpec } from './sql-list/index.js';
import type { TradeFigureRepository } from './trade-figure-repository.js';
import { versionedWrites, type WriteDeps } from './versioned.js';

type CountryColumn = Prisma.CountryScalarFieldEnum;

const SORT_FIELDS = sortFields<CountrySortField, CountryColumn>(COUNTRY_SORT_FIELDS, {});

const COUNTRY_TABLE: TableSpec<CountryColumn> = {
  ...COUNTRY_RECORD,
  columns: Object.values(Prisma.CountryScalarFieldEnum),
};

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

// Countries are keyed by code, which ends every order.
const countryOrder = (sort: string | undefined) => sortOrder(sort, SORT_FIELDS, 'code', 'code');

export function createCountryRepository(db: Db, reads: Reads, codec: CursorCodec, deps: WriteDeps, relations: CountryRelations) {
  const table = sqlTable<CountryRow, CountryColumn>(reads, COUNTRY_TABLE);
  const writes = versionedWrites(deps, COUNTRY_WRITES);
  const byCode = async (code: string): Promise<CountryRow | undefined> =>
    (await table.page(eq(table.column('code'), code), countryOrder('code'), 1)).rows[0];

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
