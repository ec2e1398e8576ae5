import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';

export const REFRESH_COOKIE = 'sabor_refresh';

/** The refresh token travels only in an httpOnly, SameSite=Strict cookie scoped to /api/auth. */
@Injectable()
export class RefreshCookie {
  private readonly secure: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secure = config.publicUrl.startsWith('https://');
  }

  set(reply: FastifyReply, token: string, expires: Date): void {
    reply.setCookie(REFRESH_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: this.secure, path: '/api/auth', expires });
  }

  clear(reply: FastifyReply): void {
    reply.clearCookie(REFRESH_COOKIE, { path: '/api/auth', httpOnly: true, sameSite: 'strict', secure: this.secure });
  }
}
