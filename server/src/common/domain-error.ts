import { ERROR_CODES, ErrorCode } from './error-codes';
import type { FieldProblem } from './field-errors';

/** A failure the caller can act on: a stable code of docs/api.md and optional details. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
    /** Extra response headers, e.g. Retry-After for 429. */
    readonly headers?: Record<string, string>,
  ) {
    super(code);
    this.name = 'DomainError';
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  static notFound(): DomainError {
    return new DomainError('not_found');
  }

  static forbidden(): DomainError {
    return new DomainError('forbidden');
  }

  /** 400 validation_failed; the exception filter writes `details.fields` in the request's language. */
  static validation(problems: FieldProblem[]): DomainError {
    return new DomainError('validation_failed', { problems });
  }
}
