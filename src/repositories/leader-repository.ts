import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import type { CursorCodec } from '../lib/cursor.js';
import { sortKeys, type SortField, type Where } from '../lib/keyset.js';
import type { Tx } from '../db/writer.js';
import { parseBasis } from '../domain/basis.js';
import { InconsistentFieldError, RecordNotFoundError, UnknownReferenceError } from '../domain/errors.js';
import { LEADER_BASIS_FIELDS } from '../domain/vocabulary.js';
import type { LeaderCreate, LeaderListQuery, LeaderOut, LeaderPatch } from '../schemas/leader.js';
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
import { mergeBasis, resolveBasis, type BasisMap } from './basis.js';
import { listAll, listPage, mapOncePerRow, type ListResult } from './list.js';
import { sqlListDelegate, type Reads, type TableSpec } from './sql-list.js';

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

const LEADER_TABLE: TableSpec<LeaderRow> = {
  table: 'Leader',
  columns: [
    'id',
    'name',
    'nameSource',
    'role',
    'title',
    'kind',
    'countryCode',
    'affiliation',
    'inOffice',
    'sourceId',
    'quote',
    'quoteStart',
    'quoteEnd',
    'basis',
    'version',
    'createdAt',
    'updatedAt',
  ],
  dateColumns: ['createdAt', 'updatedAt'],
  select: 'co."name" AS "countryName", s."title" AS "sourceTitle"',
  joins: 'LEFT JOIN "Country" co ON co."code" = t."countryCode" JOIN "Source" s ON s."id" = t."sourceId"',
  nest: (row) =>
    ({
      ...row,
      country: row.countryCode === null ? null : { code: row.countryCode, name: row.countryName },
      source: { id: row.sourceId, title: row.sourceTitle },
    }) as unknown as LeaderRow,
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
    basis: parseBasis(row.basis, LEADER_BASIS_FIELDS),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** toLeader for list rows, which the SQL delegate reuses while the dataset is unchanged. */
const listedLeader = mapOncePerRow(toLeader);

type LeaderColumns = Prisma.LeaderGetPayload<object>;

async function resolveLeader(tx: Tx, input: LeaderCreate) {
  const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { text: true } });
  if (source === null) throw new UnknownReferenceError('sourceId', input.sourceId);
  const countryCode = input.countryCode ?? null;
  if (countryCode !== null && (await tx.country.count({ where: { code: countryCode } })) === 0) {
    throw new UnknownReferenceError('countryCode', countryCode);
  }
  const quote = locateQuote(source.text, input.quote, input.quoteOffsetHint, 'quote');
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
  const { basis: _basis, ...fields } = row;
  return { ...fields, kind: row.kind as LeaderCreate['kind'], quoteOffsetHint: row.quoteStart };
}

/** The API field each basis entry describes, for the columns a write changes. */
const BASIS_FIELD_OF: Record<string, string> = { countryCode: 'country' };

/** A person's country stands on the source or a named reference (see the seed's same rule). */
function checkCountryBasis(countryCode: string | null, basis: BasisMap): void {
  const kind = basis.country?.kind;
  if (countryCode !== null && kind !== 'source' && kind !== 'reference') {
    throw new InconsistentFieldError(
      'basis.country',
      'basis.country must be of kind source or reference while the person has a countryCode; send one, or set countryCode to null.',
    );
  }
}

export function createLeaderRepository(db: Db, reads: Reads, codec: CursorCodec, deps: WriteDeps) {
  const delegate = sqlListDelegate(reads, LEADER_TABLE);

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
      const result = await listPage(delegate, codec, { where, keys, limit, cursor, facets: [], filters });
      return { ...result, rows: result.rows.map(listedLeader) };
    },

    async *exportAll(query: LeaderListQuery): AsyncGenerator<LeaderOut> {
      const { where, keys } = split(query);
      for await (const row of listAll(delegate, where, keys)) yield listedLeader(row);
    },

    /** Everyone the source ties to a country, by id (a country's `include=leaders`). */
    async *forCountry(code: string): AsyncGenerator<LeaderOut> {
      for await (const row of listAll(delegate, { countryCode: code }, sortKeys('id', SORT_FIELDS, 'id'))) {
        yield listedLeader(row);
      }
    },

    async findById(id: string): Promise<LeaderOut | null> {
      const row = await db.leader.findUnique({ where: { id }, include });
      return row === null ? null : toLeader(row);
    },

    create(input: LeaderCreate, ctx: WriteContext): Promise<WriteResult<LeaderOut>> {
      return performWrite(deps, ctx, 201, async (tx, datasetVersion) => {
        const data = await resolveLeader(tx, input);
        const basis = await resolveBasis(tx, input.basis);
        checkCountryBasis(data.countryCode, basis);
        const id = newId(input.name);
        const row = await tx.leader.create({ data: { id, ...data, basis: JSON.stringify(basis) }, include });
        await audit(tx, {
          resourceType: 'leader',
          resourceId: id,
          version: 1,
          action: 'create',
          actor: ctx.actor,
          reason: null,
          before: {},
          after: { ...data, basis: parseBasis(JSON.stringify(basis), LEADER_BASIS_FIELDS) },
          datasetVersion,
        });
        return toLeader(row);
      });
    },

    update(id: string, patch: LeaderPatch, expectedVersion: ExpectedVersion, ctx: WriteContext): Promise<WriteResult<LeaderOut>> {
      return performWrite(deps, ctx, 200, async (tx, datasetVersion) => {
        const before = await tx.leader.findUnique({ where: { id } });
        if (before === null) throw new RecordNotFoundError('Leader', id);
        assertVersion(before, expectedVersion);
        const { reason, basis: basisPatch, ...changes } = patch;
        const merged = { ...asInput(before), ...changes };
        if (changes.quote !== undefined || changes.sourceId !== undefined) merged.quoteOffsetHint = changes.quoteOffsetHint;
        const data = await resolveLeader(tx, merged);
        const beforeBasis = parseBasis(before.basis, LEADER_BASIS_FIELDS);
        const columnChanged = (column: keyof typeof data) => data[column] !== before[column];
        const changedFields = new Set(
          (Object.keys(data) as (keyof typeof data)[]).filter(columnChanged).map((c) => BASIS_FIELD_OF[c] ?? c),
        );
        const basis = mergeBasis(beforeBasis, await resolveBasis(tx, basisPatch), (field) => changedFields.has(field));
        checkCountryBasis(data.countryCode, basis);
        const version = before.version + 1;
        const row = await tx.leader.update({ where: { id }, data: { ...data, basis: JSON.stringify(basis), version }, include });
        await audit(tx, {
          resourceType: 'leader',
          resourceId: id,
          version,
          action: 'update',
          actor: ctx.actor,
          reason,
          before: { ...before, basis: beforeBasis },
          after: { ...data, basis: parseBasis(JSON.stringify(basis), LEADER_BASIS_FIELDS) },
          datasetVersion,
        });
        return toLeader(row);
      });
    },
  };
}

export type LeaderRepository = ReturnType<typeof createLeaderRepository>;
