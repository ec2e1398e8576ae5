import { useSyncExternalStore } from 'react';
import { currentLanguage } from '../i18n';
import { noteServiceStatus } from './outage';
import type { AccessToken } from './types';

/**
 * The signed-in session. The access token lives in this module's memory only (never in
 * storage); the refresh token is an httpOnly cookie the browser sends to /api/auth. Beside it the
 * server sets `sabor_session=1`, a hint this script can read: without it there is no session to
 * restore, and the client does not ask (an anonymous visit makes no refresh call, so no 401).
 */
export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';

let accessToken: string | null = null;
let status: SessionStatus = 'restoring';
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

function setState(token: string | null, next: SessionStatus) {
  accessToken = token;
  if (status !== next) {
    status = next;
    listeners.forEach((listener) => listener());
  }
}

export function getAccessToken(): string | null {
  return accessToken;
}

export function getSessionStatus(): SessionStatus {
  return status;
}

export function startSession(token: string): void {
  setState(token, 'signed-in');
}

export function endSession(): void {
  forgetSessionHint();
  setState(null, 'signed-out');
}

const HINT = 'sabor_session';

/** True when the server's session hint cookie is present: there may be a session to restore. */
export function hasSessionHint(): boolean {
  return document.cookie.split(';').some((part) => part.trim().startsWith(`${HINT}=`));
}

/** The server clears the hint with the refresh cookie; this covers an account deleted or a server out of reach. */
function forgetSessionHint(): void {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  if (hasSessionHint()) document.cookie = `${HINT}=; Max-Age=0; Path=/; SameSite=Strict${secure}`;
}

/**
 * Restores the session on start (once): with the hint, trades the refresh cookie for an access
 * token; without it, the visitor is signed out at once. Every data request waits for this (see
 * `whenRestored`), so none goes out anonymously while a session is on its way.
 */
export function restoreSession(): Promise<boolean> {
  if (status !== 'restoring') return Promise.resolve(status === 'signed-in');
  if (!hasSessionHint()) {
    endSession();
    return Promise.resolve(false);
  }
  return refreshSession();
}

/** Resolves once it is known whether someone is signed in (starts the restore if needed). */
export function whenRestored(): Promise<unknown> {
  return status === 'restoring' ? restoreSession() : Promise.resolve();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionStatus(): SessionStatus {
  return useSyncExternalStore(subscribe, getSessionStatus, getSessionStatus);
}

/** Absolute URL of an API path on this origin (Request needs one outside the browser too). */
export function apiUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}

/**
 * Trades the refresh cookie for a new access token. Calls made together share one request:
 * the server rotates the cookie on each use and treats a reused one as theft.
 */
export function refreshSession(): Promise<boolean> {
  if (!refreshing && !hasSessionHint()) {
    endSession();
    return Promise.resolve(false);
  }
  refreshing ??= (async () => {
    try {
      const send = () =>
        globalThis.fetch(
          new Request(apiUrl('/api/auth/refresh'), {
            method: 'POST',
            credentials: 'include',
            headers: { Accept: 'application/json', 'Accept-Language': currentLanguage() },
          }),
        );
      // Tabs of one browser share the cookie: two refreshing at once (a restored window, a link
      // opened in a new tab while another loads) would send the same token twice, which the
      // server takes for theft. A lock across tabs makes them take turns; the second then sends
      // the cookie the first received.
      const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
      const response = locks ? await locks.request('sabor-session-refresh', send) : await send();
      noteServiceStatus(response.status);
      if (response.ok) {
        const body = (await response.json()) as AccessToken;
        startSession(body.accessToken);
        return true;
      }
      if (response.status === 503) {
        // briefly unavailable: the session is not over; a restore tries again when told to
        const seconds = Number(response.headers.get('Retry-After')) || 3;
        if (status === 'restoring') setTimeout(() => void refreshSession(), Math.min(seconds, 30) * 1000);
        return false;
      }
    } catch {
      // the server cannot be reached: carry on signed out
    }
    endSession();
    return false;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** Test helper: forget every session state between tests. */
export function resetSessionForTests(): void {
  accessToken = null;
  status = 'restoring';
  refreshing = null;
}
