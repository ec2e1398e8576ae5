import { randomBytes } from 'node:crypto';

/**
 * The printable registration code: 6 symbols of Crockford's base 32 without U, V and W — 30
 * symbols, no O, I or L to confuse with 0 and 1. About 730 million codes; the caller keeps them
 * unique within a meeting. Pure apart from the default source of randomness.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTXYZ';
export const CODE_LENGTH = 6;
/** bytes at or above this would favour the first symbols (256 is not a multiple of 30) */
const UNBIASED_LIMIT = 256 - (256 % CODE_ALPHABET.length);

export function newRegistrationCode(random: (n: number) => Uint8Array = randomBytes): string {
  let out = '';
  while (out.length < CODE_LENGTH) {
    for (const b of random(CODE_LENGTH * 2)) {
      if (b >= UNBIASED_LIMIT) continue;
      out += CODE_ALPHABET[b % CODE_ALPHABET.length];
      if (out.length === CODE_LENGTH) break;
    }
  }
  return out;
}

/**
 * Letters typed with a Bulgarian (phonetic) or Macedonian keyboard layout, as a barcode scanner
 * "types" them when the computer is switched to Cyrillic: the key's Latin letter.
 */
const CYRILLIC_KEYS: Record<string, string> = {
  А: 'A', Б: 'B', Ц: 'C', Д: 'D', Е: 'E', Ф: 'F', Г: 'G', Х: 'H', И: 'I', Й: 'J', Ј: 'J', К: 'K', Л: 'L', М: 'M', Н: 'N', О: 'O',
  П: 'P', Я: 'Q', Љ: 'Q', Р: 'R', С: 'S', Т: 'T', У: 'U', Ж: 'V', Ь: 'X', Џ: 'X', Ъ: 'Y', Ѕ: 'Y', З: 'Z',
};

/**
 * What the officer typed or scanned, as a code: upper case, no spaces or dashes, Cyrillic keys
 * read as their Latin letters, and Crockford's readings O → 0, I and L → 1.
 */
export function normalizeCode(input: string): string {
  return [...input.toUpperCase()]
    .map((ch) => CYRILLIC_KEYS[ch] ?? ch)
    .join('')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
    .replace(/[^0-9A-Z]/g, '');
}

/** Shown and printed as "ABC-123": easier to read out at the door. */
export function formatCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
}
