import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token';

const user = '6f1c2d3e-4a5b-4c6d-8e7f-001122334455';
const town = '0a1b2c3d-4e5f-4a6b-9c7d-8e9fa0b1c2d3';

describe('unsubscribe tokens', () => {
  it('name the follower and the municipality they were made for', () => {
    expect(readUnsubscribeToken('secret', unsubscribeToken('secret', user, town))).toEqual({ userId: user, municipalityId: town });
  });

  it('are refused when made with another secret, changed, or cut', () => {
    const token = unsubscribeToken('secret', user, town);
    expect(readUnsubscribeToken('other secret', token)).toBeNull();
    const [payload, signature] = token.split('.');
    const someoneElse = Buffer.from(`${town}.${town}`).toString('base64url');
    expect(readUnsubscribeToken('secret', `${someoneElse}.${signature}`)).toBeNull();
    expect(readUnsubscribeToken('secret', payload)).toBeNull();
    expect(readUnsubscribeToken('secret', `${token}.x`)).toBeNull();
    expect(readUnsubscribeToken('secret', '')).toBeNull();
  });
});
