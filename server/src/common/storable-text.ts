/**
 * Text PostgreSQL cannot store as it was sent: the NUL character (refused by `text` and `jsonb`:
 * a 500 if it got that far) and UTF-16 halves of a character without their other half (lone
 * surrogates: UTF-8 has no encoding for them, so they would be silently replaced). Pure.
 */
// eslint-disable-next-line no-control-regex -- the NUL character is what this looks for
const NUL_OR_LONE_SURROGATE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !NUL_OR_LONE_SURROGATE.test(text);
}

/**
 * The path (`title.bg`, `questions.0.label`) of the first string, or object key, in `value` that
 * PostgreSQL cannot store; null when there is none. Arrays and objects are walked to `maxDepth`.
 */
export function findUnstorableText(value: unknown, path = '', maxDepth = 32): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path || 'body';
  if (typeof value !== 'object' || value === null || maxDepth <= 0) return null;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    const at = path ? `${path}.${key}` : key;
    if (!isStorableText(key)) return at;
    const found = findUnstorableText(child, at, maxDepth - 1);
    if (found) return found;
  }
  return null;
}
