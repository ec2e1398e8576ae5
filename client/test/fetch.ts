/** A fake API at the fetch boundary: routes "METHOD /api/path" to canned answers, records requests. */

type Handler = (request: Request) => Response | Promise<Response>;
type Route = Handler | Response;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function empty(status = 204): Response {
  return new Response(null, { status });
}

export function apiError(
  status: number,
  code: string,
  message: string,
  fields?: { field: string; messages: string[] }[],
  details: Record<string, unknown> = {},
): Response {
  const all = { ...details, ...(fields ? { fields } : {}) };
  return json({ statusCode: status, code, message, ...(Object.keys(all).length ? { details: all } : {}) }, status);
}

/** Signed out: the refresh cookie is missing. */
export const noSession = () => apiError(401, 'invalid_refresh_token', 'Your session has expired.');

export interface FakeApi {
  fetch: jest.Mock;
  /** every request sent, in order, as "METHOD /path" */
  sent: () => string[];
  /** the requests sent to one route */
  requests: (route: string) => Request[];
}

/**
 * Installs the fake as globalThis.fetch. A route answers with a handler, a Response, or a list
 * of them used in turn (the last one repeats). Unknown routes answer 404.
 */
export function fakeApi(routes: Record<string, Route | Route[]>): FakeApi {
  const log: { route: string; request: Request }[] = [];
  const turns = new Map<string, number>();
  const fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = typeof input === 'string' || input instanceof URL ? new Request(String(input), init) : input;
    const route = `${request.method} ${new URL(request.url).pathname}`;
    log.push({ route, request: request.clone() });
    const entry = routes[route];
    if (!entry) return apiError(404, 'not_found', `No fake for ${route}`);
    let answer: Route;
    if (Array.isArray(entry)) {
      const turn = turns.get(route) ?? 0;
      turns.set(route, turn + 1);
      answer = entry[Math.min(turn, entry.length - 1)];
    } else answer = entry;
    return typeof answer === 'function' ? answer(request) : answer.clone();
  });
  globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
  return {
    fetch,
    sent: () => log.map((l) => l.route),
    requests: (route) => log.filter((l) => l.route === route).map((l) => l.request),
  };
}
