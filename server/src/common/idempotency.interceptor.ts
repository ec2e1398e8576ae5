import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { Observable, from, lastValueFrom } from 'rxjs';
import { map } from 'rxjs/operators';
import { Tx } from '../database/transaction';
import type { AuthUser } from './auth-user';
import { Clock } from './clock';
import { IDEMPOTENT_IN_HANDLER, NO_IDEMPOTENCY_KEY } from './decorators';
import { DomainError } from './domain-error';
import { IDEMPOTENCY_TTL_MS, type IdempotentRequest, Replayed } from './idempotency';

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
    const req = http.getRequest<FastifyRequest & { user?: AuthUser; idempotency?: IdempotentRequest }>();
    const raw = req.headers['idempotency-key'];
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (req.method !== 'POST' || !key || !req.user) return next.handle();
    if (this.reflector.get<boolean | undefined>(NO_IDEMPOTENCY_KEY, context.getHandler())) return next.handle();
    if (key.length > 200) throw DomainError.validation([{ field: 'Idempotency-Key', code: 'too_long', params: { max: 200 } }]);

    const userId = req.user.id;
    const fingerprint = createHash('sha256').update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`).digest('hex');
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
    const now = this.clock.now();
    const expiredBefore = new Date(now.getTime() - IDEMPOTENCY_TTL_MS);
    if (this.reflector.get<boolean | undefined>(IDEMPOTENT_IN_HANDLER, context.getHandler())) {
      // the handler claims, works and stores the answer in one statement (the submission's hot path)
      req.idempotency = { userId, key, fingerprint, status, expiredBefore };
      return from(this.inHandler(req.idempotency, next)).pipe(map((r) => this.answer(http.getResponse<FastifyReply>(), r)));
    }
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
        const [row] = await this.tx.rows<{ fingerprint: string; status_code: number | null; response: unknown }>(
          'SELECT fingerprint, status_code, response FROM idempotency_keys WHERE user_id = $1 AND key = $2',
          [userId, key],
        );
        if (!row || row.status_code === null) throw new DomainError('idempotency_in_progress');
        if (row.fingerprint !== fingerprint) throw new DomainError('idempotency_key_reused');
        return { replayed: true, status: row.status_code, body: row.response };
      }
      // the work joins this transaction: the answer is stored with what it created, in one commit
      const body: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.tx.rows('UPDATE idempotency_keys SET status_code = $3, response = $4 WHERE user_id = $1 AND key = $2', [userId, key, status, JSON.stringify(body ?? null)]);
      return { replayed: false, status, body };
    });
    return from(outcome).pipe(map((r) => this.answer(http.getResponse<FastifyReply>(), r.replayed ? new Replayed(r.status, r.body) : r.body)));
  }

  private answer(reply: FastifyReply, result: unknown): unknown {
    if (!(result instanceof Replayed)) return result;
    void reply.status(result.status).header('Idempotent-Replayed', 'true');
    return result.body;
  }

  /**
   * A handler that stores its own answer checks the request before its one statement, so a retry
   * of an answered request could fail a check that has changed since (the consultation closed):
   * then the stored answer is replayed, as the claim-first path would have done.
   */
  private async inHandler(request: IdempotentRequest, next: CallHandler): Promise<unknown> {
    try {
      return await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const [row] = await this.tx.rows<{ fingerprint: string; status_code: number | null; response: unknown }>(
        'SELECT fingerprint, status_code, response FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND created_at >= $3',
        [request.userId, request.key, request.expiredBefore],
      );
      if (!row || row.status_code === null) throw error;
      if (row.fingerprint !== request.fingerprint) throw new DomainError('idempotency_key_reused');
      return new Replayed(row.status_code, row.response);
    }
  }
}
