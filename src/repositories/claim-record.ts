import type { Prisma } from '../generated/prisma/client.js';
import { sql } from '../db/sql.js';
import type { Tx } from '../db/write-tx.js';
import type { ClaimCreate, ClaimOut, ClaimPatch } from '../schemas/claim.js';
import { recordRow } from './record-row.js';
import { COUNTRY_REF, COUNTRY_SELECT, SOURCE_REF, SOURCE_SELECT, type RecordSpec } from './sql-list/index.js';
import type { VersionedResource } from './versioned.js';
import { citedSourceText, locateQuote, newId, patchedInput, requireReference } from './write.js';
import { insertRow } from './write-sql.js';

/** What a claim is read with: its country and source as references, its topics in order. */
export const include = {
  country: COUNTRY_SELECT,
  source: SOURCE_SELECT,
  topics: { select: { topic: true }, orderBy: { position: 'asc' } },
} as const;

export type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof include }>;

/** A claim read with raw SQL in the shape `include` gives: its country and source as references, its topics in order. */
export const CLAIM_RECORD = {
  table: 'Claim',
  references: [COUNTRY_REF, SOURCE_REF],
  lists: [{ as: 'topics', table: 'ClaimTopic', column: 'claimId', value: 'topic', orderBy: 'position' }],
} as const satisfies RecordSpec;

type Topics = NonNullable<ClaimCreate['topics']>;

/** A stored claim as its writes compare it: the columns, and its topics as a list. */
type StoredClaim = Prisma.ClaimGetPayload<object> & { topics: Topics };

/** The topics of a claim with the primary one first; a claim stored with none has its primary one. */
function topicsOf(row: { topic: string; topics: { topic: string }[] }): Topics {
  const topics = row.topics.map((t) => t.topic);
  return (topics.length > 0 ? topics : [row.topic]) as Topics;
}

/**
 * The topics a write leaves a claim with: `topics` as sent; `topic` alone replaces the primary
 * one and keeps the others (a client that knows one topic per claim corrects that one); neither,
 * the claim's own.
 */
function writtenTopics(input: { topic?: ClaimCreate['topic']; topics?: ClaimCreate['topics'] }, current: Topics = []): Topics {
  if (input.topics !== undefined) return input.topics;
  if (input.topic !== undefined) return [input.topic, ...current.slice(1).filter((t) => t !== input.topic)];
  return current;
}

/** The passage of the source about verification, when the claim has one. */
export function verificationSpan(row: Prisma.ClaimGetPayload<object>): ClaimOut['verificationQuote'] {
  const { verificationQuote: text, verificationStart: start, verificationEnd: end } = row;
  return text === null || start === null || end === null ? null : { text, start, end };
}

export function toClaim(row: ClaimRow): ClaimOut {
  return {
    id: row.id,
    country: { code: row.country.code, name: row.country.name },
    claimant: { name: row.claimantName, type: row.claimantType as ClaimOut['claimant']['type'], leaderId: row.claimantLeaderId },
    statement: row.statement,
    quote: row.quote,
    quoteStart: row.quoteStart,
    quoteEnd: row.quoteEnd,
    source: { id: row.source.id, title: row.source.title },
    topic: row.topic as ClaimOut['topic'],
    topics: topicsOf(row),
    verification: row.verification as ClaimOut['verification'],
    verificationNote: row.verificationNote,
    verificationQuote: verificationSpan(row),
    claimedAt: row.claimedAt,
    dateNote: row.dateNote,
    status: row.status as ClaimOut['status'],
    retractionReason: row.retractionReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The columns a claim's fields map to, with offsets found in the source text, and its topics. */
async function resolveClaim(tx: Tx, input: ClaimCreate & { topics: Topics }) {
  const text = await citedSourceText(tx, input.sourceId);
  await requireReference(tx, 'country', 'countryCode', input.countryCode);
  const leaderId = input.claimant.leaderId ?? null;
  await requireReference(tx, 'leader', 'claimant.leaderId', leaderId);
  const quote = locateQuote(text, input.quote, input.quoteOffsetHint, 'quote');
  const verificationQuote = input.verificationQuote ?? null;
  const verification =
    verificationQuote === null ? null : locateQuote(text, verificationQuote, input.verificationOffsetHint, 'verificationQuote');
  return {
    countryCode: input.countryCode,
    sourceId: input.sourceId,
    claimantName: input.claimant.name,
    claimantType: input.claimant.type,
    claimantLeaderId: leaderId,
    statement: input.statement,
    quote: input.quote,
    quoteStart: quote.start,
    quoteEnd: quote.end,
    topic: input.topics[0] ?? 'other',
    topics: input.topics,
    verification: input.verification,
    verificationNote: input.verificationNote,
    verificationQuote,
    verificationStart: verification?.start ?? null,
    verificationEnd: verification?.end ?? null,
    claimedAt: input.claimedAt ?? null,
    dateNote: input.dateNote,
  };
}

type Resolved = Awaited<ReturnType<typeof resolveClaim>>;

/** The write input a stored claim corresponds to, so a PATCH can be applied over it. */
function asInput(row: StoredClaim): ClaimCreate & { topics: Topics } {
  return {
    countryCode: row.countryCode,
    sourceId: row.sourceId,
    claimant: {
      name: row.claimantName,
      type: row.claimantType as ClaimCreate['claimant']['type'],
      leaderId: row.claimantLeaderId,
    },
    statement: row.statement,
    quote: row.quote,
    quoteOffsetHint: row.quoteStart,
    topics: row.topics,
    verification: row.verification as ClaimCreate['verification'],
    verificationNote: row.verificationNote,
    verificationQuote: row.verificationQuote,
    verificationOffsetHint: row.verificationStart ?? undefined,
    claimedAt: row.claimedAt,
    dateNote: row.dateNote,
  };
}

/** Stores a claim's topics as rows of ClaimTopic, in order, in place of any it had. */
async function storeTopics(tx: Tx, claimId: string, topics: Topics, replacing: boolean): Promise<void> {
  if (replacing) await tx.run(sql('DELETE FROM "ClaimTopic" WHERE "claimId" = ?', [claimId]));
  for (const [position, topic] of topics.entries()) await insertRow(tx, 'ClaimTopic', { claimId, topic, position });
}

const claimRow = recordRow(CLAIM_RECORD, toClaim, { retractable: true });

/** The parts of the write path that are a claim's own (see versioned.ts). */
export const CLAIM_WRITES = {
  resourceType: 'claim',
  noun: 'Claim',
  table: 'Claim',
  async find(tx, id) {
    const claim = await claimRow.columns<Prisma.ClaimGetPayload<object>>(tx, id);
    if (claim === null) return null;
    const topics = await tx.all<{ topic: string }>(
      sql('SELECT "topic" FROM "ClaimTopic" WHERE "claimId" = ? ORDER BY "position"', [id]),
    );
    return { ...claim, topics: topicsOf({ topic: claim.topic, topics }) };
  },
  newId: (tx, input) => newId(tx, 'Claim', input.countryCode, input.statement),
  created: (tx, input) => resolveClaim(tx, { ...input, topics: writtenTopics(input) }),
  updated: (tx, before, { topic, topics, ...changes }) =>
    resolveClaim(tx, {
      ...patchedInput(asInput(before), changes, { quote: 'quoteOffsetHint', verificationQuote: 'verificationOffsetHint' }),
      topics: writtenTopics({ topic, topics }, before.topics),
    }),
  async insert(tx, id, { topics, ...data }, at) {
    await claimRow.insert(tx, id, data, at);
    await storeTopics(tx, id, topics, false);
  },
  async save(tx, id, { topics, ...data }, at) {
    await claimRow.save(tx, id, data, at);
    await storeTopics(tx, id, topics, true);
  },
  retractable: true,
  read: claimRow.read,
} satisfies VersionedResource<StoredClaim, ClaimCreate, ClaimPatch, Resolved, Resolved, ClaimOut>;
