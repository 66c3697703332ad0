import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import type { CursorCodec } from '../lib/cursor.js';
import { sortKeys, type SortField, type Where } from '../lib/keyset.js';
import { DuplicateRecordError, RecordNotFoundError } from '../domain/errors.js';
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
import { toClaim } from './claim-repository.js';
import { toLeader } from './leader-repository.js';
import { listAll, listPage, type ListDelegate, type ListResult } from './list.js';
import { toTradeFigure } from './trade-figure-repository.js';

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

function toCountry(row: CountryRow): CountryOut {
  return {
    code: row.code,
    alpha3: row.alpha3,
    name: row.name,
    nameSource: row.nameSource,
    role: row.role as CountryOut['role'],
    stance: row.stance,
    counts: { claims: row._count.claims, tradeFigures: row._count.reportedTrade, leaders: row._count.leaders },
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const ref = { select: { code: true, name: true } } as const;
const sourceRef = { select: { id: true, title: true } } as const;

export function createCountryRepository(db: Db, codec: CursorCodec, deps: WriteDeps) {
  const delegate = db.country as unknown as ListDelegate<CountryRow>;

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
      const result = await listPage(delegate, codec, { where, keys, limit, cursor, facets: [], filters }, counts);
      return { ...result, rows: result.rows.map(toCountry) };
    },

    async *exportAll(query: CountryListQuery): AsyncGenerator<CountryOut> {
      const { where, keys } = split(query);
      for await (const row of listAll(delegate, where, keys, counts)) yield toCountry(row);
    },

    create(input: CountryCreate, ctx: WriteContext): Promise<WriteResult<CountryOut>> {
      return performWrite(deps, ctx, 201, async (tx, datasetVersion) => {
        if ((await tx.country.count({ where: { OR: [{ code: input.code }, { alpha3: input.alpha3 }] } })) > 0) {
          throw new DuplicateRecordError(`Country "${input.code}" (or alpha-3 "${input.alpha3}") already exists.`);
        }
        const row = await tx.country.create({ data: input, include: counts });
        const { code, ...after } = input;
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
        const { reason, ...changes } = patch;
        if (
          changes.alpha3 !== undefined &&
          changes.alpha3 !== before.alpha3 &&
          (await tx.country.count({ where: { alpha3: changes.alpha3 } })) > 0
        ) {
          throw new DuplicateRecordError(`Alpha-3 code "${changes.alpha3}" is already used.`);
        }
        const version = before.version + 1;
        const row = await tx.country.update({ where: { code }, data: { ...changes, version }, include: counts });
        await audit(tx, {
          resourceType: 'country',
          resourceId: code,
          version,
          action: 'update',
          actor: ctx.actor,
          reason,
          before,
          after: changes,
          datasetVersion,
        });
        return toCountry(row);
      });
    },

    async exists(code: string): Promise<boolean> {
      return (await db.country.count({ where: { code } })) > 0;
    },

    /** One query: the country, its counts and whichever relations were asked for. */
    async findByCode(code: string, include: readonly string[] = []): Promise<CountryDetailOut | null> {
      const want = new Set(include);
      const none = (relation: string) => (want.has(relation) ? {} : { take: 0 });
      const row = await db.country.findUnique({
        where: { code },
        include: {
          ...counts,
          // take: 0 keeps one result type whether or not a relation was asked for.
          claims: { ...active, orderBy: { id: 'asc' }, include: { country: ref, source: sourceRef }, ...none('claims') },
          reportedTrade: {
            ...active,
            orderBy: { id: 'asc' },
            include: { reporter: ref, partner: ref, source: sourceRef },
            ...none('tradeFigures'),
          },
          leaders: { orderBy: { id: 'asc' }, include: { country: ref, source: sourceRef }, ...none('leaders') },
        },
      });
      if (row === null) return null;
      return {
        ...toCountry(row),
        ...(want.has('claims') ? { claims: row.claims.map(toClaim) } : {}),
        ...(want.has('tradeFigures') ? { tradeFigures: row.reportedTrade.map(toTradeFigure) } : {}),
        ...(want.has('leaders') ? { leaders: row.leaders.map(toLeader) } : {}),
      };
    },
  };
}

export type CountryRepository = ReturnType<typeof createCountryRepository>;
