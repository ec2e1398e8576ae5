/** API answers shared by the client tests. */

export const municipalities = {
  haskovo: { id: 'm1', slug: 'haskovo', name: { bg: 'Хасково', en: 'Haskovo', mk: 'Хасково' }, country: 'BG', timeZone: 'Europe/Sofia', defaultLocale: 'bg' },
  krivaPalanka: { id: 'm2', slug: 'kriva-palanka', name: { mk: 'Крива Паланка' }, country: 'MK', timeZone: 'Europe/Skopje', defaultLocale: 'mk' },
};

export function aMe(overrides: Record<string, unknown> = {}) {
  return {
    id: 'u1',
    email: 'maria@example.org',
    displayName: 'Мария Петрова',
    locale: 'bg',
    homeSettlement: 'Хасково',
    country: 'BG',
    emailVerified: true,
    isAdmin: false,
    createdAt: '2026-03-02T10:00:00.000Z',
    staff: [],
    organizations: [],
    ...overrides,
  };
}

export const signedIn = { accessToken: 'token', expiresIn: 900 };
