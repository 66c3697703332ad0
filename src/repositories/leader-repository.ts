import { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { and, eq, inList } from '../db/conditions.js';
import type { CursorCodec } from '../lib/cursor.js';
import { sortFields, sortOrder } from '../lib/keyset.js';
import type { Tx } from '../db/writer.js';
import { parseBasis } from '../domain/basis.js';
import { InconsistentFieldError } from '../domain/errors.js';
import { LEADER_BASIS_FIELDS } from '../domain/vocabulary.js';
import type { LeaderCreate, LeaderListQuery, LeaderOut, LeaderPatch } from '../schemas/leader.js';
import { mergeBasis, resolveBasis, servedBasis, storedBasis, type BasisMap } from './basis.js';
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
    basis: parseBasis(row.basis, LEADER_BASIS_FIELDS),
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

type StoredLeader = Omit<LeaderColumns, 'basis'> & { basis: BasisMap };

function asInput(row: StoredLeader): LeaderCreate {
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

type Resolved = Awaited<ReturnType<typeof resolveLeader>> & { basis: BasisMap };

const LEADER_WRITES = {
  resourceType: 'leader',
  noun: 'Leader',
  async find(tx, id) {
    const row = await tx.leader.findUnique({ where: { id } });
    return row === null ? null : { ...row, basis: parseBasis(row.basis, LEADER_BASIS_FIELDS) };
  },
  newId: (input) => newId(input.name),
  async created(tx, input) {
    const data = await resolveLeader(tx, input);
    const basis = await resolveBasis(tx, input.basis);
    checkCountryBasis(data.countryCode, basis);
    return { ...data, basis };
  },
  async updated(tx, before, { basis: written, ...changes }) {
    const data = await resolveLeader(tx, patchedInput(asInput(before), changes, { quote: 'quoteOffsetHint' }));
    const changedFields = new Set(
      (Object.keys(data) as (keyof typeof data)[]).filter((c) => data[c] !== before[c]).map((c) => BASIS_FIELD_OF[c] ?? c),
    );
    const basis = mergeBasis(before.basis, await resolveBasis(tx, written), (field) => changedFields.has(field));
    checkCountryBasis(data.countryCode, basis);
    return { ...data, basis };
  },
  insert: async (tx, id, data) => toLeader(await tx.leader.create({ data: { id, ...storedBasis(data) }, include })),
  save: async (tx, id, data) => toLeader(await tx.leader.update({ where: { id }, data: storedBasis(data), include })),
  // Revisions record the basis as it is served, every field present.
  recorded: {
    created: (data) => servedBasis(data, LEADER_BASIS_FIELDS),
    updated: (data) => servedBasis(data, LEADER_BASIS_FIELDS),
  },
} satisfies VersionedResource<StoredLeader, LeaderCreate, LeaderPatch, Resolved, Resolved, LeaderOut>;

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
