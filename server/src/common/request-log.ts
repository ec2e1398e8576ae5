import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import pino, { type DestinationStream, type Logger as Pino } from 'pino';

/**
 * Requests with no log line: the health check, and answering a form (its client address, browser
 * and exact time would say who answered when).
 */
export function isQuietRequest(method: string | undefined, url: string | undefined): boolean {
  return url === '/api/health' || url === '/health' || isAnswerRequest(method, url);
}

/**
 * Answering a form, and opening an invitation's link to answer: `POST /api/forms/:id/responses`,
 * `GET /api/forms/:id?token=…`. These requests are not logged.
 */
export function isAnswerRequest(method: string | undefined, url: string | undefined): boolean {
  if (!url) return false;
  url = url.replace(/^(?!\/api\/)/, '/api');
  if (method === 'POST') return /^\/api\/forms\/[^/?#]+\/responses\/?(?:[?#]|$)/.test(url);
  if (method === 'GET') return /^\/api\/forms\/[^/?#]+\/?\?(?:.*&)?token=/.test(url);
  return false;
}

/** The HTTP log: pino's JSON records, with what must never reach a log file taken out. */
export function createHttpLogger(level: string, stream: DestinationStream): Pino {
  return pino(
    {
      level,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      serializers: { req: serializeRequest, res: serializeReply, err: pino.stdSerializers.err },
    },
    stream,
  );
}

/**
 * One line for each answered API request, `{ req, res, responseTime }` with the message "request
 * completed" ("request errored" at 500 and over), written once the answer has gone: Fastify's
 * onResponse hook, not a Connect-style middleware (which cost about 4 % of a page request's CPU
 * through @fastify/middie and a child logger made for every request). A client that goes away
 * before its answer is complete (a download stopped half-way) gets `{ req }` and "request
 * aborted". The client's files are not logged, nor the quiet requests above.
 */
export function logRequests(fastify: FastifyInstance, log: Pino): void {
  fastify.addHook('onResponse', (req, reply, done) => {
    if (log.isLevelEnabled('info') && req.url.startsWith('/api') && !isQuietRequest(req.method, req.url)) {
      const failed = reply.statusCode >= 500;
      log.info({ req, res: reply, responseTime: Math.round(reply.elapsedTime) }, failed ? 'request errored' : 'request completed');
    }
    done();
  });
  fastify.addHook('onRequestAbort', (req, done) => {
    if (log.isLevelEnabled('info') && req.url.startsWith('/api') && !isQuietRequest(req.method, req.url)) log.info({ req }, 'request aborted');
    done();
  });
}

// single-use links (form invitations) carry their token in the query: never in a log line
const redactToken = (url: string) => url.replace(/([?&]token=)[^&#]*/g, '$1[redacted]');

function serializeRequest(req: FastifyRequest) {
  return { id: req.id, method: req.method, url: redactToken(req.url), headers: { ...req.headers }, remoteAddress: req.ip, remotePort: req.socket?.remotePort };
}

function serializeReply(reply: FastifyReply) {
  return { statusCode: reply.statusCode, headers: reply.getHeaders() };
}
