import type { Standing } from './standing';

/** A WHERE fragment with named parameters (TypeORM's `:name` and `:...name`). */
export interface SqlPredicate {
  sql: string;
  params: Record<string, unknown>;
}

export const SQL_FALSE: SqlPredicate = { sql: 'FALSE', params: {} };
export const SQL_TRUE: SqlPredicate = { sql: 'TRUE', params: {} };

/** `alias.column IN (:...name)`, or FALSE for an empty list (an empty IN is not SQL). */
export function sqlIn(column: string, name: string, values: readonly string[]): SqlPredicate {
  return values.length ? { sql: `${column} IN (:...${name})`, params: { [name]: [...values] } } : SQL_FALSE;
}

export function sqlOr(...parts: SqlPredicate[]): SqlPredicate {
  const live = parts.filter((p) => p.sql !== 'FALSE');
  if (live.some((p) => p.sql === 'TRUE')) return SQL_TRUE;
  if (!live.length) return SQL_FALSE;
  return { sql: live.length === 1 ? live[0].sql : `(${live.map((p) => p.sql).join(' OR ')})`, params: Object.assign({}, ...live.map((p) => p.params)) };
}

export function sqlAnd(...parts: SqlPredicate[]): SqlPredicate {
  if (parts.some((p) => p.sql === 'FALSE')) return SQL_FALSE;
  const live = parts.filter((p) => p.sql !== 'TRUE');
  if (!live.length) return SQL_TRUE;
  return { sql: live.length === 1 ? live[0].sql : `(${live.map((p) => `(${p.sql})`).join(' AND ')})`, params: Object.assign({}, ...live.map((p) => p.params)) };
}

/**
 * The rules for one kind of subject. `can(…, 'view')` is whether the subject exists for the
 * caller at all (404 otherwise); every other action assumes it is visible (403 otherwise).
 * `sql` is the same rule as a WHERE fragment over the subject's table under `alias`, for lists:
 * a table-driven test (server/test/policy.test.ts) checks that both agree on every row.
 */
export interface SubjectPolicy<F, A extends string> {
  readonly name: string;
  readonly actions: readonly A[];
  /** Anyone at all may view: lets the hot path skip loading the standing. */
  isPublic(facts: F, now: Date): boolean;
  can(s: Standing, facts: F, action: A | 'view', now: Date): boolean;
  sql(s: Standing, action: A | 'view', now: Date, alias: string): SqlPredicate;
}
