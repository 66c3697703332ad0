// The browser entry: Prisma's enums and types without its client, which this process never loads.
import { Prisma } from '../generated/prisma/browser.js';
import { and, eq, inList } from '../db/conditions.js';
import type { CursorCodec } from '../lib/cursor.js';
import { sortFields, sortOrder } from '../lib/keyset.js';
import type { CountryDetailOut, CountryListQuery } from '../schemas/country.js';
import { COUNTRY_SORT_FIELDS, type CountrySortField } from '../schemas/list-fields.js';
import type { ClaimRepository } from './claim-repository.js';
import { COUNTRY_RECORD, COUNTRY_WRITES, toCountry, type CountryRow } from './country-record.js';
import type { LeaderRepository } from './leader-repository.js';
import { listedResource } from './resource-list.js';
import type { Reads } from './sql-list/index.js';
import type { TradeFigureRepository } from './trade-figure-repository.js';
import type { WriteDeps } from './versioned.js';
import { collect } from '../lib/collect.js';

type CountryColumn = Prisma.CountryScalarFieldEnum;

const SORT_FIELDS = sortFields<CountrySortField, CountryColumn>(COUNTRY_SORT_FIELDS, {});

const COUNTRIES = listedResource(COUNTRY_RECORD, Prisma.CountryScalarFieldEnum, toCountry, COUNTRY_WRITES);
const listedCountry = COUNTRIES.listed;

/** The repositories a country's `include` reads its relations from. */
export type CountryRelations = {
  claims: Pick<ClaimRepository, 'activeForCountry'>;
  tradeFigures: Pick<TradeFigureRepository, 'activeForReporter'>;
  leaders: Pick<LeaderRepository, 'forCountry'>;
};

// Countries are keyed by code, which ends every order.
const countryOrder = (sort: string | undefined) => sortOrder(sort, SORT_FIELDS, 'code', 'code');

export function createCountryRepository(reads: Reads, codec: CursorCodec, deps: WriteDeps, relations: CountryRelations) {
  const { table, list, writes } = COUNTRIES.open<CountryListQuery>(reads, codec, deps, () => ({
    order: countryOrder,
    filter: (filters) => (column) =>
      and(filters.role && inList(column('role'), filters.role), filters.code && inList(column('code'), filters.code)),
  }));
  const byCode = async (code: string): Promise<CountryRow | undefined> =>
    (await table.page(eq(table.column('code'), code), countryOrder('code'), 1)).rows[0];

  return {
    ...list,

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
