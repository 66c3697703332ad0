import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../src/db/client.js';
import { isPostgresClient, SEED_LOCK_KEY } from '../src/db/postgres-client.js';
import {
  ISO_COUNTRY_BASIS,
  notStatedBasis,
  referenceBasis,
  sourceBasis,
  summaryBasis,
  type FieldBasisValue,
} from '../src/domain/basis.js';
import { isoCountry } from '../src/domain/iso-countries.js';
import { sha256 } from '../src/lib/hash.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { sliceCodePoints } from '../src/lib/text-span.js';
import { diff } from '../src/repositories/revision-repository.js';
import { articleDataset } from './data/article.js';
import { corrections as articleCorrections, type SeedCorrection } from './data/corrections.js';
import { seedDatasetSchema, type SeedBasis, type SeedDataset, type SeedSource } from './schema.js';

const SOURCES_DIR = path.join(PROJECT_ROOT, 'seed/sources');

export class SeedVerificationError extends Error {
  override name = 'SeedVerificationError';
}

export type SeedReport = {
  inserted: { sources: number; sourceNotes: number; countries: number; leaders: number; claims: number; tradeFigures: number };
  /** Corrections applied to records an earlier seed wrote (see seed/data/corrections.ts). */
  corrected: number;
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

type ParsedDataset = ReturnType<typeof seedDatasetSchema.parse>;

/** The last day a partial ISO date (2021, 2021-06, 2021-06-30) covers. */
function lastDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    return `${date}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return `${date}-12-31`;
}

/**
 * `claimedAt` is when the claim was made. It cannot be after the source (published or, when
 * undated, retrieved), and it is not the period the claim is about: a trade figure resting on
 * the same words carries that period, and a claimedAt inside it is that mistake.
 */
function verifyClaimedAt(record: string, claim: ParsedDataset['claims'][number], dataset: ParsedDataset): void {
  if (claim.claimedAt === null) return;
  const source = dataset.sources.find((s) => s.id === claim.sourceId);
  const latest = (source?.publishedAt ?? source?.retrievedAt ?? '').slice(0, 10);
  if (latest !== '' && claim.claimedAt > latest) {
    throw new SeedVerificationError(`${record}: claimedAt ${claim.claimedAt} is after its source (${latest})`);
  }
  for (const figure of dataset.tradeFigures) {
    const overlaps =
      figure.sourceId === claim.sourceId && figure.quoteStart < claim.quoteEnd && claim.quoteStart < figure.quoteEnd;
    if (!overlaps || figure.periodStart === null || figure.periodEnd === null) continue;
    if (lastDay(claim.claimedAt) >= figure.periodStart && claim.claimedAt <= lastDay(figure.periodEnd)) {
      throw new SeedVerificationError(
        `${record}: claimedAt ${claim.claimedAt} lies in the period its trade figure "${figure.id}" covers; claimedAt is when the claim was made, null when the source does not say`,
      );
    }
  }
}

/** A seed basis as stored and served: source spans as {text, start, end}. */
function storedBasis(entry: SeedBasis): FieldBasisValue {
  switch (entry.kind) {
    case 'source':
      return sourceBasis(entry.sourceId, { text: entry.quote, start: entry.quoteStart, end: entry.quoteEnd }, entry.note);
    case 'reference':
      return referenceBasis(entry.reference, entry.note);
    case 'summary':
      return summaryBasis(entry.claimIds, entry.note);
    case 'not_stated':
      return notStatedBasis(entry.note);
  }
}

function storedBases(basis: Record<string, SeedBasis>): Record<string, FieldBasisValue> {
  return Object.fromEntries(Object.entries(basis).map(([field, entry]) => [field, storedBasis(entry)]));
}

/** A seed country as stored: codes and English name from ISO 3166-1, each field with its basis. */
function countryRow(country: ParsedDataset['countries'][number]) {
  const iso = isoCountry(country.code);
  if (iso === null) throw new SeedVerificationError(`country "${country.code}": not an ISO 3166-1 alpha-2 code`);
  const basis = { ...ISO_COUNTRY_BASIS, ...storedBases(country.basis) };
  return {
    code: iso.code,
    alpha3: iso.alpha3,
    name: iso.name,
    nameSource: country.nameSource,
    role: country.role,
    stance: country.stance,
    basis,
  };
}

function leaderRow(leader: ParsedDataset['leaders'][number]) {
  return { ...leader, basis: storedBases(leader.basis) };
}

/** A seed claim as stored: its claimant flattened, its first topic the primary one (Claim.topic). */
function claimRow({ claimant, topics, ...claim }: ParsedDataset['claims'][number]) {
  return {
    ...claim,
    topic: topics[0] ?? 'other',
    topics,
    claimantName: claimant.name,
    claimantType: claimant.type,
    claimantLeaderId: claimant.leaderId,
    verificationStart: claim.verificationStart ?? null,
    verificationEnd: claim.verificationEnd ?? null,
  };
}

function figureRow({ statedBy, ...figure }: ParsedDataset['tradeFigures'][number]) {
  return { ...figure, statedByName: statedBy.name, statedByType: statedBy.type, statedByLeaderId: statedBy.leaderId };
}

/** Each seed record as the database holds it (bases as objects, a claim's topics as a list). */
export function storedRows(input: SeedDataset) {
  const dataset = seedDatasetSchema.parse(input);
  return {
    // A source's metadata only: its text never changes, since offsets point into it.
    source: dataset.sources.map(({ removedLines: _r, rawFile: _f, textFile: _t, ...s }) => s),
    country: dataset.countries.map(countryRow),
    leader: dataset.leaders.map(leaderRow),
    claim: dataset.claims.map(claimRow),
    trade_figure: dataset.tradeFigures.map(figureRow),
    source_note: dataset.sourceNotes,
  };
}

/** Validates the dataset and proves every quote against its source text; throws on the first fault. */
export function verifyDataset(input: SeedDataset, dir = SOURCES_DIR): { dataset: ParsedDataset; texts: Map<string, string> } {
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
  const claimCountries = new Map(dataset.claims.map((c) => [c.id, c.countryCode]));
  const verifyBasis = (record: string, basis: Record<string, SeedBasis>) => {
    for (const [field, entry] of Object.entries(basis)) {
      if (entry.kind === 'source') verifySpan(`${record} basis of ${field}`, entry, texts);
    }
  };
  for (const note of dataset.sourceNotes) verifySpan(`source note "${note.id}"`, note, texts);
  for (const country of dataset.countries) {
    const record = `country "${country.code}"`;
    if (isoCountry(country.code) === null) throw new SeedVerificationError(`${record}: not an ISO 3166-1 alpha-2 code`);
    verifyBasis(record, country.basis);
    if (country.basis.nameSource.quote !== country.nameSource) {
      throw new SeedVerificationError(`${record}: nameSource is not the quote its basis gives`);
    }
    // A stance is a summary of the country's own claims, each listed.
    for (const id of country.basis.stance.claimIds) {
      const about = claimCountries.get(id);
      if (about !== country.code) {
        throw new SeedVerificationError(
          `${record}: its stance lists claim "${id}", which ${about === undefined ? 'does not exist' : `is about ${about}`}`,
        );
      }
    }
  }
  for (const leader of dataset.leaders) {
    const record = `leader "${leader.id}"`;
    verifySpan(record, leader, texts);
    checkRef(record, 'country', leader.countryCode, countries);
    verifyBasis(record, leader.basis);
    // A person's country is one the source ties them to, or one a named reference gives.
    const kind = leader.basis.country.kind;
    if (leader.countryCode !== null && kind !== 'source' && kind !== 'reference') {
      throw new SeedVerificationError(`${record}: countryCode needs a basis of kind source or reference, not ${kind}`);
    }
    if (leader.countryCode === null && (kind === 'source' || kind === 'reference')) {
      throw new SeedVerificationError(`${record}: countryCode is null but its basis is ${kind}`);
    }
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
    verifyClaimedAt(record, claim, dataset);
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

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
type StoredRows = ReturnType<typeof storedRows>;

/**
 * Records' stored values by id, in the terms corrections use (parsed basis, a claim's topic
 * list): one query per resource, since each query through Prisma costs milliseconds at start.
 */
async function storedRecords(
  tx: Tx,
  resource: SeedCorrection['resource'],
  ids: string[],
): Promise<Map<string, Record<string, unknown>>> {
  const byId = <T extends object>(rows: T[], id: (row: T) => string) =>
    new Map(rows.map((r) => [id(r), r as Record<string, unknown>]));
  const withBasis = <T extends { basis: string }>(row: T) => ({ ...row, basis: JSON.parse(row.basis) as unknown });
  const where = { id: { in: ids } };
  switch (resource) {
    case 'source':
      return byId(await tx.source.findMany({ where }), (r) => r.id);
    case 'country':
      return byId((await tx.country.findMany({ where: { code: { in: ids } } })).map(withBasis), (r) => r.code);
    case 'leader':
      return byId((await tx.leader.findMany({ where })).map(withBasis), (r) => r.id);
    case 'claim': {
      const rows = await tx.claim.findMany({ where, include: { topics: { orderBy: { position: 'asc' } } } });
      return byId(
        rows.map((row) => ({ ...row, topics: row.topics.map((t) => t.topic) })),
        (r) => r.id,
      );
    }
    case 'trade_figure':
      return byId(await tx.tradeFigure.findMany({ where }), (r) => r.id);
    case 'source_note':
      return byId(await tx.sourceNote.findMany({ where }), (r) => r.id);
  }
}

type PendingCorrection = SeedCorrection & { version: number | null; to: Record<string, unknown> };

/** The corrections whose record still holds every `from` value, with the values they set. */
async function pendingCorrections(tx: Tx, list: readonly SeedCorrection[], rows: StoredRows): Promise<PendingCorrection[]> {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const pending: PendingCorrection[] = [];
  const stored = new Map<SeedCorrection['resource'], Map<string, Record<string, unknown>>>();
  for (const resource of new Set(list.map((c) => c.resource)))
    stored.set(
      resource,
      await storedRecords(
        tx,
        resource,
        list.filter((c) => c.resource === resource).map((c) => c.id),
      ),
    );
  for (const correction of list) {
    const target = (rows[correction.resource] as Record<string, unknown>[]).find((r) => (r.id ?? r.code) === correction.id);
    const current = stored.get(correction.resource)?.get(correction.id) ?? null;
    if (target === undefined || current === null) continue;
    const fields = Object.keys(correction.from);
    if (!fields.every((f) => same(current[f], correction.from[f]))) continue;
    const to = Object.fromEntries(fields.map((f) => [f, target[f] ?? null]));
    const version = typeof current.version === 'number' ? current.version : null;
    pending.push({ ...correction, version, to });
  }
  return pending;
}

/** Writes one correction and, for a versioned record, its revision (an update by "seed"). */
async function applyCorrection(tx: Tx, c: PendingCorrection, datasetVersion: number, at: Date): Promise<void> {
  const { topics, basis, ...columns } = c.to;
  const data: Record<string, unknown> = { ...columns, ...(basis === undefined ? {} : { basis: JSON.stringify(basis) }) };
  const versioned = { ...data, version: (c.version ?? 0) + 1, updatedAt: at };
  if (c.resource === 'source') await tx.source.update({ where: { id: c.id }, data: versioned });
  else if (c.resource === 'country') await tx.country.update({ where: { code: c.id }, data: versioned });
  else if (c.resource === 'leader') await tx.leader.update({ where: { id: c.id }, data: versioned });
  else if (c.resource === 'trade_figure') await tx.tradeFigure.update({ where: { id: c.id }, data: versioned });
  else if (c.resource === 'source_note') await tx.sourceNote.update({ where: { id: c.id }, data });
  else {
    const list = Array.isArray(topics) ? (topics as string[]) : undefined;
    await tx.claim.update({
      where: { id: c.id },
      data: {
        ...versioned,
        ...(list === undefined
          ? {}
          : { topics: { deleteMany: {}, create: list.map((topic, position) => ({ topic, position })) } }),
      },
    });
  }
  // Notes carry no version or revisions (the seed writes none for them either).
  if (c.version === null) return;
  await tx.revision.create({
    data: {
      resourceType: c.resource,
      resourceId: c.id,
      version: c.version + 1,
      action: 'update',
      actor: 'seed',
      reason: c.reason,
      changes: JSON.stringify(diff(c.from, c.to)),
      datasetVersion,
      createdAt: at,
    },
  });
}

/**
 * Only the dataset's corrections (seed/data/corrections.ts), for a database that is already
 * seeded: what start-up runs, so an upgraded deployment gets a release's fixes without a manual
 * `npm run db:seed`. It reads the corrected records by id and nothing else (the full seed reads
 * every id of every table, too slow to run on each start of a large database), writes nothing
 * when no correction is pending, and never touches a record a curator has changed since.
 */
export async function applyCorrections(
  prisma: Db,
  input: SeedDataset = articleDataset,
  corrections: readonly SeedCorrection[] = input === articleDataset ? articleCorrections : [],
): Promise<number> {
  if (corrections.length === 0) return 0;
  const rows = storedRows(input);
  // Read without a transaction first: on nearly every start nothing is pending, and an
  // interactive transaction costs more than the reads. What looks pending is read again under
  // the lock before anything is written.
  if ((await pendingCorrections(prisma, corrections, rows)).length === 0) return 0;
  return prisma.$transaction(async (tx) => {
    if (isPostgresClient(prisma)) await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const pending = await pendingCorrections(tx, corrections, rows);
    if (pending.length === 0) return 0;
    const state = await tx.datasetState.update({
      where: { id: 1 },
      data: { version: { increment: 1 }, updatedAt: new Date() },
    });
    const now = new Date();
    for (const correction of pending) await applyCorrection(tx, correction, state.version, now);
    return pending.length;
  });
}

/**
 * Inserts the records that are missing and leaves existing ones untouched, so it is safe to run
 * on every start and never overwrites a curator's later correction. Records an earlier seed wrote
 * get the dataset's corrections (seed/data/corrections.ts), each only while the record still
 * holds the values it corrects. Everything is verified before the first write, and all writes
 * happen in one transaction.
 */
export async function seed(
  prisma: Db,
  input: SeedDataset = articleDataset,
  dir = SOURCES_DIR,
  corrections: readonly SeedCorrection[] = input === articleDataset ? articleCorrections : [],
): Promise<SeedReport> {
  const { dataset, texts } = verifyDataset(input, dir);
  const rows = storedRows(input);
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
    const countries = dataset.countries.filter((c) => !have.countries.has(c.code)).map(countryRow);
    if (countries.length > 0) {
      await tx.country.createMany({ data: countries.map((c) => ({ ...c, basis: JSON.stringify(c.basis), ...stamp })) });
    }
    const notes = dataset.sourceNotes.filter((n) => !have.sourceNotes.has(n.id));
    if (notes.length > 0) await tx.sourceNote.createMany({ data: notes });
    const leaders = dataset.leaders.filter((l) => !have.leaders.has(l.id)).map(leaderRow);
    if (leaders.length > 0) {
      await tx.leader.createMany({ data: leaders.map((l) => ({ ...l, basis: JSON.stringify(l.basis), ...stamp })) });
    }
    const claims = dataset.claims.filter((c) => !have.claims.has(c.id)).map(claimRow);
    if (claims.length > 0) {
      await tx.claim.createMany({ data: claims.map(({ topics: _topics, ...c }) => ({ ...c, ...stamp })) });
      await tx.claimTopic.createMany({
        data: claims.flatMap((c) => c.topics.map((topic, position) => ({ claimId: c.id, topic, position }))),
      });
    }
    const figures = dataset.tradeFigures.filter((f) => !have.tradeFigures.has(f.id));
    if (figures.length > 0) {
      await tx.tradeFigure.createMany({ data: figures.map((f) => ({ ...figureRow(f), ...stamp })) });
    }

    const inserted = {
      sources: sources.length,
      sourceNotes: notes.length,
      countries: countries.length,
      leaders: leaders.length,
      claims: claims.length,
      tradeFigures: figures.length,
    };
    // Read before the version moves; records inserted just now already hold the corrected values.
    const pending = await pendingCorrections(tx, corrections, rows);
    const changed = Object.values(inserted).some((n) => n > 0) || pending.length > 0;
    const state = await tx.datasetState.upsert({
      where: { id: 1 },
      create: { id: 1, version: changed ? 1 : 0, updatedAt: stamp.updatedAt },
      update: changed ? { version: { increment: 1 }, updatedAt: stamp.updatedAt } : {},
    });
    const now = new Date();
    for (const correction of pending) await applyCorrection(tx, correction, state.version, now);
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
    return { inserted, corrected: pending.length, datasetVersion: state.version };
  });
}
