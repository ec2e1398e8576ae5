import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { UsersRepository } from '../users/users.repository';
import type { AuthUser } from '../common/auth-user';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { Tx } from '../database/transaction';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AccessPayload {
  sub: string;
  /** the session: the refresh-token family the token was issued with */
  sid?: unknown;
  exp?: unknown;
}

/**
 * Bearer access tokens: short-lived HS256 JWTs. On every request the account is re-read (a deleted
 * account stops at once) and so is the session the token names: logout, a password reset and the
 * account's deletion revoke the session, which ends its access tokens at once instead of when they
 * expire. A token without `exp` or without a session is refused. Database errors propagate (they
 * are not a bad token).
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersRepository,
    private readonly tx: Tx,
  ) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.jwtSecret, algorithms: ['HS256'], ignoreExpiration: false });
  }

  async validate(payload: AccessPayload): Promise<AuthUser | false> {
    if (typeof payload.exp !== 'number' || typeof payload.sid !== 'string' || !UUID.test(payload.sid)) return false;
    const user = await this.users.findForRequest(payload.sub);
    if (!user || !user.email) return false;
    const live: unknown[] = await this.tx.manager.query('SELECT 1 FROM refresh_tokens WHERE family_id = $1 AND user_id = $2 AND revoked_at IS NULL LIMIT 1', [payload.sid, user.id]);
    if (live.length === 0) return false;
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      locale: user.locale,
      isAdmin: user.isAdmin,
      emailVerified: user.emailVerifiedAt !== null,
    };
  }
}
