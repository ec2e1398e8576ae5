import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from './auth-user';
import { pickLocale } from './locale';

export const AUTH_KEY = 'sabor:auth';
export interface AuthRequirement {
  /** a verified e-mail is needed (403 email_not_verified otherwise) */
  verified?: boolean;
  /** platform administrators only */
  admin?: boolean;
}

/** The route needs a signed-in caller (401 otherwise), optionally verified or an admin. */
export function Auth(requirement: AuthRequirement = {}) {
  return applyDecorators(SetMetadata(AUTH_KEY, requirement), ApiBearerAuth());
}

export const NO_IDEMPOTENCY_KEY = 'sabor:no-idempotency';

/**
 * The route ignores `Idempotency-Key`: nothing about the request is stored with the account
 * (anonymous form responses, whose answers must not be kept beside who sent them).
 */
export const NoIdempotency = () => SetMetadata(NO_IDEMPOTENCY_KEY, true);

/** The signed-in caller; `undefined` on public routes called anonymously. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser | undefined => {
  return ctx.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>().user ?? undefined;
});

/** The request's interface language (bg, en, mk) from Accept-Language. */
export const RequestLocale = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  return pickLocale(ctx.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']);
});
