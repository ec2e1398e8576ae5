import { isPubliclyVisible } from './visibility';

describe('isPubliclyVisible', () => {
  const now = new Date('2026-03-10T10:00:00Z');
  it.each([
    ['a draft', null, false],
    ['published earlier', new Date('2026-03-01T09:00:00Z'), true],
    ['published this very moment', now, true],
    ['scheduled for a later day', new Date('2026-03-11T00:00:00Z'), false],
  ])('%s → %s', (_name, publishedAt, expected) => {
    expect(isPubliclyVisible({ publishedAt }, now)).toBe(expected);
  });
});
