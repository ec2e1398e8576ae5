import type { FastifyReply, FastifyRequest } from 'fastify';
import { hash } from 'node:crypto';
import type { Tx } from '../database/transaction';
import type { AuthUser } from './auth-user';
import { DomainError } from './domain-error';

/** How long an answered `Idempotency-Key` is replayed. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;

/** What a handler that stores its own answer needs of the key (see `Post(path, { keyInHandler })`). */
export interface IdempotentRequest {
  userId: string;
  key: string;
  /** the method, URL and body, hashed: the same key with another request is refused */
  fingerprint: string;
  /** the status of the first answer */
  status: number;
}

/** An answer stored under the key earlier, sent again with `Idempotent-Replayed: true`. */
export class Replayed {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

/**
 * The request's `Idempotency-Key`, when a signed-in account sends one with a POST: the key, who
 * sent it, the request's fingerprint and the status its first answer has. A key over 200
 * characters is a 400.
 */
export function idempotentRequest(req: FastifyRequest & { user?: AuthUser }, status: number): IdempotentRequest | undefined {
  const raw = req.headers['idempotency-key'];
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (req.method !== 'POST' || !key || !req.user) return undefined;
  if (key.length > 200) throw DomainError.validation([{ field: 'Idempotency-Key', code: 'too_long', params: { max: 200 } }]);
  const fingerprint = hash('sha256', `${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`, 'hex');
  return { userId: req.user.id, key, fingerprint, status };
}

/** Keys stored before this were used up and may be taken again. */
export const keysExpiredBefore = (now: Date) => new Date(now.getTime() - IDEMPOTENCY_TTL_MS);

/**
 * The answer stored under the request's key, if it was answered within the last 24 hours; a key
 * answered for another request is a 409 `idempotency_key_reused`.
 */
export async function storedAnswer(tx: Tx, request: IdempotentRequest, now: Date): Promise<Replayed | undefined> {
  const [row] = await tx.rows<{ fingerprint: string; status_code: number | null; response: unknown }>(
    'SELECT fingerprint, status_code, response FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND created_at >= $3',
    [request.userId, request.key, keysExpiredBefore(now)],
  );
  if (!row || row.status_code === null) return undefined;
  if (row.fingerprint !== request.fingerprint) throw new DomainError('idempotency_key_reused');
  return new Replayed(row.status_code, row.response);
}

/**
 * A handler's result as the answer: a `Replayed` one (the answer stored for the same request, so
 * of the same shape) with its first status and `Idempotent-Replayed: true`.
 */
export function answered<T>(reply: FastifyReply, result: T | Replayed): T {
  if (!(result instanceof Replayed)) return result;
  void reply.status(result.status).header('Idempotent-Replayed', 'true');
  return result.body as T;
}
