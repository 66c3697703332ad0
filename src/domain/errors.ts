/**
 * Failures the repositories report in domain terms; the HTTP layer maps each to a status.
 * Repositories never know about HTTP.
 */
export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super(`${resource} "${id}" was not found.`);
  }
}

export class VersionConflictError extends Error {
  override name = 'VersionConflictError';
  constructor(readonly currentVersion: number) {
    super(`The record has changed: its current version is ${currentVersion}.`);
  }
}

/** A quote that is not a verbatim substring of its source, or occurs several times with no hint. */
export class QuoteNotFoundError extends Error {
  override name = 'QuoteNotFoundError';
  constructor(
    readonly field: string,
    readonly detail: string,
    readonly candidates: number[] = [],
  ) {
    super(detail);
  }
}

export class UnknownReferenceError extends Error {
  override name = 'UnknownReferenceError';
  constructor(
    readonly field: string,
    readonly value: string,
  ) {
    super(`${field} "${value}" does not exist.`);
  }
}

export class DuplicateRecordError extends Error {
  override name = 'DuplicateRecordError';
  constructor(readonly detail: string) {
    super(detail);
  }
}

/** The database could not take the write now (locked by another process, or disk full). */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
  constructor(
    readonly reason: 'busy' | 'full' | 'unavailable',
    options?: { cause?: unknown },
  ) {
    super(
      reason === 'busy'
        ? 'The database is busy; the write was not applied.'
        : reason === 'full'
          ? 'The database is out of space; the write was not applied.'
          : // The connection can drop after COMMIT reached the server: say so rather than promise either way.
            'The database connection was lost; the write may not have been applied. Read the record before retrying.',
      options,
    );
  }
}

/** An Idempotency-Key reused for a different request. */
export class IdempotencyConflictError extends Error {
  override name = 'IdempotencyConflictError';
  constructor() {
    super('This Idempotency-Key was already used for a different request.');
  }
}

/**
 * A well-formed value that contradicts the data it refers to (a stance listing another country's
 * claim, a person's country without a basis). It is answered like an unknown reference: 422,
 * pointing at the field, with this message.
 */
export class InconsistentFieldError extends UnknownReferenceError {
  override name = 'InconsistentFieldError';
  constructor(field: string, detail: string) {
    super(field, '');
    this.message = detail;
  }
}
