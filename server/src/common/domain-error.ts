import { ERROR_CODES, ErrorCode } from './error-codes';

export interface FieldError {
  field: string;
  messages: string[];
}

/** A failure the caller can act on: a stable code from API.md and optional details. */
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

  static validation(fields: FieldError[]): DomainError {
    return new DomainError('validation_failed', { fields });
  }
}
