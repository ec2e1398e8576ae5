import { applyDecorators, Post as NestPost, UseInterceptors } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/**
 * `@Post()` with the `Idempotency-Key` interceptor. Only a POST takes the key, so only POST routes
 * carry the interceptor: as a global one it put every GET through Nest's interceptor pipeline as
 * well, about a tenth of a page's rate (docs/performance.md, fifth run). Controllers import `Post`
 * from here; a lint rule refuses @nestjs/common's.
 *
 * `keyInHandler`: the handler honours the key itself, in the same statement as its work (a
 * contribution's submission, the hot path): it takes the key with `@Idempotency()`, replays the
 * stored answer when a check fails on a retry (`storedAnswer`), and answers a `Replayed` with
 * `answered()`. No interceptor runs: Nest's interceptor pipeline (rxjs) was about 4 % of a
 * submission's CPU (docs/performance.md, sixth run).
 */
export const Post = (path?: string | string[], options: { keyInHandler?: boolean } = {}): MethodDecorator =>
  options.keyInHandler ? NestPost(path) : applyDecorators(NestPost(path), UseInterceptors(IdempotencyInterceptor));
