import fs from 'node:fs';
import path from 'node:path';

/**
 * The client's addresses, as the client build lists them in routes.json (generated from the
 * `path:` strings of client/src/app/routes.tsx): "/", "/consultations/:id", … A path that matches
 * none of them is unknown, and the server answers it with 404.
 */
export class ClientRoutes {
  private constructor(private readonly matchers: RegExp[]) {}

  static fromPatterns(patterns: string[]): ClientRoutes {
    return new ClientRoutes(patterns.map(compile));
  }

  /** The list the client build wrote; null when there is none (an older or a missing build). */
  static load(clientDir: string): ClientRoutes | null {
    const file = path.join(clientDir, 'routes.json');
    if (!fs.existsSync(file)) return null;
    const patterns: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!Array.isArray(patterns) || !patterns.every((p) => typeof p === 'string')) throw new Error(`${file} is not a list of paths`);
    return ClientRoutes.fromPatterns(patterns);
  }

  /** True when `pathname` (no query) is one of the client's pages; a trailing slash is allowed, as the client allows it. */
  matches(pathname: string): boolean {
    return this.matchers.some((m) => m.test(pathname));
  }
}

function compile(pattern: string): RegExp {
  const segments = pattern.split('/').filter(Boolean);
  const body = segments.map((s) => (s.startsWith(':') ? '/[^/]+' : `/${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)).join('');
  return new RegExp(`^${body}/?$`);
}
