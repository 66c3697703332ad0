import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../src/db/client.js';
import { isPostgresClient, SEED_LOCK_KEY } from '../src/db/postgres-client.js';
import { sha256 } from '../src/lib/hash.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { sliceCodePoints } from '../src/lib/text-span.js';
import { articleDataset } from './data/article.js';
import { seedDatasetSchema, type SeedDataset, type SeedSource } from './schema.js';

const SOURCES_DIR = path.join(PROJECT_ROOT, 'seed/sources');

export class SeedVerificationError extends Error {
  override name = 'SeedVerificationError';
}

export type SeedReport = {
  inserted: { sources: number; sourceNotes: number; countries: number; leaders: number; claims: number; tradeFigures: number };
  datasetVersion: number;
};

/**
 * Rebuilds a source's text from the raw scrape by dropping the listed site-chrome blocks, so
 * the committed text can be proved to come from what was retrieved and nothing else.
 */
export function deriveSourceText(raw: string, removedLines: readonly string[]): string {
  const blocks = raw.split('\n\n').filter((block) => !removedLines.some((prefix) => block.startsWith(prefix)));
  return `${blocks.join('\n\n').replace(/\n+$/, '')}\n`;
}

export function readSourceText(source: Pick<SeedSource, 'textFile'>, dir = SOURCES_DIR): string {
  return readFileSync(path.join(dir, source.textFile), 'utf8');
}

export { sha256 };

type Span = { quote: string; quoteStart: number; quoteEnd: number; sourceId: string };

function verifySpan(record: string, span: Span, texts: Map<string, string>): void {
  const text = texts.get(span.sourceId);
  if (text === undefined) throw new SeedVerificationError(`${record}: unknown source "${span.sourceId}"`);
  const found = sliceCodePoints(text, span.quoteStart, span.quoteEnd);
  if (found !== span.quote) {
    const shown = found === null ? 'offsets outside the text' : JSON.stringify(found);
    throw new SeedVerificationError(
      `${record}: quote is not verbatim at [${span.quoteStart}, ${span.quoteEnd}) of source "${span.sourceId}": expected ${JSON.stringify(span.quote)}, found ${shown}`,
    );
  }
}

/** Validates the dataset and proves every quote against its source text; throws on the first fault. */
export function verifyDataset(
  input: SeedDataset,
  dir = SOURCES_DIR,
): { dataset: ReturnType<typeof seedDatasetSchema.parse>; texts: Map<string, string> } {
  const parsed = seedDatasetSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new SeedVerificationError(`seed data invalid at ${first?.path.join('.') ?? '?'}: ${first?.message ?? 'unknown'}`);
  }
  const dataset = parsed.data;
  const texts = new Map<string, string>();
  for (const source of dataset.sources) {
    const text = readSourceText(source, dir);
    if (source.rawFile !== null) {
      const derived = deriveSourceText(readFileSync(path.join(dir, source.rawFile), 'utf8'), source.removedLines);
      if (derived !== text) {
        throw new SeedVerificationError(
          `source "${source.id}": ${source.textFile} is not ${source.rawFile} minus the removed lines`,
        );
      }
    }
    texts.set(source.id, text);
  }
  const countries = new Set(dataset.countries.map((c) => c.code));
  const leaders = new Set(dataset.leaders.map((l) => l.id));
  const checkRef = (record: string, kind: string, value: string | null, known: Set<string>) => {
    if (value !== null && !known.has(value)) throw new SeedVerificationError(`${record}: unknown ${kind} "${value}"`);
  };
  for (const note of dataset.sourceNotes) verifySpan(`source note "${note.id}"`, note, texts);
  for (const leader of dataset.leaders) {
    verifySpan(`leader "${leader.id}"`, leader, texts);
    checkRef(`leader "${leader.id}"`, 'country', leader.countryCode, countries);
  }
  for (const claim of dataset.claims) {
    const record = `claim "${claim.id}"`;
    verifySpan(record, { ...claim, sourceId: claim.sourceId }, texts);
    if (claim.verificationQuote !== null) {
      verifySpan(
        `${record} verification`,
        {
          quote: claim.verificationQuote,
          quoteStart: claim.verificationStart ?? -1,
          quoteEnd: claim.verificationEnd ?? -1,
          sourceId: claim.sourceId,
        },
        texts,
      );
    }
    checkRef(record, 'country', claim.countryCode, countries);
    checkRef(record, 'leader', claim.claimant.leaderId, leaders);
  }
  for (const figure of dataset.tradeFigures) {
    const record = `trade figure "${figure.id}"`;
    verifySpan(record, figure, texts);
    checkRef(record, 'country', figure.reporterCode, countries);
    checkRef(record, 'country', figure.partnerCode, countries);
    checkRef(record, 'leader', figure.statedBy.leaderId, leaders);
  }
  return { dataset, texts };
}

/**
 * Inserts the records that are missing and leaves existing ones untouched, so it is safe to run
 * on every start and never overwrites a curator's later correction. Everything is verified
 * before the first write, and all writes happen in one transaction.
 */
export async function seed(prisma: Db, input: SeedDataset = articleDataset, dir = SOURCES_DIR): Promise<SeedReport> {
  const { dataset, texts } = verifyDataset(input, dir);
  const stamp = { createdAt: new Date(dataset.compiledAt), updatedAt: new Date(dataset.compiledAt) };
  return prisma.$transaction(async (tx) => {
    // SQLite serializes write transactions itself; PostgreSQL would let two starting instances
    // both find the database empty and the second fail on duplicate keys.
    if (isPostgresClient(prisma)) await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const existing = async <T extends { id: string } | { code: string }>(rows: Promise<T[]>) =>
      new Set((await rows).map((row) => ('id' in row ? row.id : row.code)));
    const have = {
      sources: await existing(tx.source.findMany({ select: { id: true } })),
      sourceNotes: await existing(tx.sourceNote.findMany({ select: { id: true } })),
      countries: await existing(tx.country.findMany({ select: { code: true } })),
      leaders: await existing(tx.leader.findMany({ select: { id: true } })),
      claims: await existing(tx.claim.findMany({ select: { id: true } })),
      tradeFigures: await existing(tx.tradeFigure.findMany({ select: { id: true } })),
    };

    const sources = dataset.sources.filter((s) => !have.sources.has(s.id));
    for (const s of sources) {
      const text = texts.get(s.id) ?? '';
      await tx.source.create({
        data: {
          id: s.id,
          kind: s.kind,
          title: s.title,
          author: s.author,
          publisher: s.publisher,
          language: s.language,
          url: s.url,
          publishedAt: s.publishedAt === null ? null : new Date(s.publishedAt),
          dateNote: s.dateNote,
          retrievedAt: new Date(s.retrievedAt),
          text,
          textSha256: sha256(text),
          textNote: s.textNote,
          ...stamp,
        },
      });
    }
    const countries = dataset.countries.filter((c) => !have.countries.has(c.code));
    if (countries.length > 0) await tx.country.createMany({ data: countries.map((c) => ({ ...c, ...stamp })) });
    const notes = dataset.sourceNotes.filter((n) => !have.sourceNotes.has(n.id));
    if (notes.length > 0) await tx.sourceNote.createMany({ data: notes });
    const leaders = dataset.leaders.filter((l) => !have.leaders.has(l.id));
    if (leaders.length > 0) await tx.leader.createMany({ data: leaders.map((l) => ({ ...l, ...stamp })) });
    const claims = dataset.claims.filter((c) => !have.claims.has(c.id));
    if (claims.length > 0) {
      await tx.claim.createMany({
        data: claims.map(({ claimant, ...c }) => ({
          ...c,
          claimantName: claimant.name,
          claimantType: claimant.type,
          claimantLeaderId: claimant.leaderId,
          verificationStart: c.verificationStart ?? null,
          verificationEnd: c.verificationEnd ?? null,
          ...stamp,
        })),
      });
    }
    const figures = dataset.tradeFigures.filter((f) => !have.tradeFigures.has(f.id));
    if (figures.length > 0) {
      await tx.tradeFigure.createMany({
        data: figures.map(({ statedBy, ...f }) => ({
          ...f,
          statedByName: statedBy.name,
          statedByType: statedBy.type,
          statedByLeaderId: statedBy.leaderId,
          ...stamp,
        })),
      });
    }

    const inserted = {
      sources: sources.length,
      sourceNotes: notes.length,
      countries: countries.length,
      leaders: leaders.length,
      claims: claims.length,
      tradeFigures: figures.length,
    };
    const changed = Object.values(inserted).some((n) => n > 0);
    const state = await tx.datasetState.upsert({
      where: { id: 1 },
      create: { id: 1, version: changed ? 1 : 0, updatedAt: stamp.updatedAt },
      update: changed ? { version: { increment: 1 }, updatedAt: stamp.updatedAt } : {},
    });
    if (changed) {
      // The change feed starts with the seed, so a mirror can sync from zero.
      const created = (resourceType: string, records: readonly object[], idOf: (r: never) => string) =>
        records.map((record) => ({
          resourceType,
          resourceId: idOf(record as never),
          version: 1,
          action: 'create',
          actor: 'seed',
          reason: 'Extracted from the source by the seed loader',
          changes: JSON.stringify(Object.fromEntries(Object.entries(record).map(([k, v]) => [k, { from: null, to: v }]))),
          datasetVersion: state.version,
          createdAt: stamp.createdAt,
        }));
      await tx.revision.createMany({
        data: [
          ...created(
            'source',
            sources.map(({ removedLines: _r, rawFile: _f, textFile: _t, ...s }) => s),
            (r: { id: string }) => r.id,
          ),
          ...created('country', countries, (r: { code: string }) => r.code),
          ...created('leader', leaders, (r: { id: string }) => r.id),
          ...created('claim', claims, (r: { id: string }) => r.id),
          ...created('trade_figure', figures, (r: { id: string }) => r.id),
        ],
      });
    }
    return { inserted, datasetVersion: state.version };
  });
}
