import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { sql } from '../db/sql.js';
import type { CursorCodec, CursorValue } from '../lib/cursor.js';
import { keysetWhere, sortKeys, type SortField, type SortKey, type Where } from '../lib/keyset.js';
import { enclosingParagraph, sliceCodePoints } from '../lib/text-span.js';
import type { Tx } from '../db/writer.js';
import { DuplicateRecordError, RecordNotFoundError, UnknownReferenceError } from '../domain/errors.js';
import type { ClaimCreate, ClaimListQuery, ClaimOut, ClaimPatch } from '../schemas/claim.js';
import { listAll, listPage, mapOncePerRow, type ListDelegate, type ListResult } from './list.js';
import { isSearch } from '../lib/search.js';
import { searchIds } from './search.js';
import { inSubquery, matchDrivenCounts, sqlListDelegate, whereSql, type Reads, type TableSpec } from './sql-list.js';
import {
  assertVersion,
  type ExpectedVersion,
  audit,
  locateQuote,
  newId,
  performWrite,
  type WriteContext,
  type WriteDeps,
  type WriteResult,
} from './write.js';

const SORT_FIELDS: Record<string, SortField> = {
  id: { column: 'id', nullable: false, type: 'string' },
  country: { column: 'countryCode', nullable: false, type: 'string' },
  topic: { column: 'topic', nullable: false, type: 'string' },
  verification: { column: 'verification', nullable: false, type: 'string' },
  claimantType: { column: 'claimantType', nullable: false, type: 'string' },
  claimedAt: { column: 'claimedAt', nullable: true, type: 'string' },
  createdAt: { column: 'createdAt', nullable: false, type: 'date' },
  updatedAt: { column: 'updatedAt', nullable: false, type: 'date' },
};

/** `facet=topic` counts every topic of each claim (ClaimTopic), not only the primary one. */
const TOPICS_FACET = '$topics';

const FACET_COLUMNS: Record<string, string> = {
  country: 'countryCode',
  topic: TOPICS_FACET,
  verification: 'verification',
  claimantType: 'claimantType',
  source: 'sourceId',
  status: 'status',
};

const include = {
  country: { select: { code: true, name: true } },
  source: { select: { id: true, title: true } },
  topics: { select: { topic: true }, orderBy: { position: 'asc' } },
} as const;

type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof include }>;

const CLAIM_TABLE: TableSpec<ClaimRow> = {
  table: 'Claim',
  columns: [
    'id',
    'countryCode',
    'claimantName',
    'claimantType',
    'claimantLeaderId',
    'statement',
    'quote',
    'sourceId',
    'topic',
    'verification',
    'claimedAt',
    'status',
    'createdAt',
    'updatedAt',
  ],
  dateColumns: ['createdAt', 'updatedAt'],
  // string_agg with ORDER BY is the same on PostgreSQL and on SQLite (3.44 and later).
  select: [
    'co."name" AS "countryName"',
    's."title" AS "sourceTitle"',
    `(SELECT string_agg(ct."topic", ',' ORDER BY ct."position") FROM "ClaimTopic" ct WHERE ct."claimId" = t."id") AS "topicList"`,
  ].join(', '),
  joins: 'JOIN "Country" co ON co."code" = t."countryCode" JOIN "Source" s ON s."id" = t."sourceId"',
  nest: (row) =>
    ({
      ...row,
      country: { code: row.countryCode, name: row.countryName },
      source: { id: row.sourceId, title: row.sourceTitle },
      topics: (typeof row.topicList === 'string' && row.topicList !== '' ? row.topicList.split(',') : [row.topic]).map(
        (topic) => ({ topic }),
      ),
    }) as unknown as ClaimRow,
};

const CLAIM_COLUMNS = new Set(CLAIM_TABLE.columns);

/** The topics of a claim with the primary one first; a claim stored with none has its primary one. */
function topicsOf(row: { topic: string; topics: { topic: string }[] }): ClaimOut['topics'] {
  const topics = row.topics.map((t) => t.topic);
  return (topics.length > 0 ? topics : [row.topic]) as ClaimOut['topics'];
}

/**
 * The topics a write leaves a claim with: `topics` as sent; `topic` alone replaces the primary
 * one and keeps the others (a client that knows one topic per claim corrects that one); neither,
 * the claim's own.
 */
type Topics = NonNullable<ClaimCreate['topics']>;

function writtenTopics(input: { topic?: ClaimCreate['topic']; topics?: ClaimCreate['topics'] }, current: Topics = []): Topics {
  if (input.topics !== undefined) return input.topics;
  if (input.topic !== undefined) return [input.topic, ...current.slice(1).filter((t) => t !== input.topic)];
  return current;
}

export type ClaimFilters = Omit<ClaimListQuery, 'limit' | 'cursor' | 'format' | 'sort' | 'facet'> & { country?: string[] };

export function toClaim(row: ClaimRow): ClaimOut {
  return {
    id: row.id,
    country: { code: row.country.code, name: row.country.name },
    claimant: { name: row.claimantName, type: row.claimantType as ClaimOut['claimant']['type'], leaderId: row.claimantLeaderId },
    statement: row.statement,
    quote: row.quote,
    quoteStart: row.quoteStart,
    quoteEnd: row.quoteEnd,
    source: { id: row.source.id, title: row.source.title },
    topic: row.topic as ClaimOut['topic'],
    topics: topicsOf(row),
    verification: row.verification as ClaimOut['verification'],
    verificationNote: row.verificationNote,
    verificationQuote:
      row.verificationQuote === null || row.verificationStart === null || row.verificationEnd === null
        ? null
        : { text: row.verificationQuote, start: row.verificationStart, end: row.verificationEnd },
    claimedAt: row.claimedAt,
    dateNote: row.dateNote,
    status: row.status as ClaimOut['status'],
    retractionReason: row.retractionReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** toClaim for list rows, which the SQL delegate reuses while the dataset is unchanged. */
const listedClaim = mapOncePerRow(toClaim);

function claimSortKeys(sort: string | undefined) {
  return sortKeys(sort, SORT_FIELDS, 'country,id');
}

/**
 * For a search in country-then-id order (the default) on SQLite: the same list, whose pages also
 * name every country, in order. SQLite then looks the matches up in the (status, countryCode, id)
 * index country by country and id by id, which is the page's order, and stops after a page,
 * instead of reading every match's row and sorting them all (a word in 1% of 100k claims is
 * ~1,000 rows a page). It changes no result: a claim's country is a foreign key, and list rows
 * join it. After a cursor only its country and the later ones are named, since each earlier one
 * would cost a lookup per match for nothing. Counts and facets are not given the countries:
 * they would cost a lookup per match and country (see matchDrivenCounts). Null for any other order.
 */
function countryOrderedPages(delegate: ListDelegate<ClaimRow>, keys: SortKey[]): ListDelegate<ClaimRow> | null {
  const [country, id] = keys;
  if (keys.length !== 2 || country?.column !== 'countryCode' || id?.column !== 'id') return null;
  const afterCursor = delegate.keysetWhere ?? keysetWhere;
  // listPage and listAll ask for the cursor's condition just before the page it bounds, so one
  // delegate per list call sees each page's cursor here before that page's findMany.
  let from: CursorValue = null;
  return {
    ...delegate,
    keysetWhere(cursorKeys, values) {
      from = values[0] ?? null;
      return afterCursor(cursorKeys, values);
    },
    findMany(args) {
      const countries =
        typeof from === 'string'
          ? sql(`SELECT "code" FROM "Country" WHERE "code" ${country.direction === 'asc' ? '>=' : '<='} ?`, [from])
          : sql('SELECT "code" FROM "Country"');
      return delegate.findMany({ ...args, where: { AND: [args.where, inSubquery('countryCode', countries)] } });
    },
  };
}

type ClaimColumns = Prisma.ClaimGetPayload<object> & { topics: { topic: string }[] };

/** The columns a claim's fields map to, with offsets found in the source text. */
async function resolveClaim(tx: Tx, input: ClaimCreate & { topics: Topics }) {
  const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { text: true } });
  if (source === null) throw new UnknownReferenceError('sourceId', input.sourceId);
  if ((await tx.country.count({ where: { code: input.countryCode } })) === 0) {
    throw new UnknownReferenceError('countryCode', input.countryCode);
  }
  const leaderId = input.claimant.leaderId ?? null;
  if (leaderId !== null && (await tx.leader.count({ where: { id: leaderId } })) === 0) {
    throw new UnknownReferenceError('claimant.leaderId', leaderId);
  }
  const quote = locateQuote(source.text, input.quote, input.quoteOffsetHint, 'quote');
  const verificationQuote = input.verificationQuote ?? null;
  const verification =
    verificationQuote === null
      ? null
      : locateQuote(source.text, verificationQuote, input.verificationOffsetHint, 'verificationQuote');
  return {
    countryCode: input.countryCode,
    sourceId: input.sourceId,
    claimantName: input.claimant.name,
    claimantType: input.claimant.type,
    claimantLeaderId: leaderId,
    statement: input.statement,
    quote: input.quote,
    quoteStart: quote.start,
    quoteEnd: quote.end,
    topic: input.topics[0] ?? 'other',
    topics: input.topics,
    verification: input.verification,
    verificationNote: input.verificationNote,
    verificationQuote,
    verificationStart: verification?.start ?? null,
    verificationEnd: verification?.end ?? null,
    claimedAt: input.claimedAt ?? null,
    dateNote: input.dateNote,
  };
}

/** The write input a stored claim corresponds to, so a PATCH can be applied over it. */
function asInput(row: ClaimColumns): ClaimCreate {
  return {
    countryCode: row.countryCode,
    sourceId: row.sourceId,
    claimant: {
      name: row.claimantName,
      type: row.claimantType as ClaimCreate['claimant']['type'],
      leaderId: row.claimantLeaderId,
    },
    statement: row.statement,
    quote: row.quote,
    quoteOffsetHint: row.quoteStart,
    topics: topicsOf(row),
    verification: row.verification as ClaimCreate['verification'],
    verificationNote: row.verificationNote,
    verificationQuote: row.verificationQuote,
    verificationOffsetHint: row.verificationStart ?? undefined,
    claimedAt: row.claimedAt,
    dateNote: row.dateNote,
  };
}

function withoutRelations({ topics: _topics, ...columns }: ClaimColumns) {
  return columns;
}

export function createClaimRepository(db: Db, reads: Reads, codec: CursorCodec, deps: WriteDeps) {
  async function current(tx: Tx, id: string): Promise<ClaimColumns> {
    const row = await tx.claim.findUnique({ where: { id }, include: { topics: include.topics } });
    if (row === null) throw new RecordNotFoundError('Claim', id);
    return row;
  }

  const rows = sqlListDelegate(reads, CLAIM_TABLE);
  /** The list delegate, with `facet=topic` counted over ClaimTopic: a claim counts once per topic. */
  const delegate: ListDelegate<ClaimRow> = {
    ...rows,
    async groupBy(args) {
      if (args.by[0] !== TOPICS_FACET) return rows.groupBy(args);
      const condition = whereSql(args.where, reads.reader, CLAIM_COLUMNS);
      const counts = await reads.reader.all<{ k: string; n: number | bigint | string }>({
        text: `SELECT ct."topic" AS k, COUNT(*) AS n FROM "Claim" t JOIN "ClaimTopic" ct ON ct."claimId" = t."id" WHERE ${condition.text} GROUP BY ct."topic"`,
        params: condition.params,
      });
      return counts.map((r) => ({ [TOPICS_FACET]: r.k, _count: { _all: Number(r.n) } }));
    },
  };

  function searchCondition(q: string, fields: readonly string[] | undefined): Where {
    const ids = searchIds(reads.reader, 'claim', q, fields);
    return ids === null ? { id: { in: [] } } : inSubquery('id', ids);
  }

  /** The delegate a list reads its pages through (see countryOrderedPages). */
  function pagesFor(filters: ClaimFilters, keys: SortKey[]): ListDelegate<ClaimRow> {
    if (!isSearch(filters.q) || reads.reader.dialect !== 'sqlite') return delegate;
    return matchDrivenCounts(countryOrderedPages(delegate, keys) ?? delegate);
  }

  async function buildWhere(filters: ClaimFilters): Promise<Where> {
    const and: Where[] = [];
    if (filters.country) and.push({ countryCode: { in: filters.country } });
    // Any of the claim's topics, not only its primary one.
    if (filters.topic) {
      const topics = filters.topic;
      and.push(
        inSubquery(
          'id',
          sql(`SELECT "claimId" FROM "ClaimTopic" WHERE "topic" IN (${topics.map(() => '?').join(', ')})`, topics),
        ),
      );
    }
    if (filters.verification) and.push({ verification: { in: filters.verification } });
    if (filters.claimantType) and.push({ claimantType: { in: filters.claimantType } });
    if (filters.claimant) and.push({ claimantLeaderId: { in: filters.claimant } });
    if (filters.source) and.push({ sourceId: { in: filters.source } });
    if (filters.status !== 'all') and.push({ status: filters.status });
    if (filters['claimedAt[from]']) and.push({ claimedAt: { gte: filters['claimedAt[from]'] } });
    // A partial date bound covers its whole period: to=2021 includes 2021-12-31.
    if (filters['claimedAt[to]']) and.push({ claimedAt: { lte: `${filters['claimedAt[to]']}\uffff` } });
    if (isSearch(filters.q)) and.push(searchCondition(filters.q, filters.qFields));
    return { AND: and };
  }

  return {
    async list(query: ClaimListQuery): Promise<ListResult<ClaimOut>> {
      const keys = claimSortKeys(query.sort);
      const { limit, cursor, format: _format, sort: _sort, facet, ...filters } = query;
      const where = await buildWhere(filters);
      const facets = (facet ?? []).map((name: string) => FACET_COLUMNS[name] ?? name);
      const pages = pagesFor(filters, keys);
      const result = await listPage(pages, codec, { where, keys, limit, cursor, facets, filters }, include);
      return {
        ...result,
        rows: result.rows.map(listedClaim),
        facets: renameFacets(result.facets, facet ?? []),
      };
    },

    async *exportAll(query: ClaimListQuery): AsyncGenerator<ClaimOut> {
      const keys = claimSortKeys(query.sort);
      const { limit: _l, cursor: _c, format: _f, sort: _s, facet: _facet, ...filters } = query;
      const where = await buildWhere(filters);
      for await (const row of listAll(pagesFor(filters, keys), where, keys, include)) yield listedClaim(row);
    },

    /** A country's active claims, by id (its `include=claims`). */
    async *activeForCountry(code: string): AsyncGenerator<ClaimOut> {
      const where = { AND: [{ countryCode: code }, { status: 'active' }] };
      for await (const row of listAll(delegate, where, claimSortKeys('id'))) yield listedClaim(row);
    },

    async findById(id: string): Promise<ClaimOut | null> {
      const row = await db.claim.findUnique({ where: { id }, include });
      return row === null ? null : toClaim(row);
    },

    create(input: ClaimCreate, ctx: WriteContext): Promise<WriteResult<ClaimOut>> {
      return performWrite(deps, ctx, 201, async (tx, datasetVersion) => {
        const { topics, ...data } = await resolveClaim(tx, { ...input, topics: writtenTopics(input) });
        const id = newId(input.countryCode, input.statement);
        const row = await tx.claim.create({
          data: { id, ...data, topics: { create: topics.map((topic, position) => ({ topic, position })) } },
          include,
        });
        await audit(tx, {
          resourceType: 'claim',
          resourceId: id,
          version: 1,
          action: 'create',
          actor: ctx.actor,
          reason: null,
          before: {},
          after: { ...data, topics },
          datasetVersion,
        });
        return toClaim(row);
      });
    },

    update(id: string, patch: ClaimPatch, expectedVersion: ExpectedVersion, ctx: WriteContext): Promise<WriteResult<ClaimOut>> {
      return performWrite(deps, ctx, 200, async (tx, datasetVersion) => {
        const before = await current(tx, id);
        assertVersion(before, expectedVersion);
        const { reason, topic: _topic, topics: _topics, ...changes } = patch;
        const beforeTopics = topicsOf(before);
        const merged = { ...asInput(before), ...changes, topics: writtenTopics(patch, beforeTopics) };
        // A new quote or source needs its own position; the old offset is no hint for it.
        if (changes.quote !== undefined || changes.sourceId !== undefined) merged.quoteOffsetHint = changes.quoteOffsetHint;
        if (changes.verificationQuote !== undefined || changes.sourceId !== undefined) {
          merged.verificationOffsetHint = changes.verificationOffsetHint;
        }
        const { topics, ...data } = await resolveClaim(tx, merged);
        const version = before.version + 1;
        const row = await tx.claim.update({
          where: { id },
          data: {
            ...data,
            version,
            topics: { deleteMany: {}, create: topics.map((topic, position) => ({ topic, position })) },
          },
          include,
        });
        await audit(tx, {
          resourceType: 'claim',
          resourceId: id,
          version,
          action: 'update',
          actor: ctx.actor,
          reason,
          before: { ...withoutRelations(before), topics: beforeTopics },
          after: { ...data, topics },
          datasetVersion,
        });
        return toClaim(row);
      });
    },

    retract(id: string, reason: string, expectedVersion: ExpectedVersion, ctx: WriteContext): Promise<WriteResult<ClaimOut>> {
      return performWrite(deps, ctx, 200, async (tx, datasetVersion) => {
        const before = await current(tx, id);
        assertVersion(before, expectedVersion);
        if (before.status === 'retracted') throw new DuplicateRecordError(`Claim "${id}" is already retracted.`);
        const version = before.version + 1;
        const after = { status: 'retracted', retractionReason: reason };
        const row = await tx.claim.update({ where: { id }, data: { ...after, version }, include });
        await audit(tx, {
          resourceType: 'claim',
          resourceId: id,
          version,
          action: 'retract',
          actor: ctx.actor,
          reason,
          before: { status: before.status, retractionReason: before.retractionReason },
          after,
          datasetVersion,
        });
        return toClaim(row);
      });
    },

    async evidence(id: string) {
      const row = await db.claim.findUnique({ where: { id }, include: { source: true } });
      if (row === null) return null;
      const text = row.source.text;
      const paragraph = enclosingParagraph(text, row.quoteStart, row.quoteEnd);
      return {
        claimId: row.id,
        quote: { text: row.quote, start: row.quoteStart, end: row.quoteEnd },
        paragraph: paragraph ?? { text: '', start: row.quoteStart, end: row.quoteStart },
        verificationQuote:
          row.verificationQuote === null || row.verificationStart === null || row.verificationEnd === null
            ? null
            : { text: row.verificationQuote, start: row.verificationStart, end: row.verificationEnd },
        source: {
          id: row.source.id,
          kind: row.source.kind,
          title: row.source.title,
          author: row.source.author,
          publisher: row.source.publisher,
          language: row.source.language,
          url: row.source.url,
          publishedAt: row.source.publishedAt?.toISOString() ?? null,
          dateNote: row.source.dateNote,
          retrievedAt: row.source.retrievedAt.toISOString(),
          textSha256: row.source.textSha256,
          textUrl: `/v1/sources/${row.source.id}/text`,
        },
        offsetUnit: 'unicode_code_point' as const,
        matches: sliceCodePoints(text, row.quoteStart, row.quoteEnd) === row.quote,
      };
    },
  };
}

export function renameFacets(
  facets: Record<string, Record<string, number>> | undefined,
  names: readonly string[],
  columns: Record<string, string> = FACET_COLUMNS,
): Record<string, Record<string, number>> | undefined {
  if (facets === undefined) return undefined;
  return Object.fromEntries(names.map((name) => [name, facets[columns[name] ?? name] ?? {}]));
}

export type ClaimRepository = ReturnType<typeof createClaimRepository>;
