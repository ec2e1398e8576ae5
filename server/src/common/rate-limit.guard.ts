import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata, UseGuards, applyDecorators } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import type { AuthUser } from './auth-user';
import { MemoryRateLimiter } from './memory-rate-limiter';
import { RateLimiter } from './rate-limiter';

/** Counts every request to the routes it guards per client address (auth routes). */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    const { perIp, perIpWindowSeconds } = this.config.rateLimits;
    await this.limiter.hit(`auth-ip:${req.ip}`, perIp, perIpWindowSeconds);
    return true;
  }
}

export function RateLimit() {
  return applyDecorators(SetMetadata('sabor:rate-limit', true), UseGuards(RateLimitGuard));
}

/**
 * Answers to a form from nobody in particular (no account, no invitation link) per client
 * address, counted in memory only: see MemoryRateLimiter. Invitations and accounts are limited
 * by their one answer each already.
 */
@Injectable()
export class PublicAnswerLimitGuard implements CanActivate {
  constructor(
    private readonly limiter: MemoryRateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    const body = req.body as { token?: unknown } | undefined;
    if (req.user || (typeof body?.token === 'string' && body.token)) return true;
    const { publicAnswersPerIp, publicAnswersWindowSeconds } = this.config.rateLimits;
    this.limiter.hit(`form-answer:${req.ip}`, publicAnswersPerIp, publicAnswersWindowSeconds);
    return true;
  }
}
