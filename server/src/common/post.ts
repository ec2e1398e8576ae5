import { applyDecorators, Post as NestPost, UseInterceptors } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/**
 * `@Post()` with the `Idempotency-Key` interceptor. Only a POST takes the key, so only POST routes
 * carry the interceptor: as a global one it put every GET through Nest's interceptor pipeline as
 * well, about a tenth of a page's rate (docs/performance.md, fifth run). Controllers import `Post`
 * from here; a lint rule refuses @nestjs/common's.
 */
export const Post = (path?: string | string[]): MethodDecorator => applyDecorators(NestPost(path), UseInterceptors(IdempotencyInterceptor));
