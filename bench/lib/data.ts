import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createPrismaClient } from '../../src/db/client.js';
import { prepareDatabase } from '../../src/db/migrations.js';
import { seed } from '../../seed/seed.js';
import { fetchJson } from './processes.js';

/** A migrated, seeded database in `dir`, built with the project's own migrate and seed code. */
export async function createSeededDatabase(dir: string): Promise<string> {
  const file = path.join(dir, 'seeded.db');
  const url = `file:${file}`;
  prepareDatabase(url);
  const prisma = await createPrismaClient(url);
  try {
    await seed(prisma);
    // Fold the WAL into the main file so a plain file copy is the whole database.
    await prisma.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await prisma.$disconnect();
  }
  return file;
}

/** A private copy of a database file for one server process. */
export function copyDatabase(source: string, target: string): string {
  if (existsSync(`${source}-wal`) && statSync(`${source}-wal`).size > 0)
    throw new Error(`${source}-wal is not empty: checkpoint before copying`);
  copyFileSync(source, target);
  return `file:${target}`;
}

/**
 * Moves the dataset version the way a write does, from outside the server: every cached
 * response is invalid afterwards, so the next run starts cold by construction.
 */
export function bumpDatasetVersion(file: string): number {
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    db.prepare(
      "UPDATE DatasetState SET version = version + 1, updatedAt = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1",
    ).run();
    return Number(db.prepare('SELECT version FROM DatasetState WHERE id = 1').pluck().get());
  } finally {
    db.close();
  }
}

type List<T> = { data: T[]; meta: { nextCursor: string | null } };

async function fetchAll<T>(base: string, path: string): Promise<T[]> {
  const rows: T[] = [];
  let url = `${base}${path}${path.includes('?') ? '&' : '?'}limit=100`;
  for (;;) {
    const page = await fetchJson<List<T>>(url);
    rows.push(...page.data);
    if (page.meta.nextCursor === null) return rows;
    url = `${base}${path}${path.includes('?') ? '&' : '?'}limit=100&cursor=${encodeURIComponent(page.meta.nextCursor)}`;
  }
}

export type Claim = { id: string; statement: string; quote: string; country: { code: string } } & Record<string, unknown>;
type Country = { code: string } & Record<string, unknown>;
type TradeFigure = { reporter: { code: string } } & Record<string, unknown>;
type Leader = { country: { code: string } | null } & Record<string, unknown>;

/**
 * The same records, as the API serves them, in json-server's file layout: `countries` keyed by
 * code, and a `countryId` on related records so `_embed` can join them.
 */
export async function exportForJsonServer(apiBase: string): Promise<{ db: Record<string, unknown[]>; claims: Claim[] }> {
  const [claims, countries, tradeFigures, leaders] = await Promise.all([
    fetchAll<Claim>(apiBase, '/v1/claims'),
    fetchAll<Country>(apiBase, '/v1/countries'),
    fetchAll<TradeFigure>(apiBase, '/v1/trade-figures'),
    fetchAll<Leader>(apiBase, '/v1/leaders'),
  ]);
  return {
    claims,
    db: {
      countries: countries.map((c) => ({ id: c.code, ...c })),
      claims: claims.map((c) => ({ ...c, countryId: c.country.code })),
      tradeFigures: tradeFigures.map((t) => ({ ...t, countryId: t.reporter.code })),
      leaders: leaders.map((l) => ({ ...l, countryId: l.country?.code ?? null })),
    },
  };
}

/** Deterministic PRNG (mulberry32), so every run builds the same synthetic data. */
export function prng(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The search word planted in a known share of synthetic rows: one the source never uses, since
 * synthetic statements copy seeded ones (a word of theirs, such as « drones », is in 5% of them).
 */
export const SCALE_SEARCH_WORD = 'zeppelins';
export const SCALE_SEARCH_SHARE = 0.01;

/** Words of the real source text (not the planted word), for statements and quotes that read like the seed. */
export function vocabulary(root: string): string[] {
  const text = readFileSync(path.join(root, 'seed/sources/putin-allies-four-countries.fr.txt'), 'utf8');
  const words = new Set(
    (text.toLowerCase().match(/[\p{L}]{3,}/gu) ?? []).filter(
      (w) => !w.normalize('NFD').replace(/\p{M}/gu, '').startsWith(SCALE_SEARCH_WORD.slice(0, 6)),
    ),
  );
  return [...words];
}

/**
 * Copies the seeded database and adds synthetic claims until it holds `total` claims, with
 * better-sqlite3 in one transaction; the FTS triggers index them as the app's own writes would.
 * Bench data only: it never touches the real seed or the app's database.
 *
 * Not uniform: each synthetic claim copies a seeded active claim drawn at random (its country,
 * topics, verification, claimant and statement), so every filter keeps the article's proportions
 * and combinations: `country=KP&topic=troops` is frequent, `country=BY&topic=trade` matches
 * nothing, `verification=unverified` picks the seed's few, and a word of the statements is as
 * frequent as in the seed. (Drawn independently and uniformly, every filter matched about
 * 1/n of the rows and no combination was empty: the plans the issue found slow were never met.)
 * Quotes are random words of the source text; a planted word marks a known share of statements.
 */
export function buildSyntheticDatabase(
  seeded: string,
  target: string,
  total: number,
  root: string,
): { url: string; inserted: number; seconds: number } {
  const started = Date.now();
  const url = copyDatabase(seeded, target);
  const db = new Database(target, { fileMustExist: true });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    // Index pages of a million rows do not fit SQLite's default 2 MB page cache: every insert
    // would re-read them from the OS.
    db.pragma('cache_size = -1048576');
    db.pragma('temp_store = MEMORY');
    const existing = Number(db.prepare('SELECT COUNT(*) FROM Claim').pluck().get());
    const sourceId = db.prepare('SELECT id FROM Source ORDER BY id LIMIT 1').pluck().get() as string;
    const profiles = db
      .prepare(
        `SELECT id, countryCode, topic, verification, claimantType, claimantName, claimantLeaderId, statement
         FROM Claim WHERE status = 'active' ORDER BY id`,
      )
      .all() as {
      id: string;
      countryCode: string;
      topic: string;
      verification: string;
      claimantType: string;
      claimantName: string;
      claimantLeaderId: string | null;
      statement: string;
    }[];
    if (profiles.length === 0) throw new Error('the seeded database has no active claim to copy');
    const words = vocabulary(root);
    const random = prng(42);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    // Zipf-like: early vocabulary words are common, late ones rare, as in real text.
    const word = () => words[Math.floor(words.length * random() ** 2.5)] as string;
    const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
    const insert = db.prepare(`INSERT INTO Claim (
      id, countryCode, claimantName, claimantType, claimantLeaderId, statement, quote, quoteStart, quoteEnd, sourceId,
      topic, verification, verificationNote, verificationQuote, verificationStart, verificationEnd, claimedAt, dateNote,
      status, retractionReason, version, createdAt, updatedAt
    ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?, ?, ?, ?, 1, ?, ?)`);
    // A claim's topics are rows of ClaimTopic (the topic= filter and the topic counts read
    // them): a synthetic claim gets its profile's, in order, as a write would store them.
    const topicsOf = db.prepare('SELECT topic, position FROM ClaimTopic WHERE claimId = ? ORDER BY position');
    const profileTopics = new Map(
      profiles.map((p) => [p.id, topicsOf.all(p.id) as { topic: string; position: number }[]] as const),
    );
    const insertTopic = db.prepare('INSERT INTO ClaimTopic (claimId, topic, position) VALUES (?, ?, ?)');
    const stamp = '2026-01-01T00:00:00.000+00:00';
    const toInsert = Math.max(0, total - existing);
    // The full-text index is filled once after the inserts instead of a row at a time by its
    // trigger (one FTS5 insert and two lookups per claim dominated the load): the same rows the
    // trigger would write, from the same view, and the trigger restored as the migration wrote it.
    const ftsTrigger = db
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'claim_fts_after_insert'")
      .pluck()
      .get() as string | undefined;
    if (ftsTrigger === undefined) throw new Error('the seeded database has no claim_fts_after_insert trigger');
    const lastKey = Number(db.prepare('SELECT COALESCE(MAX("key"), 0) FROM "claim_fts_key"').pluck().get());
    db.transaction(() => {
      db.exec('DROP TRIGGER "claim_fts_after_insert"');
      for (let i = 0; i < toInsert; i += 1) {
        const profile = pick(profiles);
        let statement = profile.statement;
        if (random() < SCALE_SEARCH_SHARE) statement = `${statement} ${SCALE_SEARCH_WORD}`;
        const quote = sentence(8 + Math.floor(random() * 12));
        const retracted = random() < 0.05;
        const id = `syn-${String(i).padStart(7, '0')}`;
        const topics = profileTopics.get(profile.id) ?? [];
        insert.run(
          id,
          profile.countryCode,
          profile.claimantName,
          profile.claimantType,
          profile.claimantLeaderId,
          statement,
          quote,
          0,
          [...quote].length,
          sourceId,
          profile.topic,
          profile.verification,
          'Synthetic record for benchmarks.',
          random() < 0.5 ? null : `20${10 + Math.floor(random() * 15)}-0${1 + Math.floor(random() * 9)}`,
          'Synthetic.',
          retracted ? 'retracted' : 'active',
          retracted ? 'Synthetic retraction.' : null,
          stamp,
          stamp,
        );
        for (const t of topics.length > 0 ? topics : [{ topic: profile.topic, position: 0 }])
          insertTopic.run(id, t.topic, t.position);
      }
      db.exec(`INSERT INTO "claim_fts_key" ("claim_id", "status", "country_code")
        SELECT c."id", c."status", c."countryCode" FROM "Claim" c
        WHERE c."id" NOT IN (SELECT "claim_id" FROM "claim_fts_key") ORDER BY c."id"`);
      db.exec(`INSERT INTO "claim_fts" ("rowid", "statement", "quote", "claimant", "names")
        SELECT k."key", c."statement", c."quote", c."claimantName", s."names"
        FROM "claim_fts_key" k JOIN "Claim" c ON c."id" = k."claim_id" JOIN "claim_search_names" s ON s."claim_id" = c."id"
        WHERE k."key" > ${lastKey}
        ORDER BY k."key"`);
      db.exec(ftsTrigger);
      db.prepare('UPDATE DatasetState SET version = version + 1 WHERE id = 1').run();
    })();
    // No ANALYZE: the service refreshes planner statistics at start-up (PRAGMA optimize, see
    // prepareDatabase), as it would after any bulk load of its own database.
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { url, inserted: toInsert, seconds: (Date.now() - started) / 1000 };
  } finally {
    db.close();
  }
}
