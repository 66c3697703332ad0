import { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { and, eq, inList } from '../db/conditions.js';
import type { CursorCodec } from '../lib/cursor.js';
import { sortFields, sortOrder } from '../lib/keyset.js';
import type { Tx } from '../db/writer.js';
import type { LeaderCreate, LeaderListQuery, LeaderOut, LeaderPatch } from '../schemas/leader.js';
import { LEADER_SORT_FIELDS, type LeaderSortField } from '../schemas/list-fields.js';
import { listAll, listMethods, mapOncePerRow, type ListQuery } from './list.js';
import { COUNTRY_REF, COUNTRY_SELECT, SOURCE_REF, SOURCE_SELECT, sqlTable, type Reads, type TableSpec } from './sql-list.js';
import { versionedWrites, type VersionedResource } from './versioned.js';
import { citedSourceText, locateQuote, newId, patchedInput, requireReference, type WriteDeps } from './write.js';

type LeaderColumns = Prisma.LeaderGetPayload<object>;
type LeaderColumn = Prisma.LeaderScalarFieldEnum;

const SORT_FIELDS = sortFields<LeaderSortField, LeaderColumn>(
  LEADER_SORT_FIELDS,
  { country: 'countryCode' },
  { country: 'string?' },
);

const include = { country: COUNTRY_SELECT, source: SOURCE_SELECT } as const;

type LeaderRow = Prisma.LeaderGetPayload<{ include: typeof include }>;

const LEADER_TABLE: TableSpec<LeaderColumn> = {
  table: 'Leader',
  columns: Object.values(Prisma.LeaderScalarFieldEnum),
  references: [{ ...COUNTRY_REF, optional: true }, SOURCE_REF],
};

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

/** toLeader for list rows, which the SQL delegate reuses while the dataset is unchanged. */
const listedLeader = mapOncePerRow(toLeader);

async function resolveLeader(tx: Tx, input: LeaderCreate) {
  const text = await citedSourceText(tx, input.sourceId);
  const countryCode = input.countryCode ?? null;
  await requireReference(tx, 'country', 'countryCode', countryCode);
  const quote = locateQuote(text, input.quote, input.quoteOffsetHint, 'quote');
  return {
    name: input.name,
    nameSource: input.nameSource,
    role: input.role,
    title: input.title,
    kind: input.kind,
    countryCode,
    affiliation: input.affiliation ?? null,
    inOffice: input.inOffice,
    sourceId: input.sourceId,
    quote: input.quote,
    quoteStart: quote.start,
    quoteEnd: quote.end,
  };
}

function asInput(row: LeaderColumns): LeaderCreate {
  return { ...row, kind: row.kind as LeaderCreate['kind'], quoteOffsetHint: row.quoteStart };
}

type Resolved = Awaited<ReturnType<typeof resolveLeader>>;

const LEADER_WRITES = {
  resourceType: 'leader',
  noun: 'Leader',
  find: (tx, id) => tx.leader.findUnique({ where: { id } }),
  newId: (input) => newId(input.name),
  created: resolveLeader,
  updated: (tx, before, changes) => resolveLeader(tx, patchedInput(asInput(before), changes, { quote: 'quoteOffsetHint' })),
  insert: async (tx, id, data) => toLeader(await tx.leader.create({ data: { id, ...data }, include })),
  save: async (tx, id, data) => toLeader(await tx.leader.update({ where: { id }, data, include })),
} satisfies VersionedResource<LeaderColumns, LeaderCreate, LeaderPatch, Resolved, Resolved, LeaderOut>;

const leaderOrder = (sort: string | undefined) => sortOrder(sort, SORT_FIELDS, 'id');

export function createLeaderRepository(db: Db, reads: Reads, codec: CursorCodec, deps: WriteDeps) {
  const table = sqlTable<LeaderRow, LeaderColumn>(reads, LEADER_TABLE);
  const writes = versionedWrites(deps, LEADER_WRITES);

  return {
    ...listMethods<LeaderListQuery, LeaderRow, LeaderColumn, LeaderOut>(
      table,
      codec,
      {
        order: leaderOrder,
        filter: (filters) => (column) =>
          and(
            filters.country && inList(column('countryCode'), filters.country),
            filters.kind && inList(column('kind'), filters.kind),
            filters.role && inList(column('role'), filters.role),
          ),
      },
      listedLeader,
    ),

    /** Everyone the source ties to a country, by id (a country's `include=leaders`). */
    async *forCountry(code: string): AsyncGenerator<LeaderOut> {
      const query: ListQuery<LeaderColumn> = { filter: (column) => eq(column('countryCode'), code), order: leaderOrder('id') };
      for await (const row of listAll(table, query)) yield listedLeader(row);
    },

    async findById(id: string): Promise<LeaderOut | null> {
      const row = await db.leader.findUnique({ where: { id }, include });
      return row === null ? null : toLeader(row);
    },

    create: writes.create,
    update: writes.update,
  };
}

export type LeaderRepository = ReturnType<typeof createLeaderRepository>;
