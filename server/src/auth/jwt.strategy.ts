import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { UsersRepository } from '../accounts/users.repository';
import type { AuthUser } from '../common/auth-user';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';

interface AccessPayload {
  sub: string;
}

/** Bearer access tokens: short-lived HS256 JWTs; the user is re-read so a deleted account stops at once. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersRepository,
  ) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.jwtSecret, algorithms: ['HS256'], ignoreExpiration: false });
  }

  async validate(payload: AccessPayload): Promise<AuthUser | false> {
    const user = await this.users.findForRequest(payload.sub);
    if (!user || !user.email) return false;
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
