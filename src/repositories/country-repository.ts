import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import type { CursorCodec } from '../lib/cursor.js';
import { sortKeys, type SortField, type Where } from '../lib/keyset.js';
import type { CountryDetailOut, CountryListQuery, CountryOut } from '../schemas/country.js';
import { toClaim } from './claim-repository.js';
import { toLeader } from './leader-repository.js';
import { listAll, listPage, type ListDelegate, type ListResult } from './list.js';
import { toTradeFigure } from './trade-figure-repository.js';

const SORT_FIELDS: Record<string, SortField> = {
  code: { column: 'code', nullable: false, type: 'string' },
  name: { column: 'name', nullable: false, type: 'string' },
  role: { column: 'role', nullable: false, type: 'string' },
};

const active = { where: { status: 'active' } } as const;
const counts = {
  _count: { select: { claims: active, reportedTrade: active, leaders: true } },
} as const;

type CountryRow = Prisma.CountryGetPayload<{ include: typeof counts }>;

function toCountry(row: CountryRow): CountryOut {
  return {
    code: row.code,
    alpha3: row.alpha3,
    name: row.name,
    nameSource: row.nameSource,
    role: row.role as CountryOut['role'],
    stance: row.stance,
    counts: { claims: row._count.claims, tradeFigures: row._count.reportedTrade, leaders: row._count.leaders },
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const ref = { select: { code: true, name: true } } as const;
const sourceRef = { select: { id: true, title: true } } as const;

export function createCountryRepository(db: Db, codec: CursorCodec) {
  const delegate = db.country as unknown as ListDelegate<CountryRow>;

  function split(query: CountryListQuery) {
    const { limit, cursor, format: _format, sort, ...filters } = query;
    const and: Where[] = [];
    if (filters.role) and.push({ role: { in: filters.role } });
    if (filters.code) and.push({ code: { in: filters.code } });
    return { limit, cursor, filters, where: { AND: and }, keys: sortKeys(sort, SORT_FIELDS, 'code') };
  }

  return {
    async list(query: CountryListQuery): Promise<ListResult<CountryOut>> {
      const { limit, cursor, filters, where, keys } = split(query);
      const result = await listPage(
        delegate,
        codec,
        { where, keys, limit, cursor, facets: [], fingerprintOf: [filters, keys.map((k) => [k.name, k.direction])] },
        counts,
      );
      return { ...result, rows: result.rows.map(toCountry) };
    },

    async *exportAll(query: CountryListQuery): AsyncGenerator<CountryOut> {
      const { where, keys } = split(query);
      for await (const row of listAll(delegate, where, keys, counts)) yield toCountry(row);
    },

    async exists(code: string): Promise<boolean> {
      return (await db.country.count({ where: { code } })) > 0;
    },

    /** One query: the country, its counts and whichever relations were asked for. */
    async findByCode(code: string, include: readonly string[] = []): Promise<CountryDetailOut | null> {
      const want = new Set(include);
      const none = (relation: string) => (want.has(relation) ? {} : { take: 0 });
      const row = await db.country.findUnique({
        where: { code },
        include: {
          ...counts,
          // take: 0 keeps one result type whether or not a relation was asked for.
          claims: { ...active, orderBy: { id: 'asc' }, include: { country: ref, source: sourceRef }, ...none('claims') },
          reportedTrade: {
            ...active,
            orderBy: { id: 'asc' },
            include: { reporter: ref, partner: ref, source: sourceRef },
            ...none('tradeFigures'),
          },
          leaders: { orderBy: { id: 'asc' }, include: { country: ref, source: sourceRef }, ...none('leaders') },
        },
      });
      if (row === null) return null;
      return {
        ...toCountry(row),
        ...(want.has('claims') ? { claims: row.claims.map(toClaim) } : {}),
        ...(want.has('tradeFigures') ? { tradeFigures: row.reportedTrade.map(toTradeFigure) } : {}),
        ...(want.has('leaders') ? { leaders: row.leaders.map(toLeader) } : {}),
      };
    },
  };
}

export type CountryRepository = ReturnType<typeof createCountryRepository>;
