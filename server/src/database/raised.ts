/**
 * Whether `error` is the database's `RAISE EXCEPTION 'sabor:<code>'` from one of Sabor's SQL
 * functions (e.g. `submit_online_contributions`): a refusal that undid the whole statement.
 */
export function raised(error: unknown, code: string): boolean {
  return error instanceof Error && (error as { code?: string }).code === 'P0001' && error.message === `sabor:${code}`;
}
