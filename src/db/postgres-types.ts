import pg from 'pg';

const TIMESTAMP_OID = 1114;

/**
 * Prisma's columns are `timestamp(3)` without a time zone, holding UTC. pg parses those in the
 * process's local zone by default, which under any TZ but UTC shifted every date the API read
 * (and the downloads built from them); the reader and the writer read them as UTC, as Prisma does.
 */
export const utcTimestamps = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP_OID
      ? (text: string) => new Date(`${text.replace(' ', 'T')}Z`)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};
