import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';

/** How long a refused request's connection stays half-open for its client to read the answer. */
export const REFUSED_BODY_GRACE_MS = 2000;

/**
 * An error answered while the request's body is still coming (an upload refused before its body
 * is read: 401, 403, 404, or stopped at the limit: 413) ends its connection instead of reading
 * the rest. Node would otherwise read and throw away every byte the client goes on sending, so
 * that the connection could serve a next request: 20 clients writing 19 MB each as fast as the
 * sockets take it cost the server some 50 MB of memory for bytes it never wanted.
 *
 * The answer goes out as before, with `Connection: close`. Then the server stops reading (the
 * bytes in flight wait in the kernel, and the client's window closes), sends its FIN and, after
 * a short grace for the client to read the answer, closes the socket: closing at once, with
 * unread bytes, would send a reset that can make the client lose the answer.
 */
export function closeRefusedBodies(fastify: FastifyInstance, graceMs = REFUSED_BODY_GRACE_MS): void {
  // a callback, not an async function: it runs on every response, and a promise each time costs
  fastify.addHook('onSend', (req, reply, payload, done) => {
    const raw = req.raw;
    // `complete` is false only on a real socket whose body has not all arrived (inject has none)
    if (reply.statusCode < 400 || raw.complete !== false || !hasBody(raw)) return done(null, payload);
    reply.header('Connection', 'close');
    stopReading(raw);
    const socket = raw.socket;
    // Node ends a `Connection: close` response's socket with destroySoon(): FIN, then a destroy
    // as soon as the FIN is out. This one waits for the grace first.
    socket.destroySoon = () => {
      socket.end();
      const timer = setTimeout(() => socket.destroy(), graceMs);
      timer.unref();
      socket.once('close', () => clearTimeout(timer));
    };
    done(null, payload);
  });
}

function hasBody(raw: IncomingMessage): boolean {
  return Number(raw.headers['content-length'] ?? 0) > 0 || raw.headers['transfer-encoding'] !== undefined;
}

/**
 * Leaves the rest of the body in the socket. Whatever still reads it (a multipart parser stopped
 * at the limit) lets go, and the request is read once by the application: Node drains, once the
 * answer is sent, only a request nobody read (the `_read` of a request marks it as consumed; a
 * `read()` with the stream paused calls it). The request's small buffer (at most its
 * highWaterMark) fills up once more, then Node stops reading the socket.
 */
function stopReading(raw: IncomingMessage): void {
  raw.unpipe();
  raw.pause();
  raw.read();
}
