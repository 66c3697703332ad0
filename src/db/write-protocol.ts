import {
  DuplicateRecordError,
  IdempotencyConflictError,
  InconsistentFieldError,
  QuoteNotFoundError,
  RecordNotFoundError,
  StorageUnavailableError,
  UnknownReferenceError,
  VersionConflictError,
} from '../domain/errors.js';

/**
 * The messages between the Writer (main thread) and the writer's thread (write-worker.ts), and
 * errors in a form that survives the structured clone: a clone keeps only a plain Error, while
 * the HTTP layer answers by the domain error's class (404, 409, 422, 503...).
 */

export type EncodedError =
  | { kind: 'RecordNotFoundError'; resource: string; id: string }
  | { kind: 'VersionConflictError'; currentVersion: number }
  | { kind: 'QuoteNotFoundError'; field: string; detail: string; candidates: number[] }
  | { kind: 'InconsistentFieldError'; field: string; detail: string }
  | { kind: 'UnknownReferenceError'; field: string; value: string }
  | { kind: 'DuplicateRecordError'; detail: string }
  | { kind: 'StorageUnavailableError'; reason: StorageUnavailableError['reason']; cause: string }
  | { kind: 'IdempotencyConflictError' }
  | { kind: 'Error'; name: string; message: string; stack?: string };

export function encodeError(error: unknown): EncodedError {
  if (error instanceof RecordNotFoundError) return { kind: 'RecordNotFoundError', resource: error.resource, id: error.id };
  if (error instanceof VersionConflictError) return { kind: 'VersionConflictError', currentVersion: error.currentVersion };
  if (error instanceof QuoteNotFoundError)
    return { kind: 'QuoteNotFoundError', field: error.field, detail: error.detail, candidates: error.candidates };
  if (error instanceof InconsistentFieldError)
    return { kind: 'InconsistentFieldError', field: error.field, detail: error.message };
  if (error instanceof UnknownReferenceError) return { kind: 'UnknownReferenceError', field: error.field, value: error.value };
  if (error instanceof DuplicateRecordError) return { kind: 'DuplicateRecordError', detail: error.detail };
  if (error instanceof StorageUnavailableError)
    return {
      kind: 'StorageUnavailableError',
      reason: error.reason,
      cause: String((error.cause as Error | undefined)?.message ?? ''),
    };
  if (error instanceof IdempotencyConflictError) return { kind: 'IdempotencyConflictError' };
  const e = error instanceof Error ? error : new Error(String(error));
  return { kind: 'Error', name: e.name, message: e.message, ...(e.stack === undefined ? {} : { stack: e.stack }) };
}

export function decodeError(encoded: EncodedError): Error {
  switch (encoded.kind) {
    case 'RecordNotFoundError':
      return new RecordNotFoundError(encoded.resource, encoded.id);
    case 'VersionConflictError':
      return new VersionConflictError(encoded.currentVersion);
    case 'QuoteNotFoundError':
      return new QuoteNotFoundError(encoded.field, encoded.detail, encoded.candidates);
    case 'InconsistentFieldError':
      return new InconsistentFieldError(encoded.field, encoded.detail);
    case 'UnknownReferenceError':
      return new UnknownReferenceError(encoded.field, encoded.value);
    case 'DuplicateRecordError':
      return new DuplicateRecordError(encoded.detail);
    case 'StorageUnavailableError':
      return new StorageUnavailableError(encoded.reason, { cause: new Error(encoded.cause) });
    case 'IdempotencyConflictError':
      return new IdempotencyConflictError();
    case 'Error': {
      const error = new Error(encoded.message);
      error.name = encoded.name;
      // The writer thread's stack, where the failure happened, for the 500's log line.
      if (encoded.stack !== undefined) error.stack = encoded.stack;
      return error;
    }
  }
}

/** What the writer's thread is started with (workerData). */
export type WorkerSetup = { databaseUrl: string; maxBatch: number };

export type ToWorker<Req> =
  { type: 'write'; id: number; request: Req } | { type: 'pragma'; id: number; statement: string } | { type: 'close' };

export type Outcome<Res> = { id: number; ok: true; value: Res } | { id: number; ok: false; error: EncodedError };

export type FromWorker<Res> =
  | { type: 'ready' }
  | { type: 'failed'; error: EncodedError }
  /** One batch: the dataset version it committed (null: nothing changed), then every write's outcome. */
  | { type: 'batch'; version: number | null; outcomes: Outcome<Res>[] }
  | { type: 'pragma'; id: number; ok: true; value: unknown }
  | { type: 'pragma'; id: number; ok: false; error: EncodedError }
  | { type: 'closed' };
