import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from './auth-user';
import { idempotentRequest, type IdempotentRequest } from './idempotency';
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

/**
 * The request's `Idempotency-Key` for a handler that honours it itself (a route declared with
 * `Post(path, { keyInHandler: true })`): key, account, fingerprint and the status of its first
 * answer; undefined without a key or an account.
 */
export const Idempotency = createParamDecorator((_: unknown, ctx: ExecutionContext): IdempotentRequest | undefined =>
  idempotentRequest(ctx.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>(), (Reflect.getMetadata(HTTP_CODE_METADATA, ctx.getHandler()) as number | undefined) ?? 201),
);

/** The signed-in caller; `undefined` on public routes called anonymously. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser | undefined => {
  return ctx.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>().user ?? undefined;
});

/** The request's interface language (bg, en, mk) from Accept-Language. */
export const RequestLocale = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  return pickLocale(ctx.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']);
});
