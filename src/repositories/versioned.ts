import { Unchanged } from '../db/group-commit.js';
import type { Tx } from '../db/write-tx.js';
import { DuplicateRecordError, RecordNotFoundError } from '../domain/errors.js';
import { findIdempotent, saveIdempotent } from './idempotency-repository.js';
import { recordRevision, type ResourceType } from './revision-repository.js';
import { updateRow } from './write-sql.js';
import { assertVersion, audit, auditedChanges, type ExpectedVersion, type WriteContext, type WriteResult } from './write.js';

/**
 * One write, complete in itself: everything it reads and writes goes through `tx`, and it
 * neither begins nor commits, so it runs in whatever transaction the Writer gives it: one
 * savepoint of a group commit, on the writer's thread. A unit that changes nothing returns
 * `Unchanged`, and the Writer rolls its savepoint back (the dataset version bump with it).
 */
export type UnitOfWork<T> = (tx: Tx, datasetVersion: number) => Promise<T | Unchanged<T>>;

/** A write to a versioned resource as plain data (structured-clonable), from which its unit is made. */
export type WriteCommand<Create, Patch> =
  | { op: 'create'; input: Create }
  | { op: 'update'; id: string; patch: Patch; expectedVersion: ExpectedVersion }
  | { op: 'retract'; id: string; reason: string; expectedVersion: ExpectedVersion };

/**
 * A write as the Writer queues it: plain data, so it can cross to the writer's thread; the unit
 * is made there (`executeWrite` in writes.ts). `status` is what the route answers on success.
 */
export type WriteRequest = {
  resourceType: ResourceType;
  command: WriteCommand<unknown, unknown>;
  actor: string;
  status: number;
  idempotency?: WriteContext['idempotency'];
};

/** What the repositories write through: the Writer (src/db/writer.ts), seen from this layer. */
export type WriteDeps = { writer: { write(request: WriteRequest): Promise<WriteResult<unknown>> } };

type Versioned = { version: number };
type Changes<Patch> = Omit<Patch, 'reason'>;

/**
 * What differs between versioned resources; the rest (version checks, the version bump,
 * retraction, the audit revision, the no-op rule) is the same for all and lives in `writeUnit`.
 * `Stored` is the stored row, `Create`/`Patch` the API's bodies, `Inserted`/`Updated` the
 * columns a create/an update writes (what the revision records), `Out` the API's record.
 */
export type VersionedResource<Stored extends Versioned, Create, Patch extends { reason: string }, Inserted, Updated, Out> = {
  resourceType: ResourceType;
  /** How messages name a record: "Claim", "Trade figure". */
  noun: string;
  /** Its table and key column (default `id`), for retraction. */
  table: string;
  key?: string;
  find(tx: Tx, id: string): Promise<Stored | null>;
  /** The key of a new record (server-made and unused, or the input's own). */
  newId(tx: Tx, input: Create): Promise<string>;
  /** The columns a create writes, references and quotes checked (a domain error otherwise). */
  created(tx: Tx, input: Create): Promise<Inserted>;
  /** The columns an update writes: `changes` applied over the stored row, checked as on create. */
  updated(tx: Tx, before: Stored, changes: Changes<Patch>): Promise<Updated>;
  insert(tx: Tx, id: string, data: Inserted, at: Date): Promise<void>;
  save(tx: Tx, id: string, data: Updated & Versioned, at: Date): Promise<void>;
  /** The record as the API returns it, read in the write's transaction. */
  read(tx: Tx, id: string): Promise<Out | null>;
  /** Present for resources a DELETE retracts (the record stays, with its status and reason). */
  retractable?: true;
  /** What the revision records of the columns written, where that is not them as they are (a basis as served). */
  recorded?: { created?: (data: Inserted) => Record<string, unknown>; updated?: (data: Updated) => Record<string, unknown> };
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any resource, whatever its types
export type AnyResource = VersionedResource<any, any, any, any, any, any>;
type CreateOf<R> = R extends VersionedResource<infer _S, infer C, infer _P, infer _I, infer _U, infer _O> ? C : never;
type PatchOf<R> = R extends VersionedResource<infer _S, infer _C, infer P, infer _I, infer _U, infer _O> ? P : never;
type OutOf<R> = R extends VersionedResource<infer _S, infer _C, infer _P, infer _I, infer _U, infer O> ? O : never;

async function stored<S extends Versioned>(
  resource: VersionedResource<S, unknown, never, unknown, unknown, unknown>,
  tx: Tx,
  id: string,
) {
  const row = await resource.find(tx, id);
  if (row === null) throw new RecordNotFoundError(resource.noun, id);
  return row;
}

async function current<O>(
  resource: VersionedResource<never, unknown, never, unknown, unknown, O>,
  tx: Tx,
  id: string,
): Promise<O> {
  const out = await resource.read(tx, id);
  if (out === null) throw new RecordNotFoundError(resource.noun, id);
  return out;
}

/** The unit of work of `command` on `resource`, by `actor`, audited in the same transaction. */
export function writeUnit<R extends AnyResource>(
  resource: R,
  command: WriteCommand<CreateOf<R>, PatchOf<R>>,
  actor: string,
): UnitOfWork<OutOf<R>> {
  const revision = { resourceType: resource.resourceType, actor };
  switch (command.op) {
    case 'create':
      return async (tx, datasetVersion) => {
        const data = await resource.created(tx, command.input);
        const id = await resource.newId(tx, command.input);
        await resource.insert(tx, id, data, new Date());
        await audit(tx, {
          ...revision,
          resourceId: id,
          version: 1,
          action: 'create',
          reason: null,
          before: {},
          after: resource.recorded?.created?.(data) ?? data,
          datasetVersion,
        });
        return current(resource, tx, id);
      };
    case 'update':
      return async (tx, datasetVersion) => {
        const before = await stored(resource, tx, command.id);
        assertVersion(before, command.expectedVersion);
        const { reason, ...patch } = command.patch;
        const data = await resource.updated(tx, before, patch);
        const changes = auditedChanges(before, resource.recorded?.updated?.(data) ?? data);
        // A PATCH that sets every field to its value changes nothing: no new version, no revision.
        if (Object.keys(changes).length === 0) return new Unchanged(await current(resource, tx, command.id));
        const version = before.version + 1;
        await resource.save(tx, command.id, { ...data, version }, new Date());
        await recordRevision(tx, {
          ...revision,
          resourceId: command.id,
          version,
          action: 'update',
          reason,
          changes,
          datasetVersion,
        });
        return current(resource, tx, command.id);
      };
    case 'retract':
      return async (tx, datasetVersion) => {
        if (resource.retractable !== true) throw new Error(`${resource.noun} records cannot be retracted`);
        const before = await stored(resource, tx, command.id);
        assertVersion(before, command.expectedVersion);
        if (before.status === 'retracted')
          throw new DuplicateRecordError(`${resource.noun} "${command.id}" is already retracted.`);
        const version = before.version + 1;
        const after = { status: 'retracted', retractionReason: command.reason };
        await updateRow(tx, resource.table, resource.key ?? 'id', command.id, { ...after, version, updatedAt: new Date() });
        await audit(tx, {
          ...revision,
          resourceId: command.id,
          version,
          action: 'retract',
          reason: command.reason,
          before,
          after,
          datasetVersion,
        });
        return current(resource, tx, command.id);
      };
  }
}

/**
 * Runs one queued write in its transaction: an Idempotency-Key seen before replays the stored
 * result (looked up here, inside the transaction, so two concurrent retries cannot both write),
 * and the result of a first use is stored in the same transaction as the write.
 */
export async function executeWrite(
  resources: Readonly<Record<ResourceType, AnyResource>>,
  tx: Tx,
  request: WriteRequest,
  datasetVersion: number,
): Promise<WriteResult<unknown> | Unchanged<WriteResult<unknown>>> {
  const idem = request.idempotency;
  if (idem !== undefined) {
    const earlier = await findIdempotent(tx, request.actor, idem.key, idem.fingerprint);
    if (earlier !== null) return new Unchanged({ status: earlier.status, body: earlier.body, replayed: true });
  }
  const body = await writeUnit(resources[request.resourceType], request.command, request.actor)(tx, datasetVersion);
  if (body instanceof Unchanged) return new Unchanged({ status: request.status, body: body.value, replayed: false });
  if (idem !== undefined) await saveIdempotent(tx, { actor: request.actor, ...idem, status: request.status, body });
  return { status: request.status, body, replayed: false };
}

/**
 * The write methods of a versioned resource's repository: each queues its command with the
 * single writer. Pick `retract` only for resources that have it: the routes offer DELETE where
 * the repository has the method.
 */
export function versionedWrites<R extends AnyResource>(deps: WriteDeps, resource: R) {
  type Out = OutOf<R>;
  const run = (status: number, command: WriteCommand<CreateOf<R>, PatchOf<R>>, ctx: WriteContext) =>
    deps.writer.write({
      resourceType: resource.resourceType,
      command,
      actor: ctx.actor,
      status,
      ...(ctx.idempotency === undefined ? {} : { idempotency: ctx.idempotency }),
    }) as Promise<WriteResult<Out>>;
  return {
    create: (input: CreateOf<R>, ctx: WriteContext) => run(201, { op: 'create', input }, ctx),
    update: (id: string, patch: PatchOf<R>, expectedVersion: ExpectedVersion, ctx: WriteContext) =>
      run(200, { op: 'update', id, patch, expectedVersion }, ctx),
    retract: (id: string, reason: string, expectedVersion: ExpectedVersion, ctx: WriteContext) =>
      run(200, { op: 'retract', id, reason, expectedVersion }, ctx),
  };
}
