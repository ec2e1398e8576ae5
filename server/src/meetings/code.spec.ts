import { CODE_ALPHABET, formatCode, newRegistrationCode, normalizeCode } from './code';

/** A fake source of randomness that hands out the given bytes, in order, forever. */
function bytes(...values: number[]) {
  let i = 0;
  return (n: number) => Uint8Array.from({ length: n }, () => values[i++ % values.length]);
}

describe('newRegistrationCode', () => {
  it('makes 6 symbols of the alphabet', () => {
    for (let i = 0; i < 200; i++) expect(newRegistrationCode()).toMatch(/^[0-9ABCDEFGHJKMNPQRSTXYZ]{6}$/);
  });

  it('has no look-alikes and no U, V, W', () => {
    expect(CODE_ALPHABET).toHaveLength(30);
    for (const ch of 'OILUVW') expect(CODE_ALPHABET).not.toContain(ch);
  });

  it('maps each byte below the limit to one symbol', () => {
    expect(newRegistrationCode(bytes(0, 1, 2, 29, 30, 59))).toBe('012Z0Z');
    expect(newRegistrationCode(bytes(10, 11, 12, 13, 14, 15))).toBe('ABCDEF');
  });

  it('skips bytes that would bias the first symbols', () => {
    // 240…255 are dropped: 256 is not a multiple of 30
    expect(newRegistrationCode(bytes(240, 255, 10, 250, 11, 12, 13, 14, 15))).toBe('ABCDEF');
  });

  it('rarely repeats itself', () => {
    const seen = new Set(Array.from({ length: 5000 }, () => newRegistrationCode()));
    expect(seen.size).toBeGreaterThan(4990);
  });
});

describe('normalizeCode', () => {
  it.each([
    ['ABC123', 'ABC123'],
    ['abc123', 'ABC123'],
    [' abc-123 ', 'ABC123'],
    ['ABC 123\n', 'ABC123'],
    ['O0I1L1', '001111'],
    ['oil', '011'],
    // a scanner typing into a Bulgarian phonetic layout
    ['АБЦ123', 'ABC123'],
    ['хяз', 'HQZ'],
    ['ЖЬЪ', 'VXY'],
    // a Macedonian layout
    ['ЉЏЅЈ', 'QXYJ'],
    ['', ''],
    ['—', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
  });

  it('reads back every code it prints', () => {
    for (let i = 0; i < 100; i++) {
      const code = newRegistrationCode();
      expect(normalizeCode(formatCode(code))).toBe(code);
      expect(normalizeCode(formatCode(code).toLowerCase())).toBe(code);
    }
  });
});

describe('formatCode', () => {
  it('splits six symbols in two groups', () => {
    expect(formatCode('ABC123')).toBe('ABC-123');
    expect(formatCode('AB')).toBe('AB');
  });
});
