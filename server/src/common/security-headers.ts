import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's response headers for `options`, worked out once. Every header Sabor sends is the same
 * for every request (no nonces), so the list is computed at start instead of per request:
 * @fastify/helmet ran `helmet(options)` again on every request, parsing the Content-Security-Policy
 * each time (about 4 % of a signed-in request's CPU in the profile; docs/performance.md).
 */
export function securityHeaders(options: HelmetOptions): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => void (headers[name] = String(value)),
    removeHeader: (name: string) => void delete headers[name],
  };
  let failed: unknown;
  helmet(options)({} as never, res as never, (error?: unknown) => void (failed = error));
  if (failed) throw failed instanceof Error ? failed : new Error(String(failed));
  return Object.freeze(headers);
}

/** Sets the headers on every response, before any route or error answers. */
export function registerSecurityHeaders(fastify: FastifyInstance, options: HelmetOptions): void {
  const headers = securityHeaders(options);
  fastify.addHook('onRequest', (_req, reply, done) => {
    void reply.headers(headers);
    done();
  });
}
