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
    keyboardShortcuts: true,
    ...overrides,
  };
}

export const signedIn = { accessToken: 'token', expiresIn: 900 };

const DAY = 86_400_000;

/** GET /consultations/:id — an open Haskovo ordinance with two articles, closing in 12½ days. */
/** The `can` of a consultation as the public gets it, as its officer gets it, as a moderator gets it. */
export const PUBLIC_CAN = { inspect: false, edit: false, publish: false, answer: false, report: false, moderate: false };
export const OFFICER_CAN = { inspect: true, edit: true, publish: true, answer: true, report: true, moderate: true };
export const MODERATOR_CAN = { ...PUBLIC_CAN, inspect: true, moderate: true };

/** A consultation as its municipality's officer gets it. */
export function anOfficersConsultation(overrides: Record<string, unknown> = {}) {
  return aConsultation({ can: OFFICER_CAN, ...overrides });
}

export function aConsultation(overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  const sections = [
    { id: 's1', ref: 'Чл. 1', title: 'Предмет', text: 'С наредбата се уреждат обществените консултации.', chapter: null, ordinal: 1, contributionCount: 0 },
    { id: 's3', ref: 'Чл. 3', title: 'Срокове', text: 'Срокът е не по-кратък от 30 дни.', chapter: null, ordinal: 2, contributionCount: 2 },
  ];
  return {
    id: 'c1',
    municipalityId: 'm1',
    municipalitySlug: 'haskovo',
    kind: 'ordinance',
    title: { bg: 'Наредба за обществените консултации' },
    summary: { bg: 'Правила за обсъжданията в Община Хасково.' },
    status: 'open',
    publishedAt: new Date(now - 17 * DAY).toISOString(),
    opensAt: new Date(now - 17 * DAY).toISOString(), // open from the moment of publication
    closesAt: new Date(now + 12.5 * DAY).toISOString(),
    lastDay: '2026-12-14',
    reportPublishedAt: null,
    outcome: null,
    body: { bg: 'Чл. 1. Предмет. С наредбата се уреждат обществените консултации.\n\nЧл. 3. Срокове. Срокът е не по-кратък от 30 дни.' },
    motives: null,
    contact: { name: 'Дирекция „Правно-нормативно обслужване“', email: 'obshtina@haskovo.bg' },
    periodDays: 30,
    shortenedReason: null,
    publishOn: '2026-11-13',
    movedFrom: null,
    version: 1,
    sections,
    documents: [],
    counts: { sections: 2, contributions: 2, proposals: 1, comments: 1, answered: 0 },
    createdAt: new Date(now - 20 * DAY).toISOString(),
    can: PUBLIC_CAN,
    ...overrides,
  };
}

/** One contribution as GET …/contributions lists it. */
export function aContribution(overrides: Record<string, unknown> = {}) {
  return {
    id: 'k1',
    consultationId: 'c1',
    sectionId: 's3',
    sectionRef: 'Чл. 3',
    parentId: null,
    kind: 'proposal',
    body: 'Срокът да бъде 45 дни за стратегиите.',
    lang: 'bg',
    author: { name: 'Участник 1', organization: null },
    channel: 'online',
    receivedAt: '2026-11-20T09:30:00.000Z',
    supportCount: 0,
    supportedByMe: false,
    mine: false,
    hidden: false,
    hiddenReason: null,
    response: null,
    ...overrides,
  };
}

export const page = <T>(items: T[], nextCursor: string | null = null) => ({ items, nextCursor });
