/**
 * Failures the repositories report in domain terms; the HTTP layer maps each to a status.
 * Repositories never know about HTTP.
 */

/** What every domain error is: a message in domain terms, and a name that logs tell apart. */
export abstract class DomainError extends Error {
  constructor(name: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = name;
  }
}

/** A failure about one field of a write (answered 422, pointing at the field). */
export abstract class FieldError extends DomainError {
  constructor(
    name: string,
    readonly field: string,
    message: string,
  ) {
    super(name, message);
  }
}

export class RecordNotFoundError extends DomainError {
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super('RecordNotFoundError', `${resource} "${id}" was not found.`);
  }
}

export class VersionConflictError extends DomainError {
  constructor(readonly currentVersion: number) {
    super('VersionConflictError', `The record has changed: its current version is ${currentVersion}.`);
  }
}

/** A quote that is not a verbatim substring of its source, or occurs several times with no hint. */
export class QuoteNotFoundError extends FieldError {
  constructor(
    field: string,
    readonly detail: string,
    readonly candidates: number[] = [],
  ) {
    super('QuoteNotFoundError', field, detail);
  }
}

export class UnknownReferenceError extends FieldError {
  constructor(
    field: string,
    readonly value: string,
  ) {
    super('UnknownReferenceError', field, `${field} "${value}" does not exist.`);
  }
}

export class DuplicateRecordError extends DomainError {
  constructor(readonly detail: string) {
    super('DuplicateRecordError', detail);
  }
}

/** The database could not take the write now (locked by another process, or disk full). */
export class StorageUnavailableError extends DomainError {
  constructor(
    readonly reason: 'busy' | 'full' | 'unavailable',
    options?: { cause?: unknown },
  ) {
    super(
      'StorageUnavailableError',
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
export class IdempotencyConflictError extends DomainError {
  constructor() {
    super('IdempotencyConflictError', 'This Idempotency-Key was already used for a different request.');
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
