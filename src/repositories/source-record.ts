import type { Prisma } from '../generated/prisma/client.js';
import { sql } from '../db/sql.js';
import { sha256 } from '../lib/hash.js';
import { codePointLength } from '../lib/text-span.js';
import type { SourceCreate, SourceOut, SourcePatch } from '../schemas/source.js';
import { recordRow } from './record-row.js';
import type { RecordSpec } from './sql-list/index.js';
import type { VersionedResource } from './versioned.js';
import { newId } from './write.js';

const active = { where: { status: 'active' } } as const;
/** What a source is read with: its notes in order, and how many active claims and figures cite it. */
export const include = {
  notes: { orderBy: { quoteStart: 'asc' } },
  _count: { select: { claims: active, tradeFigures: active } },
} as const;

export type SourceRow = Prisma.SourceGetPayload<{ include: typeof include }>;

/** A source read with raw SQL in the shape `include` gives. */
export const SOURCE_RECORD = {
  table: 'Source',
  dateColumns: ['publishedAt', 'retrievedAt'],
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
} as const satisfies RecordSpec;

export function toSource(row: SourceRow): SourceOut {
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

type SourceColumns = Prisma.SourceGetPayload<object>;

const sourceRow = recordRow(SOURCE_RECORD, toSource);

/** The parts of the write path that are a source's own (see versioned.ts). */
export const SOURCE_WRITES = {
  resourceType: 'source',
  noun: 'Source',
  table: 'Source',
  find: (tx, id) => sourceRow.columns<SourceColumns>(tx, id),
  newId: (tx, input) => newId(tx, 'Source', input.title),
  created: async (_tx, input) => ({ ...metadata(input), text: input.text, textSha256: sha256(input.text) }),
  updated: async (_tx, before, changes) =>
    metadata({
      ...before,
      kind: before.kind as SourceCreate['kind'],
      publishedAt: before.publishedAt?.toISOString() ?? null,
      retrievedAt: before.retrievedAt.toISOString(),
      ...changes,
    }),
  insert: sourceRow.insert,
  save: sourceRow.save,
  read: sourceRow.read,
} satisfies VersionedResource<
  SourceColumns,
  SourceCreate,
  SourcePatch,
  ReturnType<typeof metadata> & { text: string; textSha256: string },
  ReturnType<typeof metadata>,
  SourceOut
>;
