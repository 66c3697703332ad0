import { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { and, inList } from '../db/conditions.js';
import { sql } from '../db/sql.js';
import type { CursorCodec } from '../lib/cursor.js';
import { sortFields, sortOrder } from '../lib/keyset.js';
import { codePointLength } from '../lib/text-span.js';
import { sha256 } from '../lib/hash.js';
import type { SourceCreate, SourceListQuery, SourceOut, SourcePatch } from '../schemas/source.js';
import { SOURCE_SORT_FIELDS, type SourceSortField } from '../schemas/list-fields.js';
import { listMethods, mapOncePerRow } from './list.js';
import { sqlTable, type Reads, type TableSpec } from './sql-list.js';
import { versionedWrites, type VersionedResource } from './versioned.js';
import { newId, type WriteDeps } from './write.js';

type SourceColumns = Prisma.SourceGetPayload<object>;
type SourceColumn = Prisma.SourceScalarFieldEnum;

const SORT_FIELDS = sortFields<SourceSortField, SourceColumn>(SOURCE_SORT_FIELDS, {}, { retrievedAt: 'date' });

const active = { where: { status: 'active' } } as const;
const include = {
  notes: { orderBy: { quoteStart: 'asc' } },
  _count: { select: { claims: active, tradeFigures: active } },
} as const;

type SourceRow = Prisma.SourceGetPayload<{ include: typeof include }>;

const SOURCE_TABLE: TableSpec<SourceColumn> = {
  table: 'Source',
  columns: Object.values(Prisma.SourceScalarFieldEnum),
  dateColumns: ['publishedAt', 'retrievedAt'],
  // The same relations as `include` above.
  counts: [
    { as: 'claims', table: 'Claim', column: 'sourceId', activeOnly: true },
    { as: 'tradeFigures', table: 'TradeFigure', column: 'sourceId', activeOnly: true },
  ],
  children: {
    name: 'notes',
    parentKey: 'sourceId',
    query: (ids) =>
      sql(
        `SELECT n.* FROM "SourceNote" n WHERE n."sourceId" IN (${ids.map(() => '?').join(', ')}) ORDER BY n."quoteStart" ASC, n."id" ASC`,
        ids,
      ),
  },
};

function toSource(row: SourceRow): SourceOut {
  return {
    id: row.id,
    kind: row.kind as SourceOut['kind'],
    title: row.title,
    author: row.author,
    publisher: row.publisher,
    language: row.language,
    url: row.url,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    dateNote: row.dateNote,
    retrievedAt: row.retrievedAt.toISOString(),
    textSha256: row.textSha256,
    textLength: codePointLength(row.text),
    textNote: row.textNote,
    textUrl: `/v1/sources/${row.id}/text`,
    notes: row.notes.map((n) => ({
      id: n.id,
      category: n.category,
      note: n.note,
      quote: { text: n.quote, start: n.quoteStart, end: n.quoteEnd },
    })),
    counts: { claims: row._count.claims, tradeFigures: row._count.tradeFigures },
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** toSource for list rows, which the SQL table reuses while the dataset is unchanged. */
const listedSource = mapOncePerRow(toSource);

function metadata(input: Omit<SourceCreate, 'text'>) {
  return {
    kind: input.kind,
    title: input.title,
    author: input.author ?? null,
    publisher: input.publisher ?? null,
    language: input.language,
    url: input.url ?? null,
    publishedAt: input.publishedAt === undefined || input.publishedAt === null ? null : new Date(input.publishedAt),
    dateNote: input.dateNote,
    retrievedAt: new Date(input.retrievedAt),
    textNote: input.textNote,
  };
}

const SOURCE_WRITES = {
  resourceType: 'source',
  noun: 'Source',
  find: (tx, id) => tx.source.findUnique({ where: { id } }),
  newId: (input) => newId(input.title),
  created: async (_tx, input) => ({ ...metadata(input), text: input.text, textSha256: sha256(input.text) }),
  updated: async (_tx, before, changes) =>
    metadata({
      ...before,
      kind: before.kind as SourceCreate['kind'],
      publishedAt: before.publishedAt?.toISOString() ?? null,
      retrievedAt: before.retrievedAt.toISOString(),
      ...changes,
    }),
  insert: async (tx, id, data) => toSource(await tx.source.create({ data: { id, ...data }, include })),
  save: async (tx, id, data) => toSource(await tx.source.update({ where: { id }, data, include })),
} satisfies VersionedResource<
  SourceColumns,
  SourceCreate,
  SourcePatch,
  ReturnType<typeof metadata> & { text: string; textSha256: string },
  ReturnType<typeof metadata>,
  SourceOut
>;

const sourceOrder = (sort: string | undefined) => sortOrder(sort, SORT_FIELDS, 'id');

export function createSourceRepository(db: Db, reads: Reads, codec: CursorCodec, deps: WriteDeps) {
  const table = sqlTable<SourceRow, SourceColumn>(reads, SOURCE_TABLE);
  const writes = versionedWrites(deps, SOURCE_WRITES);

  return {
    ...listMethods<SourceListQuery, SourceRow, SourceColumn, SourceOut>(
      table,
      codec,
      {
        order: sourceOrder,
        filter: (filters) => (column) =>
          and(
            filters.kind && inList(column('kind'), filters.kind),
            filters.language && inList(column('language'), filters.language),
          ),
      },
      listedSource,
    ),

    async findById(id: string): Promise<SourceOut | null> {
      const row = await db.source.findUnique({ where: { id }, include });
      return row === null ? null : toSource(row);
    },

    create: writes.create,
    update: writes.update,

    async text(id: string): Promise<{ text: string; sha256: string; language: string } | null> {
      const row = await db.source.findUnique({ where: { id }, select: { text: true, textSha256: true, language: true } });
      return row === null ? null : { text: row.text, sha256: row.textSha256, language: row.language };
    },
  };
}

export type SourceRepository = ReturnType<typeof createSourceRepository>;
