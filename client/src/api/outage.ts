import { useSyncExternalStore } from 'react';

/**
 * Whether the server said "briefly unavailable" (503, e.g. while its database restarts). The
 * session is kept, queries try again by themselves, and the layout shows a polite notice until
 * an answer comes back that is not a 503.
 */
let unavailable = false;
const listeners = new Set<() => void>();

function set(next: boolean) {
  if (unavailable === next) return;
  unavailable = next;
  listeners.forEach((listener) => listener());
}

/** Called with every answer the API gives. */
export function noteServiceStatus(status: number): void {
  if (status === 503) set(true);
  else if (status < 500) set(false);
}

export function isServiceUnavailable(): boolean {
  return unavailable;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useServiceUnavailable(): boolean {
  return useSyncExternalStore(subscribe, isServiceUnavailable, isServiceUnavailable);
}

/** Test helper. */
export function resetServiceStatusForTests(): void {
  unavailable = false;
}
