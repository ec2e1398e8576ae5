/** Client-side checks that mirror the server's rules, so most mistakes are caught before sending. */

export const PASSWORD_MIN_LENGTH = 10;
export const NAME_MAX_LENGTH = 120;

/** A light check (something@something.tld); the server has the last word. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
