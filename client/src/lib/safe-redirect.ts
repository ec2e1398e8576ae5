/** A `next=` target after signing in: a path on this site only, never another origin. */
export function safeNextPath(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}

/** `path` (`/login`, `/register`) with `next=` when there is a target on this site to go on to. */
export function withNext(path: string, next: string | null | undefined): string {
  const target = safeNextPath(next, '');
  return target ? `${path}?next=${encodeURIComponent(target)}` : path;
}

const NEXT_KEY = 'sabor.next';
const NEXT_KEPT_MS = 7 * 24 * 3600_000;

/**
 * Keeps a `next=` target across registration: the verification link comes by e-mail, usually
 * opened in another tab, so the page it opens finds the target here (this browser only, a week at
 * most, removed at the next sign-in). A path on this site, nothing personal.
 */
export function rememberNextPath(value: string | null | undefined): void {
  const path = safeNextPath(value, '');
  if (!path) return;
  try {
    window.localStorage.setItem(NEXT_KEY, JSON.stringify({ path, at: Date.now() }));
  } catch {
    // storage refused (private mode): the person finds the page themselves
  }
}

/** The target kept by `rememberNextPath`, if any (read as often as a page renders; `forgetNextPath` removes it). */
export function rememberedNextPath(): string | null {
  try {
    const kept = JSON.parse(window.localStorage.getItem(NEXT_KEY) ?? 'null') as { path?: unknown; at?: unknown } | null;
    if (!kept || typeof kept.path !== 'string' || typeof kept.at !== 'number' || Date.now() - kept.at > NEXT_KEPT_MS) return null;
    return safeNextPath(kept.path, '') || null;
  } catch {
    return null;
  }
}

/** Once the person has signed in (and so gone where they were going). */
export function forgetNextPath(): void {
  try {
    window.localStorage.removeItem(NEXT_KEY);
  } catch {
    // nothing kept
  }
}
