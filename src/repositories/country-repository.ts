import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import type { CursorCodec } from '../lib/cursor.js';
import { sortKeys, type SortField, type Where } from '../lib/keyset.js';
import { ISO_COUNTRY_BASIS, parseBasis } from '../domain/basis.js';
import { DuplicateRecordError, InconsistentFieldError, RecordNotFoundError, UnknownReferenceError } from '../domain/errors.js';
import { isoCountry } from '../domain/iso-countries.js';
import { COUNTRY_BASIS_FIELDS } from '../domain/vocabulary.js';
import type { CountryCreate, CountryDetailOut, CountryListQuery, CountryOut, CountryPatch } from '../schemas/country.js';
import {
  assertVersion,
  type ExpectedVersion,
  audit,
  performWrite,
  type WriteContext,
  type WriteDeps,
  type WriteResult,
} from './write.js';
import { mergeBasis, resolveBasis } from './basis.js';
import type { ClaimRepository } from './claim-repository.js';
import type { LeaderRepository } from './leader-repository.js';
import { listAll, listPage, mapOncePerRow, type ListResult } from './list.js';
import { sqlListDelegate, type Reads, type TableSpec } from './sql-list.js';
import type { TradeFigureRepository } from './trade-figure-repository.js';

const SORT_FIELDS: Record<string, SortField> = {
  code: { column: 'code', nullable: false, type: 'string' },
  name: { column: 'name', nullable: false, type: 'string' },
  role: { column: 'role', nullable: false, type: 'string' },
};

const active = { where: { status: 'active' } } as const;
const counts = {
  _count: { select: { claims: active, reportedTrade: active, leaders: true } },
} as const;

type CountryRow = Prisma.CountryGetPayload<{ include: typeof counts }>;

const COUNTRY_TABLE: TableSpec<CountryRow> = {
  table: 'Country',
  key: 'code',
  columns: ['code', 'alpha3', 'name', 'nameSource', 'role', 'stance', 'basis', 'version', 'createdAt', 'updatedAt'],
  dateColumns: ['createdAt', 'updatedAt'],
  // The same counts as `counts` above; PostgreSQL returns COUNT as a bigint string, hence Number().
  select: [
    `(SELECT COUNT(*) FROM "Claim" x WHERE x."countryCode" = t."code" AND x."status" = 'active') AS "claimCount"`,
    `(SELECT COUNT(*) FROM "TradeFigure" x WHERE x."reporterCode" = t."code" AND x."status" = 'active') AS "tradeCount"`,
    `(SELECT COUNT(*) FROM "Leader" x WHERE x."countryCode" = t."code") AS "leaderCount"`,
  ].join(', '),
  nest: (row) =>
    ({
      ...row,
      _count: { claims: Number(row.claimCount), reportedTrade: Number(row.tradeCount), leaders: Number(row.leaderCount) },
    }) as unknown as CountryRow,
};

function toCountry(row: CountryRow): CountryOut {
  return {
    code: row.code,
    alpha3: row.alpha3,
    name: row.name,
    nameSource: row.nameSource,
    role: row.role as CountryOut['role'],
    stance: row.stance,
    basis: parseBasis(row.basis, COUNTRY_BASIS_FIELDS),
    counts: { claims: row._count.claims, tradeFigures: row._count.reportedTrade, leaders: row._count.leaders },
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** toCountry for rows of the SQL delegate, which reuses them while the dataset is unchanged. */
const listedCountry = mapOncePerRow(toCountry);

/** The repositories a country's `include` reads its relations from. */
export type CountryRelations = {
  claims: Pick<ClaimRepository, 'activeForCountry'>;
  tradeFigures: Pick<TradeFigureRepository, 'activeForReporter'>;
  leaders: Pick<LeaderRepository, 'forCountry'>;
};

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

export function createCountryRepository(db: Db, reads: Reads, codec: CursorCodec, deps: WriteDeps, relations: CountryRelations) {
  const delegate = sqlListDelegate(reads, COUNTRY_TABLE);
  const byCode = async (code: string): Promise<CountryRow | undefined> =>
    (await delegate.findMany({ where: { code }, orderBy: [{ code: 'asc' }], take: 1 }))[0];

  function split(query: CountryListQuery) {
    const { limit, cursor, format: _format, sort, ...filters } = query;
    const and: Where[] = [];
    if (filters.role) and.push({ role: { in: filters.role } });
    if (filters.code) and.push({ code: { in: filters.code } });
    return { limit, cursor, filters, where: { AND: and }, keys: sortKeys(sort, SORT_FIELDS, 'code') };
  }

  return {
    async list(query: CountryListQuery): Promise<ListResult<CountryOut>> {
      const { limit, cursor, filters, where, keys } = split(query);
      const result = await listPage(delegate, codec, { where, keys, limit, cursor, facets: [], filters });
      return { ...result, rows: result.rows.map(listedCountry) };
    },

    async *exportAll(query: CountryListQuery): AsyncGenerator<CountryOut> {
      const { where, keys } = split(query);
      for await (const row of listAll(delegate, where, keys)) yield listedCountry(row);
    },

    create(input: CountryCreate, ctx: WriteContext): Promise<WriteResult<CountryOut>> {
      return performWrite(deps, ctx, 201, async (tx, datasetVersion) => {
        // Codes and the English name are ISO 3166-1's (the body schema has checked any sent).
        const iso = isoCountry(input.code);
        if (iso === null) throw new UnknownReferenceError('code', input.code);
        if ((await tx.country.count({ where: { OR: [{ code: iso.code }, { alpha3: iso.alpha3 }] } })) > 0) {
          throw new DuplicateRecordError(`Country "${iso.code}" (or alpha-3 "${iso.alpha3}") already exists.`);
        }
        const basis = { ...ISO_COUNTRY_BASIS, ...(await resolveBasis(tx, input.basis, iso.code)) };
        const data = {
          code: iso.code,
          alpha3: iso.alpha3,
          name: iso.name,
          nameSource: input.nameSource,
          role: input.role,
          stance: input.stance,
        };
        const row = await tx.country.create({ data: { ...data, basis: JSON.stringify(basis) }, include: counts });
        const { code, ...fields } = data;
        const after = { ...fields, basis };
        await audit(tx, {
          resourceType: 'country',
          resourceId: code,
          version: 1,
          action: 'create',
          actor: ctx.actor,
          reason: null,
          before: {},
          after,
          datasetVersion,
        });
        return toCountry(row);
      });
    },

    update(
      code: string,
      patch: CountryPatch,
      expectedVersion: ExpectedVersion,
      ctx: WriteContext,
    ): Promise<WriteResult<CountryOut>> {
      return performWrite(deps, ctx, 200, async (tx, datasetVersion) => {
        const before = await tx.country.findUnique({ where: { code } });
        if (before === null) throw new RecordNotFoundError('Country', code);
        assertVersion(before, expectedVersion);
        const { reason, basis: basisPatch, ...changes } = patch;
        const names = isoCountry(code)?.names ?? [];
        if (changes.name !== undefined && !names.includes(changes.name)) {
          throw new InconsistentFieldError(
            'name',
            `name must be one of ISO 3166-1’s English names for ${code} (${names.join(' or ')}); the source’s own name goes in nameSource.`,
          );
        }
        const beforeBasis = parseBasis(before.basis, COUNTRY_BASIS_FIELDS);
        const basis = mergeBasis(
          beforeBasis,
          { ...ISO_COUNTRY_BASIS, ...(await resolveBasis(tx, basisPatch, code)) },
          (field) => field in changes && changes[field as keyof typeof changes] !== before[field as keyof typeof before],
        );
        const version = before.version + 1;
        const row = await tx.country.update({
          where: { code },
          data: { ...changes, basis: JSON.stringify(basis), version },
          include: counts,
        });
        await audit(tx, {
          resourceType: 'country',
          resourceId: code,
          version,
          action: 'update',
          actor: ctx.actor,
          reason,
          before: { ...before, basis: beforeBasis },
          after: { ...changes, basis: parseBasis(JSON.stringify(basis), COUNTRY_BASIS_FIELDS) },
          datasetVersion,
        });
        return toCountry(row);
      });
    },

    async exists(code: string): Promise<boolean> {
      return (await byCode(code)) !== undefined;
    },

    /**
     * The country, its counts and whichever relations were asked for, each read with the same
     * raw statements and per-dataset-state row caches as the lists.
     */
    async findByCode(code: string, include: readonly string[] = []): Promise<CountryDetailOut | null> {
      const row = await byCode(code);
      if (row === undefined) return null;
      const want = new Set(include);
      const [claims, tradeFigures, leaders] = await Promise.all([
        want.has('claims') ? collect(relations.claims.activeForCountry(code)) : undefined,
        want.has('tradeFigures') ? collect(relations.tradeFigures.activeForReporter(code)) : undefined,
        want.has('leaders') ? collect(relations.leaders.forCountry(code)) : undefined,
      ]);
      return {
        ...listedCountry(row),
        ...(claims === undefined ? {} : { claims }),
        ...(tradeFigures === undefined ? {} : { tradeFigures }),
        ...(leaders === undefined ? {} : { leaders }),
      };
    },
  };
}

export type CountryRepository = ReturnType<typeof createCountryRepository>;
