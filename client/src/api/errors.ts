import type { ApiErrorBody, FieldError } from './types';

/** Codes the client gives to failures that never reached the API or had no API error body. */
export type ClientErrorCode = 'network_error' | 'http_error';

/**
 * A failed API call. `message` is the server's text, already in the request's language; it is
 * empty when the server could not be reached or answered without an error body.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  static fromBody(status: number, body: unknown): ApiError {
    if (isErrorBody(body)) {
      const { fields = [], ...rest } = body.details ?? {};
      return new ApiError(status, body.code, body.message ?? '', Array.isArray(fields) ? fields : [], rest);
    }
    return new ApiError(status, 'http_error', '');
  }

  static network(cause: unknown): ApiError {
    const error = new ApiError(0, 'network_error', '');
    (error as { cause?: unknown }).cause = cause;
    return error;
  }
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ApiErrorBody).code === 'string';
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
