import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import type { CursorCodec } from '../lib/cursor.js';
import { sortKeys, type SortField, type Where } from '../lib/keyset.js';
import { codePointLength } from '../lib/text-span.js';
import type { Tx } from '../db/writer.js';
import { RecordNotFoundError } from '../domain/errors.js';
import { sha256 } from '../lib/hash.js';
import type { SourceCreate, SourceListQuery, SourceOut, SourcePatch } from '../schemas/source.js';
import {
  assertVersion,
  type ExpectedVersion,
  audit,
  newId,
  performWrite,
  type WriteContext,
  type WriteDeps,
  type WriteResult,
} from './write.js';
import { listAll, listPage, type ListDelegate, type ListResult } from './list.js';

const SORT_FIELDS: Record<string, SortField> = {
  id: { column: 'id', nullable: false, type: 'string' },
  title: { column: 'title', nullable: false, type: 'string' },
  retrievedAt: { column: 'retrievedAt', nullable: false, type: 'date' },
};

const active = { where: { status: 'active' } } as const;
const include = {
  notes: { orderBy: { quoteStart: 'asc' } },
  _count: { select: { claims: active, tradeFigures: active } },
} as const;

type SourceRow = Prisma.SourceGetPayload<{ include: typeof include }>;

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

export function createSourceRepository(db: Db, codec: CursorCodec, deps: WriteDeps) {
  async function current(tx: Tx, id: string) {
    const row = await tx.source.findUnique({ where: { id } });
    if (row === null) throw new RecordNotFoundError('Source', id);
    return row;
  }

  const delegate = db.source as unknown as ListDelegate<SourceRow>;

  function split(query: SourceListQuery) {
    const { limit, cursor, format: _format, sort, ...filters } = query;
    const and: Where[] = [];
    if (filters.kind) and.push({ kind: { in: filters.kind } });
    if (filters.language) and.push({ language: { in: filters.language } });
    return { limit, cursor, filters, where: { AND: and }, keys: sortKeys(sort, SORT_FIELDS, 'id') };
  }

  return {
    async list(query: SourceListQuery): Promise<ListResult<SourceOut>> {
      const { limit, cursor, filters, where, keys } = split(query);
      const result = await listPage(delegate, codec, { where, keys, limit, cursor, facets: [], filters }, include);
      return { ...result, rows: result.rows.map(toSource) };
    },

    async *exportAll(query: SourceListQuery): AsyncGenerator<SourceOut> {
      const { where, keys } = split(query);
      for await (const row of listAll(delegate, where, keys, include)) yield toSource(row);
    },

    async findById(id: string): Promise<SourceOut | null> {
      const row = await db.source.findUnique({ where: { id }, include });
      return row === null ? null : toSource(row);
    },

    create(input: SourceCreate, ctx: WriteContext): Promise<WriteResult<SourceOut>> {
      return performWrite(deps, ctx, 201, async (tx, datasetVersion) => {
        const id = newId(input.title);
        const data = { ...metadata(input), text: input.text, textSha256: sha256(input.text) };
        const row = await tx.source.create({ data: { id, ...data }, include });
        await audit(tx, {
          resourceType: 'source',
          resourceId: id,
          version: 1,
          action: 'create',
          actor: ctx.actor,
          reason: null,
          before: {},
          after: data,
          datasetVersion,
        });
        return toSource(row);
      });
    },

    update(id: string, patch: SourcePatch, expectedVersion: ExpectedVersion, ctx: WriteContext): Promise<WriteResult<SourceOut>> {
      return performWrite(deps, ctx, 200, async (tx, datasetVersion) => {
        const before = await current(tx, id);
        assertVersion(before, expectedVersion);
        const { reason, ...changes } = patch;
        const data = metadata({
          ...before,
          kind: before.kind as SourceCreate['kind'],
          publishedAt: before.publishedAt?.toISOString() ?? null,
          retrievedAt: before.retrievedAt.toISOString(),
          ...changes,
        });
        const version = before.version + 1;
        const row = await tx.source.update({ where: { id }, data: { ...data, version }, include });
        await audit(tx, {
          resourceType: 'source',
          resourceId: id,
          version,
          action: 'update',
          actor: ctx.actor,
          reason,
          before,
          after: data,
          datasetVersion,
        });
        return toSource(row);
      });
    },

    async text(id: string): Promise<{ text: string; sha256: string; language: string } | null> {
      const row = await db.source.findUnique({ where: { id }, select: { text: true, textSha256: true, language: true } });
      return row === null ? null : { text: row.text, sha256: row.textSha256, language: row.language };
    },
  };
}

export type SourceRepository = ReturnType<typeof createSourceRepository>;
