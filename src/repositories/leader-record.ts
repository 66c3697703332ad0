import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../db/write-tx.js';
import { parseBasis } from '../domain/basis.js';
import { InconsistentFieldError } from '../domain/errors.js';
import { LEADER_BASIS_FIELDS } from '../domain/vocabulary.js';
import type { LeaderCreate, LeaderOut, LeaderPatch } from '../schemas/leader.js';
import { mergeBasis, resolveBasis, servedBasis, storedBasis, type BasisMap } from './basis.js';
import { recordRow } from './record-row.js';
import { COUNTRY_REF, COUNTRY_SELECT, SOURCE_REF, SOURCE_SELECT, type RecordSpec } from './sql-list/index.js';
import type { VersionedResource } from './versioned.js';
import { citedSourceText, locateQuote, newId, patchedInput, requireReference } from './write.js';

type LeaderColumns = Prisma.LeaderGetPayload<object>;

/** What a person is read with: their country (if any) and source as references. */
export const include = { country: COUNTRY_SELECT, source: SOURCE_SELECT } as const;

export type LeaderRow = Prisma.LeaderGetPayload<{ include: typeof include }>;

/** A person read with raw SQL in the shape `include` gives. */
export const LEADER_RECORD = {
  table: 'Leader',
  references: [{ ...COUNTRY_REF, optional: true }, SOURCE_REF],
} as const satisfies RecordSpec;

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

const leaderRow = recordRow(LEADER_RECORD, toLeader);

/** The parts of the write path that are a person's own (see versioned.ts). */
export const LEADER_WRITES = {
  resourceType: 'leader',
  noun: 'Leader',
  table: 'Leader',
  find: (tx, id) => leaderRow.columnsWithBasis<LeaderColumns, (typeof LEADER_BASIS_FIELDS)[number]>(tx, id, LEADER_BASIS_FIELDS),
  newId: (tx, input) => newId(tx, 'Leader', input.name),
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
  insert: (tx, id, data, at) => leaderRow.insert(tx, id, storedBasis(data), at),
  save: (tx, id, data, at) => leaderRow.save(tx, id, storedBasis(data), at),
  read: leaderRow.read,
  // Revisions record the basis as it is served, every field present.
  recorded: {
    created: (data) => servedBasis(data, LEADER_BASIS_FIELDS),
    updated: (data) => servedBasis(data, LEADER_BASIS_FIELDS),
  },
} satisfies VersionedResource<StoredLeader, LeaderCreate, LeaderPatch, Resolved, Resolved, LeaderOut>;
