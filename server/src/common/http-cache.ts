import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Sends a generated document (a feed, a calendar, open data) with the validators a harvester or
 * a calendar client uses to ask again cheaply: a strong `ETag` from the bytes, `Last-Modified`
 * when the caller knows it, and `304 Not Modified` with no body when `If-None-Match` (or, without
 * it, `If-Modified-Since`) says the client has these bytes already.
 */
export async function sendCacheable(
  req: FastifyRequest,
  reply: FastifyReply,
  body: string | Buffer,
  options: { type: string; lastModified?: Date | null; cacheControl?: string; vary?: string; headers?: Record<string, string>; /** public data any site may fetch (CORS `*`) */ open?: boolean },
): Promise<void> {
  const etag = `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  reply.header('ETag', etag);
  if (options.cacheControl) reply.header('Cache-Control', options.cacheControl);
  if (options.vary) reply.header('Vary', options.vary);
  const modified = options.lastModified ? new Date(Math.floor(options.lastModified.getTime() / 1000) * 1000) : null;
  if (modified) reply.header('Last-Modified', modified.toUTCString());
  for (const [name, value] of Object.entries(options.headers ?? {})) reply.header(name, value);
  if (options.open) reply.header('Access-Control-Allow-Origin', '*').header('Access-Control-Expose-Headers', 'ETag, Last-Modified');
  const ifNoneMatch = req.headers['if-none-match'];
  const ifModifiedSince = req.headers['if-modified-since'];
  const fresh = ifNoneMatch !== undefined
    ? ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')
    : Boolean(modified && ifModifiedSince && !Number.isNaN(Date.parse(ifModifiedSince)) && modified.getTime() <= Date.parse(ifModifiedSince));
  if (fresh) {
    await reply.status(304).send();
    return;
  }
  await reply.type(options.type).send(body);
}
