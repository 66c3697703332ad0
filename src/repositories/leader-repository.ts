// The browser entry: Prisma's enums and types without its client, which this process never loads.
import { Prisma } from '../generated/prisma/browser.js';
import { and, eq, inList } from '../db/conditions.js';
import type { CursorCodec } from '../lib/cursor.js';
import { sortFields, sortOrder } from '../lib/keyset.js';
import type { LeaderListQuery, LeaderOut } from '../schemas/leader.js';
import { LEADER_SORT_FIELDS, type LeaderSortField } from '../schemas/list-fields.js';
import { LEADER_RECORD, LEADER_WRITES, toLeader } from './leader-record.js';
import { listAll, type ListQuery } from './list.js';
import { listedResource } from './resource-list.js';
import type { Reads } from './sql-list/index.js';
import type { WriteDeps } from './versioned.js';

type LeaderColumn = Prisma.LeaderScalarFieldEnum;

const SORT_FIELDS = sortFields<LeaderSortField, LeaderColumn>(
  LEADER_SORT_FIELDS,
  { country: 'countryCode' },
  { country: 'string?' },
);

const LEADERS = listedResource(LEADER_RECORD, Prisma.LeaderScalarFieldEnum, toLeader, LEADER_WRITES);
const listedLeader = LEADERS.listed;

const leaderOrder = (sort: string | undefined) => sortOrder(sort, SORT_FIELDS, 'id');

export function createLeaderRepository(reads: Reads, codec: CursorCodec, deps: WriteDeps) {
  const { table, list, writes } = LEADERS.open<LeaderListQuery>(reads, codec, deps, () => ({
    order: leaderOrder,
    filter: (filters) => (column) =>
      and(
        filters.country && inList(column('countryCode'), filters.country),
        filters.kind && inList(column('kind'), filters.kind),
        filters.role && inList(column('role'), filters.role),
      ),
  }));

  return {
    ...list,

    /** Everyone the source ties to a country, by id (a country's `include=leaders`). */
    async *forCountry(code: string): AsyncGenerator<LeaderOut> {
      const query: ListQuery<LeaderColumn> = { filter: (column) => eq(column('countryCode'), code), order: leaderOrder('id') };
      for await (const row of listAll(table, query)) yield listedLeader(row);
    },

    /** Read as the list reads it (raw SQL, the row cache per dataset state). */
    async findById(id: string): Promise<LeaderOut | null> {
      const row = (await table.page(eq(table.column('id'), id), leaderOrder('id'), 1)).rows[0];
      return row === undefined ? null : toLeader(row);
    },

    create: writes.create,
    update: writes.update,
  };
}

export type LeaderRepository = ReturnType<typeof createLeaderRepository>;
