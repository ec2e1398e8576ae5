import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from './domain-error';
import { ERROR_CODES, ErrorCode, errorMessage } from './error-codes';
import { pickLocale } from './locale';
import { ConstraintProblem, FieldProblem, translateProblems } from './field-errors';
import { isDatabaseUnavailable, OUTAGE_RETRY_AFTER_SECONDS } from '../database/unavailable';

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'bad_request',
  422: 'unprocessable',
  429: 'rate_limited',
  503: 'service_unavailable',
};

/** Maps every failure to `{statusCode, code, message, details}` with a translated message. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const locale = pickLocale(req.headers['accept-language']);

    let code: ErrorCode = 'internal_error';
    let details: Record<string, unknown> | undefined;
    let headers: Record<string, string> | undefined;

    if (isDatabaseUnavailable(exception)) {
      // an outage is not a bug: 503 with a hint when to come back, logged without a stack
      code = 'service_unavailable';
      headers = { 'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS) };
      this.logger.warn(`database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
    } else if (exception instanceof DomainError) {
      code = exception.code;
      headers = exception.headers;
      if (exception.details && 'problems' in exception.details) {
        const { problems, ...rest } = exception.details;
        details = { ...rest, fields: translateProblems(problems as Array<FieldProblem | ConstraintProblem>, locale) };
      } else {
        details = exception.details;
      }
    } else if (exception instanceof HttpException) {
      code = STATUS_CODES[exception.getStatus()] ?? (exception.getStatus() < 500 ? 'bad_request' : 'internal_error');
    } else if (isFastifyError(exception)) {
      const status = exception.statusCode ?? 500;
      code = STATUS_CODES[status] ?? (status < 500 ? 'bad_request' : 'internal_error');
    }

    const statusCode = ERROR_CODES[code].status;
    if (statusCode >= 500 && code !== 'service_unavailable') this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (headers) for (const [k, v] of Object.entries(headers)) reply.header(k, v);
    void reply.status(statusCode).send({ statusCode, code, message: errorMessage(code, locale), ...(details ? { details } : {}) });
  }
}

function isFastifyError(e: unknown): e is { statusCode?: number; code?: string } {
  return typeof e === 'object' && e !== null && 'statusCode' in e && typeof (e as { statusCode: unknown }).statusCode === 'number';
}
