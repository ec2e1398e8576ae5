import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { DomainError } from '../common/domain-error';
import { isDatabaseUnavailable } from '../database/unavailable';

/** passport-local, with a 400 for a malformed body and the service's own errors passed through. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override canActivate(context: ExecutionContext) {
    const body = context.switchToHttp().getRequest<{ body?: Record<string, unknown> }>().body ?? {};
    const missing = ['email', 'password'].filter((f) => typeof body[f] !== 'string' || (body[f] as string).length === 0 || (body[f] as string).length > 254);
    if (missing.length) throw DomainError.validation(missing.map((field) => ({ field, code: 'isNotEmpty' as const })));
    return super.canActivate(context);
  }

  override handleRequest<T>(err: unknown, user: T | false): T {
    if (err instanceof DomainError || isDatabaseUnavailable(err)) throw err; // an outage is a 503, not wrong credentials
    if (err || !user) throw new DomainError('invalid_credentials');
    return user;
  }
}
