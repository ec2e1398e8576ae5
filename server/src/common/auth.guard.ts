import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { AuthUser } from './auth-user';
import { AUTH_KEY, AuthRequirement } from './decorators';
import { DomainError } from './domain-error';
import { isDatabaseUnavailable } from '../database/unavailable';

/**
 * Global guard. A bearer token, when sent, must be valid (401 otherwise); routes marked @Auth()
 * also need one, and may need a verified e-mail or the admin role.
 */
@Injectable()
export class ApiAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const requirement = this.reflector.getAllAndOverride<AuthRequirement | undefined>(AUTH_KEY, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; user?: AuthUser }>();
    const hasToken = typeof req.headers.authorization === 'string' && req.headers.authorization.startsWith('Bearer ');
    if (!requirement && !hasToken) return true;
    await (super.canActivate(context) as Promise<boolean>);
    const user = req.user;
    if (!user) throw new DomainError('unauthorized');
    if (requirement?.admin && !user.isAdmin) throw DomainError.forbidden();
    if (requirement?.verified && !user.emailVerified) throw new DomainError('email_not_verified');
    return true;
  }

  override handleRequest<TUser = AuthUser>(err: unknown, user: TUser | false): TUser {
    // PostgreSQL down while the account is read: an outage (503), not a bad token (401)
    if (isDatabaseUnavailable(err)) throw err;
    if (err || !user) throw new DomainError('unauthorized');
    return user;
  }
}
