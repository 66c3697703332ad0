import { sql, type SqlReader } from '../db/sql.js';
import type { Tx } from '../db/write-tx.js';
import { insertRow } from './write-sql.js';

/** The largest value of a Prisma `Int` (a 32-bit integer on PostgreSQL). */
const MAX_REVISION_ID = 2_147_483_647;

export type ResourceType = 'source' | 'country' | 'leader' | 'claim' | 'trade_figure';

export type FieldChange = { from: unknown; to: unknown };

export type RevisionOut = {
  id: number;
  resourceType: ResourceType;
  resourceId: string;
  version: number;
  action: 'create' | 'update' | 'retract';
  actor: string;
  reason: string | null;
  changes: Record<string, FieldChange>;
  datasetVersion: number;
  createdAt: string;
};

type RevisionRow = {
  id: number;
  resourceType: string;
  resourceId: string;
  version: number;
  action: string;
  actor: string;
  reason: string | null;
  changes: string;
  datasetVersion: number;
  /** A Date from Prisma and PostgreSQL's reader; ISO 8601 text from SQLite's. */
  createdAt: Date | string;
};

function toRevision(row: RevisionRow): RevisionOut {
  return {
    ...row,
    resourceType: row.resourceType as ResourceType,
    action: row.action as RevisionOut['action'],
    changes: JSON.parse(row.changes) as Record<string, FieldChange>,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/** `limit` as a LIMIT written into the text: checked, since it is spliced in. */
function limitLiteral(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`invalid limit ${limit}`);
  return limit;
}

/**
 * A record's latest `limit` revisions, newest first, each row with the record's total beside it:
 * one statement, so the total counts the rows read on either engine. The LIMIT is written into
 * the text (a handful of values), as list pages do (see limitLiteral in sql-list/sql-table.ts).
 */
function latestForRecordSql(resourceType: ResourceType, resourceId: string, limit: number) {
  return sql(
    `SELECT r."id", r."resourceType", r."resourceId", r."version", r."action", r."actor", r."reason", r."changes",
      r."datasetVersion", r."createdAt",
      (SELECT COUNT(*) FROM "Revision" c WHERE c."resourceType" = ? AND c."resourceId" = ?) AS "total"
    FROM "Revision" r WHERE r."resourceType" = ? AND r."resourceId" = ?
    ORDER BY r."version" DESC, r."id" DESC LIMIT ${limitLiteral(limit)}`,
    [resourceType, resourceId, resourceType, resourceId],
  );
}

/** Field-level difference between two plain records; unchanged fields are left out. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const from = before[key] instanceof Date ? (before[key] as Date).toISOString() : (before[key] ?? null);
    const to = after[key] instanceof Date ? (after[key] as Date).toISOString() : (after[key] ?? null);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

/** What a write records of itself; the diff, id and time are added. */
export type RevisionEntry = Omit<RevisionOut, 'id' | 'createdAt' | 'changes'>;

/**
 * Appends a revision. Its id (the change feed's cursor) comes from the table's own sequence at
 * insert time, and the single writer inserts in commit order, so ids follow dataset versions.
 */
export async function recordRevision(tx: Tx, entry: RevisionEntry & { changes: Record<string, FieldChange> }): Promise<void> {
  await insertRow(tx, 'Revision', { ...entry, changes: JSON.stringify(entry.changes), createdAt: new Date() });
}

/** The columns of a revision, as each read selects them. */
const COLUMNS = `"id", "resourceType", "resourceId", "version", "action", "actor", "reason", "changes", "datasetVersion", "createdAt"`;

export function createRevisionRepository(reader: SqlReader) {
  return {
    async forRecord(resourceType: ResourceType, resourceId: string): Promise<RevisionOut[]> {
      const rows = await reader.all<RevisionRow>(
        sql(`SELECT ${COLUMNS} FROM "Revision" WHERE "resourceType" = ? AND "resourceId" = ? ORDER BY "id" ASC`, [
          resourceType,
          resourceId,
        ]),
      );
      return rows.map(toRevision);
    },

    /**
     * A record's latest `limit` revisions, oldest of them first, and how many it has in all:
     * what a page shows of a history that grows with every correction. One statement through the
     * reader: a claim page reads it on every render, and Prisma's query layer cost far more than
     * the read itself. The (resourceType, resourceId, version) index answers both its parts.
     */
    async latestForRecord(
      resourceType: ResourceType,
      resourceId: string,
      limit: number,
    ): Promise<{ rows: RevisionOut[]; total: number }> {
      const read = await reader.all<RevisionRow & { total: number | bigint | string }>(
        latestForRecordSql(resourceType, resourceId, limit),
      );
      // PostgreSQL returns COUNT as a bigint string, hence Number(); no row, no revision at all.
      const total = Number(read[0]?.total ?? 0);
      return { rows: read.reverse().map(({ total: _total, ...row }) => toRevision(row)), total };
    },

    async latestId(): Promise<number> {
      const rows = await reader.all<{ id: number }>(sql('SELECT "id" FROM "Revision" ORDER BY "id" DESC LIMIT 1'));
      return rows[0]?.id ?? 0;
    },

    /** The most recent changes, newest first: what a feed reader shows. */
    async latest(limit: number): Promise<RevisionOut[]> {
      const rows = await reader.all<RevisionRow>(
        sql(`SELECT ${COLUMNS} FROM "Revision" ORDER BY "id" DESC LIMIT ${limitLiteral(limit)}`),
      );
      return rows.map(toRevision);
    },

    /** Changes after the given revision id, oldest first: the feed mirrors sync from. */
    async changesAfter(afterId: number, limit: number, since?: Date): Promise<{ rows: RevisionOut[]; hasMore: boolean }> {
      // Revision ids are a 32-bit Int on PostgreSQL, which refuses a larger literal; no id lies beyond it anyway.
      if (afterId >= MAX_REVISION_ID) return { rows: [], hasMore: false };
      const after = since === undefined ? '' : ' AND "createdAt" >= ?';
      const rows = await reader.all<RevisionRow>(
        sql(`SELECT ${COLUMNS} FROM "Revision" WHERE "id" > ?${after} ORDER BY "id" ASC LIMIT ${limitLiteral(limit + 1)}`, [
          afterId,
          ...(since === undefined ? [] : [reader.dateParam(since)]),
        ]),
      );
      return { rows: rows.slice(0, limit).map(toRevision), hasMore: rows.length > limit };
    },
  };
}

export type RevisionRepository = ReturnType<typeof createRevisionRepository>;
