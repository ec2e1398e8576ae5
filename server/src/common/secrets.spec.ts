import { hashSecret, newSecret } from './secrets';

describe('newSecret', () => {
  it('gives a fresh URL-safe token and the SHA-256 hash that is stored for it', () => {
    const a = newSecret();
    const b = newSecret();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashSecret(a.token));
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
