import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import type { CursorCodec } from '../lib/cursor.js';
import { sortKeys, type SortField, type Where } from '../lib/keyset.js';
import type { LeaderListQuery, LeaderOut } from '../schemas/leader.js';
import { listAll, listPage, type ListDelegate, type ListResult } from './list.js';

const SORT_FIELDS: Record<string, SortField> = {
  id: { column: 'id', nullable: false, type: 'string' },
  name: { column: 'name', nullable: false, type: 'string' },
  country: { column: 'countryCode', nullable: true, type: 'string' },
  kind: { column: 'kind', nullable: false, type: 'string' },
};

const include = {
  country: { select: { code: true, name: true } },
  source: { select: { id: true, title: true } },
} as const;

type LeaderRow = Prisma.LeaderGetPayload<{ include: typeof include }>;

export function toLeader(row: LeaderRow): LeaderOut {
  return {
    id: row.id,
    name: row.name,
    nameSource: row.nameSource,
    role: row.role,
    title: row.title,
    kind: row.kind as LeaderOut['kind'],
    country: row.country === null ? null : { code: row.country.code, name: row.country.name },
    affiliation: row.affiliation,
    inOffice: row.inOffice,
    quote: row.quote,
    quoteStart: row.quoteStart,
    quoteEnd: row.quoteEnd,
    source: { id: row.source.id, title: row.source.title },
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function createLeaderRepository(db: Db, codec: CursorCodec) {
  const delegate = db.leader as unknown as ListDelegate<LeaderRow>;

  function split(query: LeaderListQuery) {
    const { limit, cursor, format: _format, sort, ...filters } = query;
    const and: Where[] = [];
    if (filters.country) and.push({ countryCode: { in: filters.country } });
    if (filters.kind) and.push({ kind: { in: filters.kind } });
    if (filters.role) and.push({ role: { in: filters.role } });
    return { limit, cursor, filters, where: { AND: and }, keys: sortKeys(sort, SORT_FIELDS, 'id') };
  }

  return {
    async list(query: LeaderListQuery): Promise<ListResult<LeaderOut>> {
      const { limit, cursor, filters, where, keys } = split(query);
      const result = await listPage(
        delegate,
        codec,
        { where, keys, limit, cursor, facets: [], fingerprintOf: [filters, keys.map((k) => [k.name, k.direction])] },
        include,
      );
      return { ...result, rows: result.rows.map(toLeader) };
    },

    async *exportAll(query: LeaderListQuery): AsyncGenerator<LeaderOut> {
      const { where, keys } = split(query);
      for await (const row of listAll(delegate, where, keys, include)) yield toLeader(row);
    },

    async findById(id: string): Promise<LeaderOut | null> {
      const row = await db.leader.findUnique({ where: { id }, include });
      return row === null ? null : toLeader(row);
    },
  };
}

export type LeaderRepository = ReturnType<typeof createLeaderRepository>;
