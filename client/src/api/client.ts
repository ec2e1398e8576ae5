import createClient from 'openapi-fetch';
import { currentLanguage } from '../i18n';
import { ApiError } from './errors';
import { noteServiceStatus } from './outage';
import { apiUrl, getAccessToken, refreshSession, whenRestored } from './session';
import type { paths } from './types';

/** Calls where a 401 means "wrong credentials or token", not "the access token expired". */
const NO_REFRESH = new Set([
  '/api/auth/login',
  '/api/auth/refresh',
  '/api/auth/register',
  '/api/auth/logout',
  '/api/auth/verify-email',
  '/api/auth/password/forgot',
  '/api/auth/password/reset',
]);

function prepare(request: Request): Request {
  const token = getAccessToken();
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  request.headers.set('Accept-Language', currentLanguage());
  return request;
}

/**
 * The one place requests leave the client: waits until the session is restored (a page opened
 * by a direct link must not ask anonymously while the session is on its way), adds the access
 * token and the interface language; when a call sent with a token answers 401 (the token
 * expired), refreshes the session once and sends the call again. A 503 (the service is briefly
 * unavailable) keeps the session and shows the outage notice.
 */
export async function sessionFetch(request: Request): Promise<Response> {
  const auth = NO_REFRESH.has(new URL(request.url).pathname);
  if (!auth) await whenRestored();
  const retry = auth ? null : request.clone();
  const response = await globalThis.fetch(prepare(request));
  noteServiceStatus(response.status);
  if (response.status !== 401 || !retry || !request.headers.has('Authorization')) return response;
  if (!(await refreshSession())) return response;
  const again = await globalThis.fetch(prepare(retry));
  noteServiceStatus(again.status);
  return again;
}

export const api = createClient<paths>({
  baseUrl: apiUrl('/').replace(/\/$/, ''),
  credentials: 'include',
  fetch: sessionFetch,
});

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Resolves to the answer's data, or throws an ApiError carrying the server's code and fields. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch (cause) {
    throw ApiError.network(cause);
  }
  if (result.response.ok) return result.data as T;
  throw ApiError.fromBody(result.response.status, result.error);
}
