import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';

export const REFRESH_COOKIE = 'sabor_refresh';

/**
 * A hint beside the refresh cookie, readable by the client's script: "there may be a session".
 * It holds no secret (always "1"), lives as long as the refresh cookie and is cleared with it, so
 * the client asks /api/auth/refresh only when there is something to restore: an anonymous visit
 * sends no refresh call and gets no 401.
 */
export const SESSION_HINT_COOKIE = 'sabor_session';

/**
 * The refresh token travels only in an httpOnly, SameSite=Strict cookie scoped to /api/auth; the
 * session hint (see above) goes with it on the whole site.
 */
@Injectable()
export class RefreshCookie {
  private readonly secure: boolean;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.secure = config.publicUrl.startsWith('https://');
  }

  /**
   * The cookie's lifetime is sent as Max-Age, relative to the browser's own clock: an Expires date
   * from the product's clock (which may be set apart, see SABOR_FAKE_NOW) could already be past
   * for the browser, which would then drop the session on the next page load.
   */
  set(reply: FastifyReply, token: string, expires: Date): void {
    const maxAge = Math.max(0, Math.ceil((expires.getTime() - this.clock.now().getTime()) / 1000));
    reply.setCookie(REFRESH_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: this.secure, path: '/api/auth', maxAge });
    reply.setCookie(SESSION_HINT_COOKIE, '1', { httpOnly: false, sameSite: 'strict', secure: this.secure, path: '/', maxAge });
  }

  clear(reply: FastifyReply): void {
    reply.clearCookie(REFRESH_COOKIE, { path: '/api/auth', httpOnly: true, sameSite: 'strict', secure: this.secure });
    reply.clearCookie(SESSION_HINT_COOKIE, { path: '/', httpOnly: false, sameSite: 'strict', secure: this.secure });
  }
}
