import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from './auth-user';
import type { IdempotentRequest } from './idempotency';
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

export const IDEMPOTENT_IN_HANDLER = 'sabor:idempotent-in-handler';

/**
 * The handler honours `Idempotency-Key` itself, in the same statement as its work (the submission's
 * hot path): the interceptor only reads the key and fingerprint, which `@Idempotency()` hands to
 * the handler, and answers a `Replayed` the handler returns as the stored answer.
 */
export const IdempotentInHandler = () => SetMetadata(IDEMPOTENT_IN_HANDLER, true);

/** The request's key, fingerprint and expected status under `@IdempotentInHandler()`; undefined without a key. */
export const Idempotency = createParamDecorator((_: unknown, ctx: ExecutionContext): IdempotentRequest | undefined => {
  return ctx.switchToHttp().getRequest<FastifyRequest & { idempotency?: IdempotentRequest }>().idempotency;
});

/** The signed-in caller; `undefined` on public routes called anonymously. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser | undefined => {
  return ctx.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>().user ?? undefined;
});

/** The request's interface language (bg, en, mk) from Accept-Language. */
export const RequestLocale = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  return pickLocale(ctx.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']);
});
