import fs from 'node:fs';
import path from 'node:path';

/**
 * The client's addresses, as the client build lists them in routes.json (generated from the
 * `path:` strings of client/src/app/routes.tsx): "/", "/consultations/:id", … A path that matches
 * none of them is unknown, and the server answers it with 404.
 */
export class ClientRoutes {
  private constructor(
    private readonly matchers: Array<{ pattern: string; re: RegExp }>,
    private readonly preloads: Record<string, string[]>,
  ) {}

  static fromPatterns(patterns: string[], preloads: Record<string, string[]> = {}): ClientRoutes {
    return new ClientRoutes(
      patterns.map((pattern) => ({ pattern, re: compile(pattern) })),
      preloads,
    );
  }

  /** The list the client build wrote; null when there is none (an older or a missing build). */
  static load(clientDir: string): ClientRoutes | null {
    const file = path.join(clientDir, 'routes.json');
    if (!fs.existsSync(file)) return null;
    const patterns: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!Array.isArray(patterns) || !patterns.every((p) => typeof p === 'string')) throw new Error(`${file} is not a list of paths`);
    // route-preloads.json: the chunks of each pattern's lazy page (see client/vite/plugins.ts)
    const preloadFile = path.join(clientDir, 'route-preloads.json');
    const preloads = fs.existsSync(preloadFile) ? (JSON.parse(fs.readFileSync(preloadFile, 'utf8')) as Record<string, string[]>) : {};
    return ClientRoutes.fromPatterns(patterns, preloads);
  }

  /** The pattern of the client's page at `pathname` (no query; a trailing slash allowed, as the client allows it), or null. */
  match(pathname: string): string | null {
    return this.matchers.find((m) => m.re.test(pathname))?.pattern ?? null;
  }

  /** The build files the page at `pattern` loads besides the entry's. */
  preloadsOf(pattern: string): string[] {
    return (this.preloads[pattern] ?? []).filter((f) => /^assets\/[\w.-]+\.js$/.test(f));
  }
}

function compile(pattern: string): RegExp {
  const segments = pattern.split('/').filter(Boolean);
  const body = segments.map((s) => (s.startsWith(':') ? '/[^/]+' : `/${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)).join('');
  return new RegExp(`^${body}/?$`);
}
