import { createSecretKey } from 'node:crypto';
import { sign, verify } from 'jsonwebtoken';
import { VerifiedTokens } from './jwt.strategy';

const key = createSecretKey(Buffer.from('a-test-secret-of-at-least-32-characters'));
const other = createSecretKey(Buffer.from('another-secret-of-at-least-32-characters'));
const token = (payload: object, k = key, expiresIn = 900) => sign(payload, k, { algorithm: 'HS256', expiresIn });

/** VerifiedTokens with its signature checks counted. */
function counted(max?: number) {
  const calls: string[] = [];
  const tokens = new VerifiedTokens(key, max, ((t: string, ...rest: unknown[]) => (calls.push(t), (verify as (...a: unknown[]) => unknown)(t, ...rest))) as typeof verify);
  return { tokens, calls };
}

describe('VerifiedTokens', () => {
  afterEach(() => jest.useRealTimers());

  it('checks a token once and then knows it, with the same payload', () => {
    const { tokens, calls } = counted();
    const t = token({ sub: 'u1', sid: 's1' });
    expect(tokens.check(t)).toMatchObject({ sub: 'u1', sid: 's1' });
    expect(tokens.check(t)).toMatchObject({ sub: 'u1', sid: 's1' });
    expect(calls).toHaveLength(1);
  });

  it('refuses a token signed with another key, a changed one, an unsigned one, even beside a known one', () => {
    const { tokens } = counted();
    const t = token({ sub: 'u1', sid: 's1' });
    tokens.check(t);
    expect(() => tokens.check(token({ sub: 'u1', sid: 's1' }, other))).toThrow(/invalid signature/);
    const [h, , sig] = t.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ sub: 'admin', sid: 's1', exp: 9999999999 })).toString('base64url')}.${sig}`;
    expect(() => tokens.check(forged)).toThrow(/invalid signature/);
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${t.split('.')[1]}.`;
    expect(() => tokens.check(none)).toThrow();
  });

  it('refuses a known token once it has expired', () => {
    jest.useFakeTimers({ now: new Date('2026-12-06T10:00:00Z') });
    const { tokens, calls } = counted();
    const t = token({ sub: 'u1', sid: 's1' }, key, 60);
    tokens.check(t);
    jest.setSystemTime(new Date('2026-12-06T10:00:59Z'));
    expect(tokens.check(t).sub).toBe('u1');
    jest.setSystemTime(new Date('2026-12-06T10:01:01Z'));
    expect(() => tokens.check(t)).toThrow(/jwt expired/);
    expect(calls).toHaveLength(2);
  });

  it('keeps at most its limit, forgetting the oldest first', () => {
    const { tokens, calls } = counted(2);
    const [a, b, c] = ['a', 'b', 'c'].map((sub) => token({ sub, sid: 's' }));
    for (const t of [a, b, c]) tokens.check(t);
    tokens.check(c);
    tokens.check(b);
    expect(calls).toHaveLength(3);
    tokens.check(a); // forgotten: checked again
    expect(calls).toHaveLength(4);
  });
});
