import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Observable, from, lastValueFrom } from 'rxjs';
import { map } from 'rxjs/operators';
import { Tx } from '../database/transaction';
import type { AuthUser } from './auth-user';
import { Clock } from './clock';
import { NO_IDEMPOTENCY_KEY } from './decorators';
import { DomainError } from './domain-error';
import { answered, idempotentRequest, keysExpiredBefore, storedAnswer } from './idempotency';

/**
 * `Idempotency-Key` on a create (POST) from a signed-in account: the first answer is stored and
 * replayed for the same key within 24 h; nothing new is created. The claim, the work and the
 * stored answer are one transaction: a failure leaves no claim behind, a crash cannot leave a
 * claim without its answer, and a concurrent retry waits on the claim's row and then replays.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly reflector: Reflector,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const req = http.getRequest<FastifyRequest & { user?: AuthUser }>();
    if (req.method !== 'POST' || !req.headers['idempotency-key'] || !req.user) return next.handle();
    if (this.reflector.get<boolean | undefined>(NO_IDEMPOTENCY_KEY, context.getHandler())) return next.handle();
    const request = idempotentRequest(req, this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201);
    if (!request) return next.handle();
    const { userId, key, fingerprint, status } = request;
    const now = this.clock.now();
    const expiredBefore = keysExpiredBefore(now);
    const outcome = this.tx.run(async () => {
      // one statement claims the key, or takes over an expired claim of it; a concurrent retry
      // with the same key waits here until this transaction ends, then replays its answer
      const claimed = await this.tx.rows(
        `INSERT INTO idempotency_keys (user_id, key, fingerprint, created_at, status_code, response) VALUES ($1, $2, $3, $4, NULL, NULL)
         ON CONFLICT (user_id, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, created_at = EXCLUDED.created_at, status_code = NULL, response = NULL
         WHERE idempotency_keys.created_at < $5
         RETURNING key`,
        [userId, key, fingerprint, now, expiredBefore],
      );
      if (!claimed.length) {
        // the key is held: answered (replayed, or refused if for another request) or still in progress
        const stored = await storedAnswer(this.tx, request, now);
        if (!stored) throw new DomainError('idempotency_in_progress');
        return stored;
      }
      // the work joins this transaction: the answer is stored with what it created, in one commit
      const body: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.tx.rows('UPDATE idempotency_keys SET status_code = $3, response = $4 WHERE user_id = $1 AND key = $2', [userId, key, status, JSON.stringify(body ?? null)]);
      return body;
    });
    return from(outcome).pipe(map((r) => answered(http.getResponse<FastifyReply>(), r)));
  }
}
