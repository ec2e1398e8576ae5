import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata, UseGuards, applyDecorators } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
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
