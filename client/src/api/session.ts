import { useSyncExternalStore } from 'react';
import { currentLanguage } from '../i18n';
import { noteServiceStatus } from './outage';
import type { AccessToken } from './types';

/**
 * The signed-in session. The access token lives in this module's memory only (never in
 * storage); the refresh token is an httpOnly cookie the browser sends to /api/auth.
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
  setState(null, 'signed-out');
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
  refreshing ??= (async () => {
    try {
      const response = await globalThis.fetch(
        new Request(apiUrl('/api/auth/refresh'), {
          method: 'POST',
          credentials: 'include',
          headers: { Accept: 'application/json', 'Accept-Language': currentLanguage() },
        }),
      );
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
