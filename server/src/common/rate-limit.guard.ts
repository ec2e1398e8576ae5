import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata, UseGuards, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../config/config';
import type { AppConfig, RateLimits } from '../config/config';
import type { AuthUser } from './auth-user';
import { RateLimiter } from './rate-limiter';

/**
 * The per-address buckets of the auth routes. Each route counts in its own bucket, so a flood of
 * registrations from one address does not lock the people behind it out of login or refresh.
 */
export type AddressBucket = 'login' | 'register' | 'password_reset' | 'refresh' | 'auth';

const BUCKETS: Record<AddressBucket, (l: RateLimits) => [number, number]> = {
  login: (l) => [l.loginPerIp, l.loginPerIpWindowSeconds],
  register: (l) => [l.registerPerIp, l.registerWindowSeconds],
  password_reset: (l) => [l.passwordResetPerIp, l.passwordResetWindowSeconds],
  refresh: (l) => [l.refreshPerIp, l.refreshWindowSeconds],
  auth: (l) => [l.perIp, l.perIpWindowSeconds],
};

const BUCKET_KEY = 'sabor:rate-limit';

/** Counts every request to the routes it guards per client address, in the route's bucket. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    const bucket = this.reflector.getAllAndOverride<AddressBucket | undefined>(BUCKET_KEY, [context.getHandler(), context.getClass()]) ?? 'auth';
    const [limit, windowSeconds] = BUCKETS[bucket](this.config.rateLimits);
    await this.limiter.hit(this.limiter.addressKey(`ip-${bucket}`, req.ip, windowSeconds), limit, windowSeconds);
    return true;
  }
}

/** On a controller: its routes count per address in the `auth` bucket; on a route: in its own bucket. */
export function RateLimit(bucket: AddressBucket = 'auth') {
  return applyDecorators(SetMetadata(BUCKET_KEY, bucket), UseGuards(RateLimitGuard));
}

/** On a route of a controller that has `@RateLimit()`: counts in `bucket` instead of `auth`. */
export const RateLimitBucket = (bucket: AddressBucket) => SetMetadata(BUCKET_KEY, bucket);

/**
 * Answers to a form from nobody in particular (no account, no invitation link) per client
 * address, shared by every instance through PostgreSQL. What is stored cannot be tied to an
 * answer: the key is a keyed hash of the address and the window (RateLimiter.addressKey), the row
 * holds the window's start and a count and no finer time, and it is written in its own short
 * transaction before the answer, which the form's inbox stores apart (see docs/architecture.md).
 */
@Injectable()
export class PublicAnswerLimitGuard implements CanActivate {
  constructor(
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    const body = req.body as { token?: unknown } | undefined;
    if (req.user || (typeof body?.token === 'string' && body.token)) return true;
    const { publicAnswersPerIp, publicAnswersWindowSeconds } = this.config.rateLimits;
    await this.limiter.hit(this.limiter.addressKey('form-answer', req.ip, publicAnswersWindowSeconds), publicAnswersPerIp, publicAnswersWindowSeconds);
    return true;
  }
}
