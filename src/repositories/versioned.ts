import type { Tx } from '../db/writer.js';
import { DuplicateRecordError, RecordNotFoundError } from '../domain/errors.js';
import type { ResourceType } from './revision-repository.js';
import {
  assertVersion,
  audit,
  performWrite,
  type ExpectedVersion,
  type WriteContext,
  type WriteDeps,
  type WriteResult,
} from './write.js';

/**
 * One write, complete in itself: everything it reads and writes goes through `tx`, and it
 * neither begins nor commits, so it can run in any transaction or savepoint: the Writer's own
 * transaction today, one of several in a group commit on a writer thread later.
 */
export type UnitOfWork<T> = (tx: Tx, datasetVersion: number) => Promise<T>;

/** A write to a versioned resource as plain data (structured-clonable), from which its unit is made. */
export type WriteCommand<Create, Patch> =
  | { op: 'create'; input: Create }
  | { op: 'update'; id: string; patch: Patch; expectedVersion: ExpectedVersion }
  | { op: 'retract'; id: string; reason: string; expectedVersion: ExpectedVersion };

type Versioned = { version: number };
type Retraction = { status: 'retracted'; retractionReason: string };
type Changes<Patch> = Omit<Patch, 'reason'>;

/**
 * What differs between versioned resources; the rest (version checks, the version bump,
 * retraction, the audit revision) is the same for all and lives in `writeUnit`.
 * `Stored` is the stored row, `Create`/`Patch` the API's bodies, `Inserted`/`Updated` the
 * columns a create/an update writes (what the revision records), `Out` the API's record.
 */
export type VersionedResource<Stored extends Versioned, Create, Patch extends { reason: string }, Inserted, Updated, Out> = {
  resourceType: ResourceType;
  /** How messages name a record: "Claim", "Trade figure". */
  noun: string;
  find(tx: Tx, id: string): Promise<Stored | null>;
  /** The key of a new record (server-made, or the input's own). */
  newId(input: Create): string;
  /** The columns a create writes, references and quotes checked (a domain error otherwise). */
  created(tx: Tx, input: Create): Promise<Inserted>;
  /** The columns an update writes: `changes` applied over the stored row, checked as on create. */
  updated(tx: Tx, before: Stored, changes: Changes<Patch>): Promise<Updated>;
  insert(tx: Tx, id: string, data: Inserted): Promise<Out>;
  save(tx: Tx, id: string, data: Updated & Versioned): Promise<Out>;
  /** Present for resources a DELETE retracts (the record stays, with its status and reason). */
  retract?: (tx: Tx, id: string, data: Retraction & Versioned) => Promise<Out>;
  /** What the revision records of the columns written, where that is not them as they are (a basis as served). */
  recorded?: { created?: (data: Inserted) => Record<string, unknown>; updated?: (data: Updated) => Record<string, unknown> };
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any resource, whatever its types
type AnyResource = VersionedResource<any, any, any, any, any, any>;
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
        const id = resource.newId(command.input);
        const out = await resource.insert(tx, id, data);
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
        return out;
      };
    case 'update':
      return async (tx, datasetVersion) => {
        const before = await stored(resource, tx, command.id);
        assertVersion(before, command.expectedVersion);
        const { reason, ...changes } = command.patch;
        const data = await resource.updated(tx, before, changes);
        const version = before.version + 1;
        const out = await resource.save(tx, command.id, { ...data, version });
        await audit(tx, {
          ...revision,
          resourceId: command.id,
          version,
          action: 'update',
          reason,
          before,
          after: resource.recorded?.updated?.(data) ?? data,
          datasetVersion,
        });
        return out;
      };
    case 'retract':
      return async (tx, datasetVersion) => {
        if (resource.retract === undefined) throw new Error(`${resource.noun} records cannot be retracted`);
        const before = await stored(resource, tx, command.id);
        assertVersion(before, command.expectedVersion);
        if (before.status === 'retracted')
          throw new DuplicateRecordError(`${resource.noun} "${command.id}" is already retracted.`);
        const version = before.version + 1;
        const after: Retraction = { status: 'retracted', retractionReason: command.reason };
        const out = await resource.retract(tx, command.id, { ...after, version });
        const { reason } = command;
        await audit(tx, {
          ...revision,
          resourceId: command.id,
          version,
          action: 'retract',
          reason,
          before,
          after,
          datasetVersion,
        });
        return out;
      };
  }
}

/**
 * The write methods of a versioned resource's repository: each runs its unit through the single
 * writer (with Idempotency-Key handling, see performWrite). Pick `retract` only for resources
 * that have it: the routes offer DELETE where the repository has the method.
 */
export function versionedWrites<R extends AnyResource>(deps: WriteDeps, resource: R) {
  type Out = OutOf<R>;
  const run = (status: number, command: WriteCommand<CreateOf<R>, PatchOf<R>>, ctx: WriteContext): Promise<WriteResult<Out>> =>
    performWrite(deps, ctx, status, writeUnit(resource, command, ctx.actor));
  return {
    create: (input: CreateOf<R>, ctx: WriteContext) => run(201, { op: 'create', input }, ctx),
    update: (id: string, patch: PatchOf<R>, expectedVersion: ExpectedVersion, ctx: WriteContext) =>
      run(200, { op: 'update', id, patch, expectedVersion }, ctx),
    retract: (id: string, reason: string, expectedVersion: ExpectedVersion, ctx: WriteContext) =>
      run(200, { op: 'retract', id, reason, expectedVersion }, ctx),
  };
}
